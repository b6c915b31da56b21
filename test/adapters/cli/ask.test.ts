import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { INTENTS } from "../../../src/core/answer/types.ts";

function ask(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/adapters/cli/ask.ts", ...args], {
    encoding: "utf8",
    ...(input === undefined ? {} : { input }),
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

const KEYS = ["query", "intent", "models", "field", "benchmark", "suggestions", "text"];

describe("npm run ask", () => {
  it("prints one JSON object in the documented contract with --json", () => {
    const out = ask(["--json", "gpt-5.1-codex-mini context"]);
    const lines = out.trim().split("\n");
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0] ?? "");
    expect(Object.keys(json)).toEqual(KEYS);
    expect(json).toMatchObject({
      query: "gpt-5.1-codex-mini context",
      intent: "field",
      models: ["gpt-5.1-codex-mini"],
      field: "context_length",
      benchmark: null,
      suggestions: [],
    });
    expect(json.text).toContain("400K tokens");
  });

  it("prints plain text for a question argument", () => {
    expect(ask(["gpt-5.1-codex-mini", "context"])).toMatch(/400K tokens[\s\S]*Source/);
  });

  it("answers stdin line by line: one output line per input line, blank lines get help", () => {
    const questions = [
      "gpt-5.1-codex-mini context",
      "",
      "zzzz-not-a-model",
      "transparency of gpt-5.1-codex-mini",
      "   ",
    ];
    const jsonLines = ask(["--json"], `${questions.join("\n")}\n`)
      .trimEnd()
      .split("\n");
    expect(jsonLines).toHaveLength(questions.length);
    const answers = jsonLines.map((l) => JSON.parse(l));
    for (const a of answers) {
      expect(Object.keys(a)).toEqual(KEYS);
      expect(INTENTS).toContain(a.intent);
    }
    expect(answers.map((a) => a.intent)).toEqual([
      "field",
      "help",
      "not_found",
      "transparency",
      "help",
    ]);
    expect(answers[2].models).toEqual([]);
    const textLines = ask([], `${questions.join("\n")}\n`)
      .trimEnd()
      .split("\n");
    expect(textLines).toHaveLength(questions.length);
  });
});
