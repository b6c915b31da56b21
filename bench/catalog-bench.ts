import type { Catalog } from "../src/core/catalog/catalog.ts";
import { runBaseline } from "./baseline.ts";
import { runEngine } from "./latency.ts";
import type { BenchOptions } from "./options.ts";
import { type BenchQuestion, realQuestions, syntheticQuestions } from "./questions.ts";
import type { CatalogRun } from "./results.ts";
import { buildSyntheticCatalog } from "./synthetic.ts";
import type { TimingOptions } from "./timing.ts";

/** Iterations per catalog size: enough samples for a stable p99 within the whole bench's budget. */
function engineTiming(records: number, quick: boolean): TimingOptions {
  if (quick) return { warmupRounds: 3, rounds: 30, budgetMs: 2_000, minRounds: 5 };
  if (records > 50_000) return { warmupRounds: 5, rounds: 200, budgetMs: 25_000, minRounds: 20 };
  return { warmupRounds: 10, rounds: 500, budgetMs: 15_000, minRounds: 30 };
}

/**
 * fuse.js is slow enough that the baseline is sampled: on the real catalog every named question,
 * one warm-up round and three timed; at 10,000 models an even spread of 30 questions and at
 * 100,000 of 5, one timed round each (a call there takes seconds, so JIT warm-up is noise).
 */
function baselinePlan(records: number, quick: boolean): { timing: TimingOptions; sample?: number } {
  const once = { warmupRounds: 0, rounds: 1, budgetMs: 0, minRounds: 1 };
  if (records > 50_000) return { timing: once, sample: quick ? 3 : 5 };
  if (records > 5_000) return { timing: once, sample: quick ? 10 : 30 };
  return { timing: { warmupRounds: 1, rounds: quick ? 1 : 3, budgetMs: 20_000, minRounds: 1 } };
}

export function syntheticSizes(quick: boolean): number[] {
  return quick ? [10_000] : [10_000, 100_000];
}

/** Runs the engine (and the fuse.js baseline) on the real catalog and each synthetic one. */
export function benchCatalogs(
  real: Catalog,
  options: BenchOptions,
  log: (line: string) => void,
): CatalogRun[] {
  const runs: CatalogRun[] = [];
  const { questions: realQs, skipped } = realQuestions(real);
  const plan: { label: string; size: number }[] = [
    { label: "real", size: 0 },
    ...syntheticSizes(options.quick).map((n) => ({ label: `real+${n / 1000}k`, size: n })),
  ];
  for (const { label, size } of plan) {
    let catalog = real;
    let questions: BenchQuestion[] = realQs;
    let syntheticCount = 0;
    if (size > 0) {
      const built = buildSyntheticCatalog(real, size);
      catalog = built.catalog;
      const synQs = syntheticQuestions(catalog, built.synthetic, 30);
      syntheticCount = synQs.length;
      questions = [...realQs, ...synQs];
    }
    const run: CatalogRun = {
      label,
      records: catalog.records.length,
      syntheticRecords: size,
      realQuestions: realQs.length,
      syntheticQuestions: syntheticCount,
      skipped,
    };
    if (options.only.has("latency")) {
      log(`latency: ${label} (${catalog.records.length} models, ${questions.length} questions)`);
      run.engine = runEngine(
        catalog,
        questions,
        engineTiming(catalog.records.length, options.quick),
      );
    }
    if (options.only.has("baseline")) {
      const { timing, sample } = baselinePlan(catalog.records.length, options.quick);
      log(`baseline: fuse.js on ${label}${sample ? ` (sample of ${sample} questions)` : ""}`);
      run.baseline = runBaseline(catalog, questions, timing, sample);
    }
    runs.push(run);
  }
  return runs;
}
