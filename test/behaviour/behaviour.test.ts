import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { generateBaseQuestions } from "./generate.ts";
import { PERTURBATIONS } from "./perturb.ts";
import { runSuites } from "./suites.ts";

/**
 * The behavioural suites over the committed catalog (issue 14): at least 300 generated base
 * questions, every intent, and each suite held at 99%. `npm run eval` prints the same numbers
 * with the failures.
 */
const engine = createEngine(loadCatalog("data"));
const bases = generateBaseQuestions(engine.catalog);
const { suites } = runSuites(engine);

describe("the generated base questions", () => {
  it("number at least 300 and cover every answerable intent", () => {
    expect(bases.length).toBeGreaterThanOrEqual(300);
    const intents = new Set(bases.map((q) => q.expected.intent));
    for (const intent of [
      "overview",
      "field",
      "benchmark",
      "compare",
      "top",
      "filter",
      "transparency",
      "not_found",
    ]) {
      expect(intents, intent).toContain(intent);
    }
  });

  it("are the same on every run and name only catalog models", () => {
    expect(generateBaseQuestions(engine.catalog)).toEqual(bases);
    for (const q of bases) {
      for (const id of q.expected.models ?? []) expect(engine.catalog.byId.has(id)).toBe(true);
    }
  });

  it("reach many makers, not a hand-picked few", () => {
    const orgs = new Set(
      bases.flatMap((q) => (q.slots.records ?? []).map((r) => r.org)).filter(Boolean),
    );
    expect(orgs.size).toBeGreaterThanOrEqual(40);
  });

  it("get every perturbation kind the issue names", () => {
    expect(PERTURBATIONS.map((p) => p.name)).toEqual([
      "filler before",
      "filler after",
      "casing",
      "punctuation",
      "maker prefix",
      "markup",
      "slash form",
      "typo",
      "word order",
    ]);
  });
});

describe.each(suites.map((s) => [s.name, s] as const))("the %s suite", (_name, suite) => {
  it("passes at least 99% of its checks", () => {
    expect(suite.total).toBeGreaterThanOrEqual(100);
    expect(
      suite.passed / suite.total,
      suite.failures.slice(0, 20).join("\n"),
    ).toBeGreaterThanOrEqual(0.99);
  });
});
