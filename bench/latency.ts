import type { Catalog } from "../src/core/catalog/catalog.ts";
import { createEngine } from "../src/core/engine/create.ts";
import type { Engine } from "../src/core/engine/engine.ts";
import { type Accuracy, isRight, scoreAnswers } from "./accuracy.ts";
import type { BenchQuestion } from "./questions.ts";
import { type TimingOptions, type TimingResult, timeQuestions } from "./timing.ts";

export interface EngineRun {
  records: number;
  questions: number;
  /** createEngine on the already loaded catalog, in ms. */
  buildMs: number;
  timing: TimingResult;
  /** Intent and top-1 model both right, over every question. */
  accuracy: Accuracy;
  /** The same, over the real catalog's questions only: must not drop as the catalog grows. */
  realAccuracy: Accuracy;
  /** Top-1 model right, over the questions that name a model (what the baseline is scored on). */
  top1: Accuracy;
}

/** Builds the engine over a catalog, scores its answers, then times every question. */
export function runEngine(
  catalog: Catalog,
  questions: readonly BenchQuestion[],
  options: TimingOptions,
): EngineRun {
  const t0 = performance.now();
  const engine = createEngine(catalog);
  const buildMs = performance.now() - t0;
  const accuracy = scoreAnswers(questions, (q) => judgeFull(engine, q));
  const real = questions.filter((q) => !q.tags.includes("synthetic"));
  const realAccuracy = scoreAnswers(real, (q) => judgeFull(engine, q));
  const named = questions.filter((q) => q.expect !== undefined);
  const top1 = scoreAnswers(named, (q) => {
    const got = engine.ask(q.q).models[0] ?? "(none)";
    return { ok: isRight(q, got), expected: q.expect ?? "", got };
  });
  const timing = timeQuestions(questions, (q) => engine.ask(q.q), options);
  return {
    records: catalog.records.length,
    questions: questions.length,
    buildMs,
    timing,
    accuracy,
    realAccuracy,
    top1,
  };
}

function judgeFull(engine: Engine, q: BenchQuestion) {
  const a = engine.ask(q.q);
  const top = a.models[0] ?? "(none)";
  const ok = a.intent === q.intent && (q.expect === undefined || isRight(q, top));
  return { ok, expected: `${q.intent} ${q.expect ?? ""}`.trim(), got: `${a.intent} ${top}` };
}
