import { citeSource } from "../../answer/cite.ts";
import { formatScore } from "../../answer/format.ts";
import type { Citation } from "../../answer/types.ts";
import type { Catalog } from "../../catalog/catalog.ts";
import type { Board, BoardEntry } from "../leaderboard.ts";

/** "LiveBench Coding, 2026-01-08 release" or "WebDev Arena, per the reference card". */
export function boardLabel(catalog: Catalog, board: Board): string {
  const name = catalog.benchmarks.get(board.benchmark)?.name ?? board.benchmark;
  const source = catalog.sources.get(board.source)?.name ?? board.source;
  if (board.release) return `${name}, ${board.release} release`;
  return board.sources ? `${name}, all sources` : `${name}, per ${source}`;
}

/** "72.1 (rank 3 of 58, self-reported) [variant]". */
export function entryLine(catalog: Catalog, board: Board, entry: BoardEntry): string {
  const unit = catalog.benchmarks.get(board.benchmark)?.unit ?? "score";
  const variant =
    entry.result.variant && entry.result.variant !== entry.record.id
      ? ` [${entry.result.variant}]`
      : "";
  const of = entry.result.rank === undefined ? ` of ${board.entries.length}` : "";
  const self = entry.result.selfReported ? ", self-reported" : "";
  return `${formatScore(entry.result.score, unit)} (rank ${entry.rank}${of}${self})${variant}`;
}

export function cite(catalog: Catalog, entry: BoardEntry): Citation {
  return citeSource(catalog, entry.result);
}
