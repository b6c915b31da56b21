import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderAnswer } from "../../../src/adapters/slack/render.ts";
import { loadCatalog } from "../../../src/core/catalog/load.ts";
import { createEngine } from "../../../src/core/engine/create.ts";
import { checkSlackLimits } from "../../support/slack-limits.ts";

const engine = createEngine(loadCatalog("data"));
// The evaluation's questions cover every intent; their answers on the real data must all fit.
const questions = readFileSync("test/eval/questions.jsonl", "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { q: string }).q);

describe("renderAnswer on the real engine and data", () => {
  it("has questions to check", () => {
    expect(questions.length).toBeGreaterThan(20);
  });

  it("keeps every answer to the evaluation questions inside Slack's limits", () => {
    const problems = questions.flatMap((q) =>
      checkSlackLimits(renderAnswer(engine.ask(q), { share: q, picker: true })).map(
        (p) => `${q}: ${p}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe("each fact once", () => {
  const count = (text: string, fact: string) => text.split(fact).length - 1;
  it.each([
    ["gpt-5.1-codex-mini context", "400K tokens"],
    ["gpt-5.1-codex-mini rank on webdev arena", "1239"],
    ["top 3 on livebench coding", "86.0"],
  ])("%s shows %s once in the message, and in the notification text", (q, fact) => {
    const message = renderAnswer(engine.ask(q));
    expect(count(JSON.stringify(message.blocks), fact)).toBe(1);
    expect(message.text).toContain(fact);
  });
});
