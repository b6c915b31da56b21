import { describe, expect, it } from "vitest";
import { runBaseline } from "../../bench/baseline.ts";
import { runEngine } from "../../bench/latency.ts";
import { realQuestions, syntheticQuestions } from "../../bench/questions.ts";
import { buildSyntheticCatalog } from "../../bench/synthetic.ts";
import { fixtureCatalog } from "../support/fixture-catalog.ts";

// A smoke run of the question bench on a small catalog: the shape of the results, not speed.
const { catalog, synthetic } = buildSyntheticCatalog(fixtureCatalog(), 200, 5);
const questions = [
  ...realQuestions(catalog).questions,
  ...syntheticQuestions(catalog, synthetic, 6),
];
const once = { warmupRounds: 0, rounds: 2, budgetMs: 0, minRounds: 2 };

describe("question bench smoke run", () => {
  it("times every question each round and scores every question", () => {
    const run = runEngine(catalog, questions, once);
    expect(run.timing.all.n).toBe(questions.length * 2);
    expect(run.accuracy.total).toBe(questions.length);
    expect(run.realAccuracy.total).toBe(
      questions.filter((q) => !q.tags.includes("synthetic")).length,
    );
    expect(run.top1.total).toBe(questions.filter((q) => q.expect).length);
    expect(run.accuracy.correct + run.accuracy.misses.length).toBe(run.accuracy.total);
  });

  it("gives fuse.js only the named questions, and samples when asked", () => {
    const full = runBaseline(catalog, questions, once);
    const named = questions.filter((q) => q.expect && q.mention).length;
    expect(full.questions).toBe(named);
    expect(full.sampled).toBe(false);
    const sampled = runBaseline(catalog, questions, once, 4);
    expect(sampled).toMatchObject({ questions: 4, sampled: true });
    expect(sampled.top1.total).toBe(4);
  });
});
