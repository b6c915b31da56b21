import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderAnswer } from "../../../src/adapters/slack/render.ts";
import { loadCatalog } from "../../../src/core/catalog/load.ts";
import { createEngine } from "../../../src/core/engine/create.ts";
import { FACT_ONCE_CASES, occurrences } from "../../support/fact-once.ts";
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
  it.each(FACT_ONCE_CASES)(
    "%s shows %s once in the message, and in the notification text",
    (q, fact) => {
      const message = renderAnswer(engine.ask(q));
      expect(occurrences(JSON.stringify(message.blocks), fact)).toBe(1);
      expect(message.text).toContain(fact);
    },
  );
});
