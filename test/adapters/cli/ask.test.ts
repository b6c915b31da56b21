import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { packageInfo } from "../../../src/app/package-info.ts";
import { INTENTS } from "../../../src/core/answer/types.ts";
import { runCliCaptured as cli, cliEngine } from "../../support/cli.ts";
import { ISSUE_THREAD } from "../../support/issue-thread.ts";

const CLI = ["--import", "tsx", "src/adapters/cli/main.ts"];
const _engine = cliEngine;

const KEYS = [
  "query",
  "intent",
  "models",
  "field",
  "benchmark",
  "suggestions",
  "text",
  "chart",
  "data",
];

describe("model-bot ask", () => {
  it("prints one JSON object in the documented contract with --json", async () => {
    const { code, stdout } = await cli(["ask", "--json", "gpt-5.1-codex-mini context"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
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

  it("prints plain text for a question argument", async () => {
    const { code, stdout } = await cli(["ask", "gpt-5.1-codex-mini", "context"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/400K tokens[\s\S]*Source/);
  });

  it("answers stdin line by line: one output line per input line, blank lines get help", async () => {
    const questions = [
      "gpt-5.1-codex-mini context",
      "",
      "zzzz-not-a-model",
      "transparency of gpt-5.1-codex-mini",
      "   ",
    ];
    const json = await cli(["ask", "--json"], `${questions.join("\n")}\n`);
    expect(json.code).toBe(0);
    const jsonLines = json.stdout.trimEnd().split("\n");
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
    const text = await cli(["ask"], `${questions.join("\n")}\n`);
    expect(text.stdout.trimEnd().split("\n")).toHaveLength(questions.length);
  });

  it("splits stdin on LF only: CRLF is trimmed, a lone CR stays inside its line", async () => {
    const { stdout } = await cli(
      ["ask", "--json"],
      "gpt-4o price\r\nclaude sonnet 4.5 context\rmore\nlast line without LF",
    );
    const queries = stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l).query);
    expect(queries).toEqual([
      "gpt-4o price",
      "claude sonnet 4.5 context\rmore",
      "last line without LF",
    ]);
  });

  it("exits 1 when a single question's model is not found or ambiguous, with the answer", async () => {
    const missing = await cli(["ask", "zorblax-70b context"]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain("Model not found");
    const ambiguous = await cli(["ask", "--json", "claude"]);
    expect(ambiguous.code).toBe(1);
    expect(JSON.parse(ambiguous.stdout).intent).toBe("ambiguous");
  });

  it("--help and -h print usage and examples and exit 0 without answering", async () => {
    for (const flag of ["--help", "-h"]) {
      const { code, stdout, stderr } = await cli(["ask", flag, "gpt-4o"]);
      expect(code).toBe(0);
      expect(stderr).toBe("");
      expect(stdout).toMatch(/^usage: model-bot ask /);
      expect(stdout).toContain("examples:");
      expect(stdout).toContain("--json");
      expect(stdout).not.toContain("GPT-4o");
    }
    const top = await cli(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/commands:\n {2}ask/);
  });

  it("--version prints the package version", async () => {
    for (const argv of [["--version"], ["ask", "--version"]]) {
      const { code, stdout } = await cli(argv);
      expect(code).toBe(0);
      expect(stdout).toBe(`${packageInfo().version}\n`);
    }
  });

  it("refuses unknown options, options missing a value and unknown commands with exit 2", async () => {
    for (const argv of [["ask", "--bogus", "gpt-4o"], ["ask", "-x"], ["bogus"], ["--bogus"], []]) {
      const { code, stdout, stderr } = await cli(argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/model-bot/);
    }
    const { stderr } = await cli(["ask", "--bogus"]);
    expect(stderr).toContain("'--bogus'");
    expect(stderr).toContain("model-bot ask --help");
  });

  it("fits a comparison table to the width it is given", async () => {
    for (const columns of [60, 80, 100]) {
      const { stdout } = await cli(
        ["ask", "compare gpt-4o, claude sonnet 4.5, gemini 2.5 pro and llama 3.1 405b"],
        "",
        columns,
      );
      const table = stdout.split("\n\n")[1] ?? "";
      expect(table.split("\n").length).toBeGreaterThan(5);
      for (const line of table.split("\n")) expect(line.length).toBeLessThanOrEqual(columns);
    }
  });
});

describe("the model-bot process", () => {
  it("exits with the CLI's code: 2 for an unknown option, 1 for an unknown model", () => {
    const bogus = spawnSync(process.execPath, [...CLI, "ask", "--bogus"], { encoding: "utf8" });
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toContain("Unknown option '--bogus'");
    const missing = spawnSync(process.execPath, [...CLI, "ask", "zorblax-70b context"], {
      encoding: "utf8",
    });
    expect(missing.status).toBe(1);
  }, 60_000);

  it("ends quietly with status 0 when the reader closes the pipe early (| head -1)", async () => {
    const child = spawn(process.execPath, [...CLI, "ask"], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    // Like `head -1`: read the first answer, then close our end while more are coming.
    child.stdout.once("data", () => child.stdout.destroy());
    child.stdin.on("error", () => {});
    child.stdin.end("gpt-4o price\n".repeat(20_000));
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 60_000);
});

describe("model-bot ask --json data", () => {
  it("gives the answer's values: a fact with unit, source and date; listings; table rows", async () => {
    const { stdout } = await cli(
      ["ask", "--json"],
      "gpt-5.1-codex-mini context\ngpt-4o price\ntop 3 on livebench coding\n",
    );
    const [fact, price, top] = stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(fact.data.facts[0]).toMatchObject({
      model: "gpt-5.1-codex-mini",
      field: "context_length",
      value: 400000,
      unit: "tokens",
      status: "known",
    });
    expect(fact.data.facts[0].source).toEqual(expect.any(String));
    expect(fact.data.facts[0].asOf).toMatch(/^\d{4}/);
    expect(price.data.facts[0].unit).toBe("USD per 1M tokens");
    expect(price.data.listings.length).toBeGreaterThan(1);
    expect(price.data.listings[0]).toMatchObject({ model: "gpt-4o", id: expect.any(String) });
    expect(top.data.table.rows).toHaveLength(3);
    expect(top.data.table.rows.map((r: { model: string }) => r.model)).toEqual(top.models);
    expect(top.data.page).toMatchObject({ offset: 0, shown: 3, more: true });
  });
});

describe("model-bot ask --conversation", () => {
  it("continues one conversation over stdin lines and prints each turn's context", async () => {
    const input = ISSUE_THREAD;
    const { code, stdout } = await cli(
      ["ask", "--json", "--conversation"],
      `${input.join("\n")}\n`,
    );
    expect(code).toBe(0);
    const out = stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((j) => j.query)).toEqual(input);
    expect(out.map((j) => [j.intent, j.field ?? j.benchmark])).toEqual([
      ["field", "context_length"],
      ["field", "pricing"],
      ["field", "pricing"],
      ["compare", null],
      ["top", "livebench-coding"],
      ["top", "livebench-coding"],
      ["top", "livebench-coding"],
    ]);
    expect(out.slice(0, 4).map((j) => j.models)).toEqual([
      ["claude-sonnet-4-5"],
      ["claude-sonnet-4-5"],
      ["claude-opus-4-5"],
      ["claude-sonnet-4-5", "claude-opus-4-5"],
    ]);
    const [top, more, open] = out.slice(4);
    expect(more.models.filter((m: string) => top.models.includes(m))).toEqual([]);
    expect(open.data.table.rows.length).toBeGreaterThan(0);
    expect(open.text).toContain("open weights");
    for (const j of out) expect(Object.keys(j)).toEqual([...KEYS, "context"]);
    expect(out[6].context.list).toMatchObject({ kind: "top", benchmark: "livebench-coding" });
  });

  it("without --conversation every line stands alone", async () => {
    const { stdout } = await cli(["ask", "--json"], "claude sonnet 4.5 context\nand its price?\n");
    const [, second] = stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(second.models).toEqual([]);
    expect(Object.keys(second)).toEqual(KEYS);
  });
});
