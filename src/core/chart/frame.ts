import type { Catalog } from "../catalog/catalog.ts";
import type { BenchmarkInfo } from "../schema/registry.ts";

/** The axis title of a benchmark's scores, with the unit: "Score (%)", "Elo rating". */
export function scoreAxis(info: BenchmarkInfo | undefined): string {
  switch (info?.unit) {
    case "percent":
      return "Score (%)";
    case "elo":
      return "Elo rating";
    case "index":
      return "Index score";
    default:
      return "Score";
  }
}

/** Percentages have a natural end at 100; other units fit the data. */
export function scoreMax(info: BenchmarkInfo | undefined): number | undefined {
  return info?.unit === "percent" ? 100 : undefined;
}

/** Source ids as display names, once each, in first-seen order: "LiveBench, models.dev". */
export function sourceNames(catalog: Catalog, ids: Iterable<string>): string {
  const names = [...new Set([...ids].map((id) => catalog.sources.get(id)?.name ?? id))];
  return names.join(", ");
}

/** The newest of some ISO dates (they sort as text). */
export function newest(dates: Iterable<string>): string {
  let max = "";
  for (const d of dates) if (d > max) max = d;
  return max;
}

/** "LiveBench Coding" within the LiveBench suite → "Coding"; "(global average)" → "Global average". */
export function memberLabel(name: string, suiteName: string): string {
  const base = suiteName.replace(/\s*\(.*\)$/, "");
  const rest = base && name.startsWith(base) ? name.slice(base.length).trim() : name;
  const bare = rest.replace(/^\((.*)\)$/, "$1").trim();
  return bare.length === 0 ? name : bare[0]?.toUpperCase() + bare.slice(1);
}
