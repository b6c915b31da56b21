import type { Catalog } from "../../src/core/catalog/catalog.ts";
import type { Engine } from "../../src/core/engine/engine.ts";
import { type Got, gradeAnswer, pickGot } from "./grade.ts";
import { type EvalQuestion, isHard } from "./question-set.ts";

export interface Tally {
  total: number;
  passed: number;
  accuracy: number;
}

export interface Failure {
  query: string;
  expected: Omit<EvalQuestion, "q">;
  got: Got;
  problems: string[];
}

export interface EvalReport {
  overall: Tally;
  /** Keyed by the expected intent. */
  byIntent: Record<string, Tally>;
  /** The tagged hard questions: typos, partial names, word order, synonyms, ... */
  hard: Tally;
  failures: Failure[];
}

/** Asks the engine every question and grades each answer. Never throws for an engine's answer. */
export function evaluate(engine: Engine, catalog: Catalog, questions: EvalQuestion[]): EvalReport {
  const overall = newTally();
  const hard = newTally();
  const byIntent: Record<string, Tally> = {};
  const failures: Failure[] = [];
  for (const question of questions) {
    const { q, ...expected } = question;
    const got = askSafely(engine, q);
    const problems = gradeAnswer(question, got, catalog);
    const ok = problems.length === 0;
    const intentTally = byIntent[question.intent] ?? newTally();
    byIntent[question.intent] = intentTally;
    const tallies = [overall, intentTally];
    if (isHard(question)) tallies.push(hard);
    for (const t of tallies) count(t, ok);
    if (!ok) failures.push({ query: q, expected, got, problems });
  }
  return { overall, byIntent, hard, failures };
}

/** A throwing engine breaks its contract; the eval records that as a failed answer, not a crash. */
function askSafely(engine: Engine, q: string): Got {
  try {
    return pickGot(engine.ask(q));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      intent: `threw: ${message}`,
      models: [],
      field: null,
      benchmark: null,
      suggestions: [],
    };
  }
}

function newTally(): Tally {
  return { total: 0, passed: 0, accuracy: 0 };
}

function count(t: Tally, ok: boolean): void {
  t.total += 1;
  if (ok) t.passed += 1;
  t.accuracy = t.passed / t.total;
}
