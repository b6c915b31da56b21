import type { Catalog } from "../catalog/catalog.ts";
import type { BenchmarkResult, ModelRecord } from "../schema/record.ts";
import { pickRelease } from "./release.ts";

/** One model's place on one leaderboard. */
export interface BoardEntry {
  record: ModelRecord;
  result: BenchmarkResult;
  /** Rank among the board's models (ties share a rank); the source's own rank where it states one. */
  rank: number;
}

/** The results of one benchmark from one source and release, best first. */
export interface Board {
  benchmark: string;
  /** The source of the results; for a board of several sources, the one with most entries. */
  source: string;
  /** Set on a board merged from several sources (each entry cites its own). */
  sources?: string[];
  release?: string;
  asOf: string;
  entries: BoardEntry[];
}

export interface Leaderboards {
  /** The board answers use by default: the latest release, else the largest board. */
  primary(benchmark: string): Board | undefined;
  /** Every board of a benchmark, primary first. */
  boards(benchmark: string): Board[];
  /**
   * For a benchmark without releases that several sources report (SWE-bench Verified from
   * models.dev and llm-stats), one board of every model's best result, so "top N" shows the
   * catalog's leaders rather than one source's.
   */
  combined(benchmark: string): Board | undefined;
  /** A model's entry on each board of a benchmark, primary board first. */
  entriesFor(record: ModelRecord, benchmark: string): { board: Board; entry: BoardEntry }[];
}

/**
 * Groups every result by benchmark, source and release, keeps each model's best result (a model
 * often has several variants: effort levels, thinking budgets), and ranks the models. Built once
 * per catalog.
 */
export function buildLeaderboards(catalog: Catalog): Leaderboards {
  const groups = new Map<
    string,
    { results: Map<string, { record: ModelRecord; result: BenchmarkResult }> } & Omit<
      Board,
      "entries"
    >
  >();
  for (const record of catalog.records) {
    for (const result of record.benchmarks) {
      const key = `${result.benchmark}|${result.source}|${result.release ?? ""}`;
      let g = groups.get(key);
      if (g === undefined) {
        g = {
          benchmark: result.benchmark,
          source: result.source,
          asOf: result.asOf,
          results: new Map(),
          ...(result.release ? { release: result.release } : {}),
        };
        groups.set(key, g);
      }
      if (result.asOf > g.asOf) g.asOf = result.asOf;
      const higher = catalog.benchmarks.get(result.benchmark)?.higherIsBetter ?? true;
      const prev = g.results.get(record.id);
      if (
        prev === undefined ||
        (higher ? result.score > prev.result.score : result.score < prev.result.score)
      ) {
        g.results.set(record.id, { record, result });
      }
    }
  }
  const byBenchmark = new Map<string, Board[]>();
  for (const g of groups.values()) {
    const higher = catalog.benchmarks.get(g.benchmark)?.higherIsBetter ?? true;
    // A source that states its own rank (the reference card) keeps it.
    const entries = rankRows([...g.results.values()], higher, true);
    const { results: _unused, ...board } = g;
    const list = byBenchmark.get(g.benchmark) ?? [];
    list.push({ ...board, entries });
    byBenchmark.set(g.benchmark, list);
  }
  for (const list of byBenchmark.values()) {
    // Latest release first; among boards without releases, the most results first.
    list.sort(
      (a, b) =>
        (b.release ?? "").localeCompare(a.release ?? "") ||
        b.entries.length - a.entries.length ||
        b.asOf.localeCompare(a.asOf),
    );
  }
  const combinedBy = new Map<string, Board>();
  for (const [benchmark, list] of byBenchmark) {
    const unreleased = list.filter((b) => b.release === undefined);
    if (unreleased.length < 2) continue;
    const higher = catalog.benchmarks.get(benchmark)?.higherIsBetter ?? true;
    combinedBy.set(benchmark, mergeBoards(benchmark, unreleased, higher));
  }
  const entryIndex = new Map<string, Map<string, BoardEntry>>();
  const indexOf = (board: Board) => {
    const key = `${board.benchmark}|${board.source}|${board.release ?? ""}`;
    let m = entryIndex.get(key);
    if (m === undefined) {
      m = new Map(board.entries.map((e) => [e.record.id, e]));
      entryIndex.set(key, m);
    }
    return m;
  };
  return {
    primary: (benchmark) => byBenchmark.get(benchmark)?.[0],
    boards: (benchmark) => byBenchmark.get(benchmark) ?? [],
    combined: (benchmark) => combinedBy.get(benchmark),
    entriesFor(record, benchmark) {
      const out: { board: Board; entry: BoardEntry }[] = [];
      for (const board of byBenchmark.get(benchmark) ?? []) {
        const entry = indexOf(board).get(record.id);
        if (entry) out.push({ board, entry });
      }
      return out;
    },
  };
}

/** Rows best first (then by id), ranked; ties share a rank. */
function rankRows(
  rows: { record: ModelRecord; result: BenchmarkResult }[],
  higher: boolean,
  keepStatedRank: boolean,
): BoardEntry[] {
  rows.sort(
    (a, b) =>
      (higher ? b.result.score - a.result.score : a.result.score - b.result.score) ||
      a.record.id.localeCompare(b.record.id),
  );
  const entries: BoardEntry[] = [];
  rows.forEach((row, i) => {
    const prev = entries[i - 1];
    const tied = prev !== undefined && prev.result.score === row.result.score;
    const own = keepStatedRank ? row.result.rank : undefined;
    entries.push({
      record: row.record,
      result: row.result,
      rank: own ?? (tied ? prev.rank : i + 1),
    });
  });
  return entries;
}

/** One board from several: each model's best result, ranked anew (sources' own ranks dropped). */
function mergeBoards(benchmark: string, list: Board[], higher: boolean): Board {
  const best = new Map<string, BoardEntry>();
  for (const board of list) {
    for (const e of board.entries) {
      const prev = best.get(e.record.id);
      const better = higher
        ? e.result.score > (prev?.result.score ?? -Infinity)
        : e.result.score < (prev?.result.score ?? Infinity);
      if (prev === undefined || better) best.set(e.record.id, e);
    }
  }
  const entries = rankRows([...best.values()], higher, false);
  const largest = [...list].sort((a, b) => b.entries.length - a.entries.length)[0];
  return {
    benchmark,
    source: largest?.source ?? "",
    sources: [...new Set(list.map((b) => b.source))].sort(),
    asOf: list.reduce((max, b) => (b.asOf > max ? b.asOf : max), ""),
    entries,
  };
}

/** The board a question about a benchmark reads, and how it relates to the release asked for. */
export interface BoardChoice {
  board?: Board;
  /** The release asked for (YYYY, YYYY-MM or YYYY-MM-DD), if the question named one. */
  asked?: string;
  /** False when the board is not the release asked for (the latest before it, or none). */
  exact: boolean;
  /** The benchmark's releases, newest first (empty for benchmarks without releases). */
  releases: string[];
}

/** The primary board of a benchmark, or the one of the release asked for (see release.ts). */
export function chooseBoard(boards: Leaderboards, benchmark: string, asked?: string): BoardChoice {
  const all = boards.boards(benchmark);
  const releases = [...new Set(all.flatMap((b) => (b.release ? [b.release] : [])))];
  const first = boards.combined(benchmark) ?? all[0];
  if (asked === undefined) return { ...withBoard(first), exact: true, releases };
  if (releases.length === 0) return { ...withBoard(first), asked, exact: false, releases };
  const pick = pickRelease(asked, releases);
  const board = pick ? all.find((b) => b.release === pick.release) : undefined;
  return { ...withBoard(board), asked, exact: pick?.exact ?? false, releases };
}

function withBoard(board: Board | undefined): { board?: Board } {
  return board ? { board } : {};
}

/** Why the board shown is not the release asked for, in words; undefined when it is. */
export function releaseNote(choice: BoardChoice, benchmarkName: string): string | undefined {
  const { asked, board, releases } = choice;
  if (asked === undefined || choice.exact) return undefined;
  if (releases.length === 0) {
    return `${benchmarkName} results carry no release dates, so these are all of them.`;
  }
  const oldest = releases[releases.length - 1];
  if (board?.release === undefined) {
    return `${benchmarkName} has no release on or before ${asked}; its releases run from ${oldest} to ${releases[0]}.`;
  }
  return `No ${benchmarkName} release on ${asked}; this is the ${board.release} release, the latest before it.`;
}
