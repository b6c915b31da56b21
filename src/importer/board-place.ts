import type { Build } from "./build.ts";
import type { Draft } from "./draft.ts";

/**
 * The record a leaderboard's model id names, or undefined: the id as given, then without a run
 * setting the board appends ("_high", " (32k think)", "-thinking"). A board's row never makes a
 * record: a model no other source has is counted as unmapped in the import report.
 */
export function placeBoardModel(build: Build, id: string): Draft | undefined {
  // Vectara writes the effort before the date: "gpt-5.1-high-2025-11-13" is gpt-5.1-2025-11-13.
  const undated = id.replace(/-(x?high|medium|low|minimal)(-\d{4}-\d{2}-\d{2})$/i, "$2");
  const tries = [
    undated,
    id,
    id.replace(/_[a-z0-9-]+$/i, ""),
    id.replace(/[-_](x?high|medium|low|minimal|thinking|max)$/i, ""),
  ];
  for (const t of tries) {
    const match = build.resolver.find(t.trim());
    if (match) return build.twins.get(match.draft) ?? match.draft;
  }
  return undefined;
}

/** Counts of one board's rows, for the import report. */
export interface BoardCoverage {
  rows: number;
  mapped: number;
  /** Ids no record answers to, sorted (the report shows how many). */
  unmapped: string[];
}

export function boardLine(label: string, c: BoardCoverage): string {
  return `${label.padEnd(17)} ${c.rows} rows, ${c.mapped} mapped to records; unmapped ${c.unmapped.length}${c.unmapped.length ? ` (${c.unmapped.join(", ")})` : ""}`;
}
