/**
 * Pathological inputs for the question parser: the id test (`looksLikeId`) on 1,000 and 10,000
 * characters of its old worst case (letters, then punctuation), and whole questions of 500
 * characters (the cut) built to make backtracking patterns work hardest. Linear work shows as a
 * 10,000/1,000 ratio near 10; the cubic regex it replaced took 48 ms on 500 characters.
 */
import type { Catalog } from "../src/core/catalog/catalog.ts";
import { createEngine } from "../src/core/engine/create.ts";
import { looksLikeId } from "../src/core/engine/parse.ts";
import { median, round, summarize } from "./stats.ts";

export interface ParseBench {
  idTest1k: number;
  idTest10k: number;
  ratio: number;
  pathological: { p50: number; p99: number; max: number };
}

const time = (fn: () => unknown, rounds: number): number[] =>
  Array.from({ length: rounds }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  });

export function benchParse(catalog: Catalog, log: (line: string) => void): ParseBench {
  const worst = (n: number) => `${"a".repeat(n / 2)}${"-".repeat(n / 2)}`;
  const small = worst(1_000);
  const large = worst(10_000);
  time(() => looksLikeId(large), 20);
  const idTest1k = median(time(() => looksLikeId(small), 200));
  const idTest10k = median(time(() => looksLikeId(large), 200));
  const engine = createEngine(catalog);
  const questions = [
    worst(500),
    `gpt-4o ${"1".repeat(240)} ${"k".repeat(240)}`,
    `${"a-".repeat(250)}`,
    `${"<b>".repeat(120)}gpt-4o context`,
    `${"over ".repeat(100)}`,
    `${" ".repeat(480)}1m context`,
    `${"claude ".repeat(70)}`,
    `${"*_~|".repeat(125)}`,
  ];
  const samples = questions.flatMap((q) => time(() => engine.ask(q), 30));
  const s = summarize(samples);
  const out = {
    idTest1k: round(idTest1k),
    idTest10k: round(idTest10k),
    ratio: Math.round((idTest10k / Math.max(idTest1k, 1e-6)) * 10) / 10,
    pathological: { p50: round(s.p50), p99: round(s.p99), max: round(s.max) },
  };
  log(
    `parse: id test ${out.idTest1k} ms at 1k, ${out.idTest10k} ms at 10k chars (×${out.ratio}); ` +
      `pathological 500-char questions p50 ${out.pathological.p50} ms, p99 ${out.pathological.p99} ms`,
  );
  return out;
}
