import { capitalize, formatScore } from "../answer/format.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type { Leaderboards } from "../engine/leaderboard.ts";
import type { ModelRecord } from "../schema/record.ts";
import { memberLabel, newest, scoreAxis, scoreMax, sourceNames } from "./frame.ts";
import type { GroupedBarChart } from "./types.ts";

/**
 * The benchmarks a compare on `benchmark` shows: a suite ("livebench") is its average and every
 * category, so the picture shows where the models differ; any other benchmark is itself.
 */
export function compareGroups(catalog: Catalog, benchmark: string): string[] {
  const members = [...catalog.benchmarks.values()]
    .filter((b) => b.suite === benchmark && b.id !== benchmark)
    .map((b) => b.id)
    .sort();
  return [benchmark, ...members];
}

/**
 * 2 to 4 models on a benchmark, or on a suite's categories: one group per benchmark, one colour
 * per model, each model's latest result (the row the text table shows).
 */
export function compareChart(
  catalog: Catalog,
  boards: Leaderboards,
  models: ModelRecord[],
  benchmark: string,
  title: string,
): GroupedBarChart | undefined {
  const suite = catalog.benchmarks.get(benchmark);
  const values: GroupedBarChart["values"] = [];
  const groups: string[] = [];
  const sources: string[] = [];
  const dates: string[] = [];
  const releases = new Set<string>();
  for (const id of compareGroups(catalog, benchmark)) {
    const info = catalog.benchmarks.get(id);
    const label = memberLabel(info?.name ?? id, suite?.name ?? "");
    let any = false;
    for (const m of models) {
      const first = boards.entriesFor(m, id)[0];
      if (!first) continue;
      any = true;
      const r = first.entry.result;
      values.push({
        group: label,
        series: m.name,
        value: r.score,
        display: formatScore(r.score, info?.unit ?? "score"),
      });
      sources.push(r.source);
      dates.push(r.asOf);
      if (first.board.release) releases.add(first.board.release);
    }
    if (any) groups.push(label);
  }
  const seriesWithData = models.filter((m) => values.some((v) => v.series === m.name));
  if (values.length < 2 || seriesWithData.length < 1) return undefined;
  const max = scoreMax(suite);
  const missing = models.filter((m) => !seriesWithData.includes(m)).map((m) => m.name);
  const rel = [...releases].sort();
  const parts = [
    rel.length === 1
      ? `${rel[0]} release`
      : rel.length > 1
        ? `each model's latest release (${rel.join(", ")})`
        : undefined,
    missing.length > 0 ? `no result for ${missing.join(", ")}` : undefined,
  ].filter(Boolean);
  return {
    kind: "grouped-bar",
    title,
    ...(parts.length > 0 ? { subtitle: capitalize(parts.join(" · ")) } : {}),
    source: sourceNames(catalog, sources),
    asOf: newest(dates),
    valueAxis: scoreAxis(suite),
    ...(max === undefined ? {} : { max }),
    groups,
    series: models.map((m) => m.name),
    values,
  };
}
