import type { Answer } from "../../src/core/answer/types.ts";
import type { Catalog } from "../../src/core/catalog/catalog.ts";
import { parsePredicate, testPredicate } from "./predicates.ts";
import type { EvalQuestion } from "./question-set.ts";

/** The part of an answer the eval compares, as in the CLI's JSON contract. */
export interface Got {
  intent: string;
  models: string[];
  field: string | null;
  benchmark: string | null;
  suggestions: string[];
}

export function pickGot(a: Answer): Got {
  return {
    intent: a.intent,
    models: a.models,
    field: a.field,
    benchmark: a.benchmark,
    suggestions: a.suggestions,
  };
}

/** Compares an answer with what the question expects; returns one line per mismatch. */
export function gradeAnswer(q: EvalQuestion, got: Got, catalog: Catalog): string[] {
  const problems: string[] = [];
  const list = (ids: string[]) => `[${ids.join(", ")}]`;
  if (got.intent !== q.intent) problems.push(`intent ${got.intent}, expected ${q.intent}`);
  if (q.models && list(got.models) !== list(q.models)) {
    problems.push(`models ${list(got.models)}, expected ${list(q.models)}`);
  }
  if (q.modelsPrefix && list(got.models.slice(0, q.modelsPrefix.length)) !== list(q.modelsPrefix)) {
    problems.push(`models ${list(got.models)}, expected to start with ${list(q.modelsPrefix)}`);
  }
  const missing = (q.modelsContain ?? []).filter((id) => !got.models.includes(id));
  if (missing.length > 0) problems.push(`models lack ${list(missing)}`);
  if (q.count !== undefined) {
    const expected = expectedCount(q.count, q.benchmark ?? null, catalog);
    if (got.models.length !== expected) {
      problems.push(`${got.models.length} models, expected ${expected}`);
    }
  }
  if (q.every) problems.push(...checkEvery(q.every, got.models, catalog));
  if (q.field !== undefined && got.field !== q.field) {
    problems.push(`field ${got.field}, expected ${q.field}`);
  }
  if (q.benchmark !== undefined && got.benchmark !== q.benchmark) {
    problems.push(`benchmark ${got.benchmark}, expected ${q.benchmark}`);
  }
  const unsuggested = (q.suggestionsContain ?? []).filter((id) => !got.suggestions.includes(id));
  if (unsuggested.length > 0) problems.push(`suggestions lack ${list(unsuggested)}`);
  return problems;
}

function checkEvery(every: string[], models: string[], catalog: Catalog): string[] {
  if (models.length === 0) return ["no models, expected a non-empty result"];
  const problems: string[] = [];
  for (const text of every) {
    const p = parsePredicate(text);
    if (typeof p === "string") {
      problems.push(p);
      continue;
    }
    const failing = models.filter((id) => {
      const r = catalog.byId.get(id);
      return r === undefined || !testPredicate(p, r);
    });
    if (failing.length > 0) {
      const shown = failing.slice(0, 3).join(", ") + (failing.length > 3 ? ", …" : "");
      problems.push(`${failing.length} of ${models.length} models fail ${text} (${shown})`);
    }
  }
  return problems;
}

/** "top 10" on a benchmark only a few models have results for lists those few. */
function expectedCount(asked: number, benchmark: string | null, catalog: Catalog): number {
  if (benchmark === null) return asked;
  const ranked = catalog.records.filter((r) => r.benchmarks.some((b) => b.benchmark === benchmark));
  return Math.min(asked, ranked.length);
}
