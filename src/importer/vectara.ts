import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceInfo } from "../core/schema/registry.ts";
import { type BoardCoverage, placeBoardModel } from "./board-place.ts";
import type { Build } from "./build.ts";
import { parseCsv } from "./csv.ts";

export interface VectaraRow {
  /** "<org>/<model id>" as the board writes it: "openai/gpt-5.4-2026-03-05". */
  model: string;
  hallucinationRate: number;
  answerRate?: number;
}

/** Reads leaderboard.csv (the README's table as CSV; percent signs already stripped). */
export function readVectara(root: string): VectaraRow[] {
  const table = parseCsv(readFileSync(join(root, "leaderboard.csv"), "utf8"));
  const header = table[0] ?? [];
  const col = (row: string[], name: string) => row[header.indexOf(name)]?.trim() ?? "";
  const rows: VectaraRow[] = [];
  for (const row of table.slice(1)) {
    const model = col(row, "model");
    const rate = Number(col(row, "hallucination_rate_pct"));
    if (!model || col(row, "hallucination_rate_pct") === "" || !Number.isFinite(rate)) continue;
    const answer = Number(col(row, "answer_rate_pct"));
    rows.push({
      model,
      hallucinationRate: rate,
      ...(col(row, "answer_rate_pct") !== "" && Number.isFinite(answer)
        ? { answerRate: answer }
        : {}),
    });
  }
  return rows;
}

/**
 * Adds each row as a Vectara Hallucination Rate result (percent; lower is better), dated by the
 * board's last update. Vectara runs the board with its own judge model: not self-reported.
 * Fireworks-style version points ("minimax-m2p5") resolve as points.
 */
export function addVectara(build: Build, rows: VectaraRow[], source: SourceInfo): BoardCoverage {
  const coverage: BoardCoverage = { rows: rows.length, mapped: 0, unmapped: [] };
  for (const row of rows) {
    const draft = placeBoardModel(build, row.model);
    if (!draft) {
      coverage.unmapped.push(row.model);
      continue;
    }
    coverage.mapped++;
    draft.benchmarks.push({
      benchmark: "vectara-hallucination-rate",
      score: row.hallucinationRate,
      variant:
        row.answerRate === undefined ? row.model : `${row.model}, answer rate ${row.answerRate}%`,
      source: source.id,
      asOf: source.asOf,
      url: "https://github.com/vectara/hallucination-leaderboard",
    });
    draft.sources.add(source.id);
  }
  coverage.unmapped.sort();
  return coverage;
}
