import { type Percentiles, summarize } from "./stats.ts";

export interface TimingOptions {
  /** Rounds over the whole question set before measuring, so the JIT and caches are warm. */
  warmupRounds: number;
  /** Rounds to measure, unless the time budget runs out first. */
  rounds: number;
  /** Stop after the round that crosses this budget (but never before `minRounds`). */
  budgetMs: number;
  minRounds: number;
}

export interface TimingResult {
  /** Every single call, all questions together (wall-clock time). */
  all: Percentiles;
  /**
   * The same calls in CPU time of this process (process.cpuUsage): unlike wall-clock time it
   * does not grow when other processes take the CPU away, so it shows the engine's own cost on
   * a busy machine. It still includes garbage collection.
   */
  cpu: Percentiles;
  rounds: number;
  /** The questions with the worst 99th percentile, worst first. */
  slowest: { q: string; p99: number; max: number }[];
}

/**
 * Times `run` on each question, one call per sample, round after round. Each call is timed on
 * its own so percentiles are per question asked, not per batch.
 */
export function timeQuestions<Q extends { q: string }>(
  questions: readonly Q[],
  run: (question: Q) => unknown,
  options: TimingOptions,
): TimingResult {
  let sink = 0;
  for (let r = 0; r < options.warmupRounds; r++) {
    for (const q of questions) sink += run(q) === undefined ? 0 : 1;
  }
  const perQuestion: number[][] = questions.map(() => []);
  const cpu: number[] = [];
  const started = performance.now();
  let rounds = 0;
  while (rounds < options.rounds) {
    questions.forEach((q, i) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      sink += run(q) === undefined ? 0 : 1;
      perQuestion[i]?.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    });
    rounds += 1;
    if (rounds >= options.minRounds && performance.now() - started > options.budgetMs) break;
  }
  // Keeps the calls observable so the optimizer cannot drop them.
  if (sink < 0) console.log(sink);
  const slowest = questions
    .map((q, i) => ({ q: q.q, ...summarize(perQuestion[i] ?? []) }))
    .sort((a, b) => b.p99 - a.p99)
    .slice(0, 3)
    .map(({ q, p99, max }) => ({ q, p99, max }));
  return { all: summarize(perQuestion.flat()), cpu: summarize(cpu), rounds, slowest };
}
