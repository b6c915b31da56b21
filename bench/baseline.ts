import Fuse from "fuse.js";
import type { Catalog } from "../src/core/catalog/catalog.ts";
import type { ModelRecord } from "../src/core/schema/record.ts";
import { type Accuracy, isRight, scoreAnswers } from "./accuracy.ts";
import type { BenchQuestion } from "./questions.ts";
import { type TimingOptions, type TimingResult, timeQuestions } from "./timing.ts";

export interface BaselineRun {
  records: number;
  /** Questions timed and scored; fewer than the full set where `sampled` says so. */
  questions: number;
  sampled: boolean;
  buildMs: number;
  timing: TimingResult;
  top1: Accuracy;
}

/**
 * The first thing a developer would write: plain fuse.js with default options over id, name and
 * aliases. It is given only the model name as the question writes it (no intent words), which
 * is kinder to it than the whole question would be. `sample` limits the questions on catalogs
 * where a full run would take minutes; without warm-up rounds the first call is timed too.
 */
export function runBaseline(
  catalog: Catalog,
  questions: readonly BenchQuestion[],
  options: TimingOptions,
  sample?: number,
): BaselineRun {
  const named = questions.filter((q) => q.expect !== undefined && q.mention !== undefined);
  const chosen = sample !== undefined && sample < named.length ? spread(named, sample) : named;
  const t0 = performance.now();
  const fuse = new Fuse<ModelRecord>([...catalog.records], { keys: ["id", "name", "aliases"] });
  const buildMs = performance.now() - t0;
  // fuse.js answers the same way every time: the timed calls also give its answers, so slow
  // catalogs need one pass, not one to score and another to time.
  const answers = new Map<BenchQuestion, string>();
  const top = (q: BenchQuestion) => {
    const id = fuse.search(q.mention ?? q.q)[0]?.item.id ?? "(none)";
    answers.set(q, id);
    return id;
  };
  const timing = timeQuestions(chosen, top, options);
  const top1 = scoreAnswers(chosen, (q) => {
    const got = answers.get(q) ?? "(none)";
    return { ok: isRight(q, got), expected: q.expect ?? "", got };
  });
  return {
    records: catalog.records.length,
    questions: chosen.length,
    sampled: chosen.length < named.length,
    buildMs,
    timing,
    top1,
  };
}

/** `n` items spread evenly over the list, so a sample keeps every kind of question. */
function spread<T>(items: readonly T[], n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const item = items[Math.floor((i * items.length) / n)];
    if (item !== undefined) out.push(item);
  }
  return out;
}
