import type { Citation, FactRow } from "../../answer/types.ts";
import type { Catalog } from "../../catalog/catalog.ts";
import type { ModelRecord } from "../../schema/record.ts";
import type { Leaderboards } from "../leaderboard.ts";
import { boardLabel, cite, entryLine } from "./board-text.ts";

/** A dated id's date: "-2024-08-06", "-20250219", "-0613". */
const DATED = /^(.+)-(?:\d{4}-\d{2}-\d{2}|20\d{6}|\d{4})$/;

/** Dated records by the undated id they are snapshots of, built once per catalog. */
const snapshotsByCatalog = new WeakMap<Catalog, Map<string, ModelRecord[]>>();

export function snapshotsOf(catalog: Catalog, r: ModelRecord): ModelRecord[] {
  let map = snapshotsByCatalog.get(catalog);
  if (map === undefined) {
    map = new Map();
    for (const record of catalog.records) {
      const undated = DATED.exec(record.id)?.[1];
      if (undated === undefined) continue;
      const list = map.get(undated) ?? [];
      list.push(record);
      map.set(undated, list);
    }
    snapshotsByCatalog.set(catalog, map);
  }
  return (map.get(r.id) ?? []).filter((s) => s.org === r.org);
}

const MAX_ROWS = 6;

/**
 * Results close to one a model lacks, so "no result" is not the end of the answer: the model's
 * results on variants of the benchmark ("SWE-bench Verified (Agentic Coding)" for "SWE-bench
 * Verified"), and its dated snapshots' results on the benchmark itself ("GPT-4o (2024-08-06)"
 * for "GPT-4o", which LiveBench only ran dated).
 */
export function nearbyResults(
  catalog: Catalog,
  boards: Leaderboards,
  r: ModelRecord,
  benchmark: string,
): { rows: FactRow[]; citations: Citation[] } {
  const rows: FactRow[] = [];
  const citations: Citation[] = [];
  const variants = [...new Set(r.benchmarks.map((b) => b.benchmark))]
    // A suite's categories ("livebench-coding" of "livebench") are parts, not variants.
    .filter(
      (id) => id.startsWith(`${benchmark}-`) && catalog.benchmarks.get(id)?.suite !== benchmark,
    )
    .sort();
  for (const id of variants) {
    const first = boards.entriesFor(r, id)[0];
    if (!first) continue;
    const c = cite(catalog, first.entry);
    rows.push({
      label: boardLabel(catalog, first.board),
      value: entryLine(catalog, first.board, first.entry),
      citation: c,
    });
    citations.push(c);
  }
  // Newest snapshot first: the one most like the model asked about today.
  const snapshots = snapshotsOf(catalog, r).sort((a, b) => b.id.localeCompare(a.id));
  for (const snapshot of snapshots) {
    const first = boards.entriesFor(snapshot, benchmark)[0];
    if (!first) continue;
    const c = cite(catalog, first.entry);
    rows.push({
      label: `${snapshot.name}, ${boardLabel(catalog, first.board)}`,
      value: entryLine(catalog, first.board, first.entry),
      citation: c,
    });
    citations.push(c);
  }
  return { rows: rows.slice(0, MAX_ROWS), citations: citations.slice(0, MAX_ROWS) };
}
