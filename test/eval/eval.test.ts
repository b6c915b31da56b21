import { describe, expect, it } from "vitest";
import { INTENTS, type Intent } from "../../src/core/answer/types.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { type Got, gradeAnswer } from "./grade.ts";
import { parsePredicate, testPredicate } from "./predicates.ts";
import { type EvalQuestion, HOLDOUT_FILE, isHard, loadQuestions } from "./question-set.ts";

const catalog = loadCatalog("data");
const questions = loadQuestions();
/** The held-out set is checked for well-formedness like the main one, but has no size quota. */
const SETS: [string, EvalQuestion[]][] = [
  ["questions.jsonl", questions],
  ["holdout.jsonl", loadQuestions(HOLDOUT_FILE)],
];

/** Intents whose answer is about models the question names. */
const NAMED: Intent[] = ["overview", "field", "benchmark", "compare"];
const NO_MODELS: Intent[] = ["help", "not_found", "ambiguous"];

function expectedIds(q: EvalQuestion): string[] {
  return [
    ...(q.models ?? []),
    ...(q.modelsPrefix ?? []),
    ...(q.modelsContain ?? []),
    ...(q.suggestionsContain ?? []),
  ];
}

describe("the eval question set", () => {
  it("holds at least 400 distinct questions covering every intent", () => {
    expect(questions.length).toBeGreaterThanOrEqual(400);
    const keys = questions.map((q) => q.q.toLowerCase());
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).toEqual([]);
    for (const intent of INTENTS) {
      expect(questions.filter((q) => q.intent === intent).length, intent).toBeGreaterThanOrEqual(
        10,
      );
    }
  });

  it("tags at least a quarter as hard (typos, partial names, word order, synonyms, ...)", () => {
    expect(questions.filter(isHard).length / questions.length).toBeGreaterThanOrEqual(0.25);
  });
});

describe.each(SETS)("the question set %s", (_file, questions) => {
  it("holds no question twice", () => {
    const keys = questions.map((q) => q.q.toLowerCase());
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it("names only models and benchmarks the committed catalog holds", () => {
    const unknownModels = questions.flatMap((q) =>
      expectedIds(q)
        .filter((id) => !catalog.byId.has(id))
        .map((id) => `${q.q}: ${id}`),
    );
    expect(unknownModels).toEqual([]);
    const unknownBenchmarks = questions
      .filter((q) => q.benchmark != null && !catalog.benchmarks.has(q.benchmark))
      .map((q) => `${q.q}: ${q.benchmark}`);
    expect(unknownBenchmarks).toEqual([]);
  });

  it("expects leaders only among models with a result on the benchmark", () => {
    const unranked = questions.flatMap((q) =>
      (q.modelsPrefix ?? [])
        .filter((id) => !catalog.byId.get(id)?.benchmarks.some((b) => b.benchmark === q.benchmark))
        .map((id) => `${q.q}: ${id}`),
    );
    expect(unranked).toEqual([]);
  });

  it("states models, field and benchmark for questions about named models", () => {
    const incomplete = questions
      .filter((q) => NAMED.includes(q.intent))
      .filter((q) => !q.models || q.field === undefined || q.benchmark === undefined)
      .map((q) => q.q);
    expect(incomplete).toEqual([]);
  });

  it("gives each intent an expectation of the right shape", () => {
    const wrong = (q: EvalQuestion): string | undefined => {
      const n = q.models?.length;
      if (["overview", "field", "benchmark"].includes(q.intent) && n !== 1) return "one model";
      if (q.intent === "field" && !q.field) return "a field";
      if (q.intent === "benchmark" && !q.benchmark) return "a benchmark";
      if (q.intent === "compare" && (n === undefined || n < 2 || n > 4)) return "2 to 4 models";
      if (q.intent === "top" && !q.benchmark) return "a benchmark";
      if (q.intent === "filter" && !q.every) return "predicates";
      if (NO_MODELS.includes(q.intent) && n !== 0) return "no models";
      return undefined;
    };
    const bad = questions.flatMap((q) => {
      const need = wrong(q);
      return need ? [`${q.q}: ${q.intent} needs ${need}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it("only asks filters the catalog can answer, with valid predicates", () => {
    const problems: string[] = [];
    for (const q of questions.filter((x) => x.every)) {
      const parsed = (q.every ?? []).map(parsePredicate);
      const errors = parsed.filter((p) => typeof p === "string");
      if (errors.length > 0) {
        problems.push(`${q.q}: ${errors.join("; ")}`);
        continue;
      }
      const preds = parsed.filter((p) => typeof p !== "string");
      const matching = catalog.records.filter((r) => preds.every((p) => testPredicate(p, r)));
      if (matching.length === 0) problems.push(`${q.q}: no model in the catalog qualifies`);
      for (const id of q.modelsContain ?? []) {
        const r = catalog.byId.get(id);
        if (r && !preds.every((p) => testPredicate(p, r))) {
          problems.push(`${q.q}: ${id} is expected but fails the predicates`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("gradeAnswer", () => {
  const got = (over: Partial<Got>): Got => ({
    intent: "field",
    models: ["gpt-5.1-codex-mini"],
    field: "context_length",
    benchmark: null,
    suggestions: [],
    ...over,
  });
  const question: EvalQuestion = {
    q: "gpt-5.1-codex-mini context",
    intent: "field",
    models: ["gpt-5.1-codex-mini"],
    field: "context_length",
    benchmark: null,
  };

  it.each([
    ["a matching answer", question, got({}), 0],
    ["a wrong intent", question, got({ intent: "overview" }), 1],
    ["a wrong field", question, got({ field: "pricing" }), 1],
    ["a benchmark where none is expected", question, got({ benchmark: "livebench" }), 1],
    ["extra models", question, got({ models: ["gpt-5.1-codex-mini", "gpt-4o"] }), 1],
    [
      "models in the wrong order",
      { ...question, intent: "compare" as const, models: ["a", "b"] },
      got({ intent: "compare", models: ["b", "a"] }),
      1,
    ],
    ["an unchecked field", { q: "x", intent: "filter" as const }, got({ intent: "filter" }), 0],
    [
      "a result list with the expected leader",
      { q: "x", intent: "top" as const, modelsPrefix: ["a"], count: 2 },
      got({ intent: "top", models: ["a", "b"] }),
      0,
    ],
    [
      "a result list led by another model and too long",
      { q: "x", intent: "top" as const, modelsPrefix: ["a"], count: 2 },
      got({ intent: "top", models: ["b", "a", "c"] }),
      2,
    ],
    [
      "a did-you-mean without the expected id",
      { q: "x", intent: "not_found" as const, suggestionsContain: ["a"] },
      got({ intent: "not_found", models: [], suggestions: ["b"] }),
      1,
    ],
  ])("counts the mismatches of %s", (_name, q, answer, mismatches) => {
    expect(gradeAnswer(q, answer, catalog)).toHaveLength(mismatches);
  });

  it("checks every listed model against the filter's predicates", () => {
    const q: EvalQuestion = { q: "x", intent: "filter", every: ["org=openai"] };
    expect(gradeAnswer(q, got({ intent: "filter" }), catalog)).toEqual([]);
    expect(gradeAnswer(q, got({ intent: "filter", models: [] }), catalog)).toHaveLength(1);
    const closed: EvalQuestion = { ...q, every: ["open_weights"] };
    expect(gradeAnswer(closed, got({ intent: "filter" }), catalog)[0]).toMatch(/fail open_weights/);
  });
});

describe("parsePredicate", () => {
  it.each([
    ["open_weights", { key: "open_weights", op: "is", value: "" }],
    ["!vision", { key: "vision", op: "not", value: "" }],
    ["context_length>=1000000", { key: "context_length", op: ">=", value: "1000000" }],
    ["release_date>=2025-07", { key: "release_date", op: ">=", value: "2025-07" }],
    ["org=anthropic", { key: "org", op: "=", value: "anthropic" }],
  ])("reads %s", (text, expected) => {
    expect(parsePredicate(text)).toEqual(expected);
  });

  it.each([
    "colour=red",
    "context_length",
    "vision=yes",
    "input_price<=cheap",
    "release_date>=soon",
    "org>=a",
  ])("refuses %s", (text) => {
    expect(typeof parsePredicate(text)).toBe("string");
  });
});
