import type { BenchQuestion } from "./questions.ts";

/** A wrong answer, for the report: what was asked, expected and given. */
export interface Miss {
  q: string;
  expected: string;
  got: string;
}

export interface Accuracy {
  total: number;
  correct: number;
  rate: number;
  misses: Miss[];
}

/** Tallies right and wrong answers; `judge` returns what was given when it is wrong. */
export function scoreAnswers(
  questions: readonly BenchQuestion[],
  judge: (q: BenchQuestion) => { ok: boolean; expected: string; got: string },
): Accuracy {
  const misses: Miss[] = [];
  for (const q of questions) {
    const verdict = judge(q);
    if (!verdict.ok) misses.push({ q: q.q, expected: verdict.expected, got: verdict.got });
  }
  const total = questions.length;
  const correct = total - misses.length;
  return { total, correct, rate: total > 0 ? correct / total : Number.NaN, misses };
}

/** True when `got` is the question's expected model (or another record it accepts). */
export function isRight(q: BenchQuestion, got: string): boolean {
  return got === q.expect || (q.accept?.includes(got) ?? false);
}
