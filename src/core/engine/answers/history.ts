import { citeSource } from "../../answer/cite.ts";
import { formatScore } from "../../answer/format.ts";
import type { Answer, FactRow } from "../../answer/types.ts";
import type { Catalog } from "../../catalog/catalog.ts";
import { newest, scoreAxis, scoreMax, sourceNames } from "../../chart/frame.ts";
import type { LineChart } from "../../chart/types.ts";
import type { ModelRecord } from "../../schema/record.ts";
import type { Leaderboards } from "../leaderboard.ts";
import { makeAnswer } from "./base.ts";
import { answerBenchmark } from "./benchmark.ts";
import { snapshotsOf } from "./nearby-results.ts";

/** One colour per line; past this many the picture is a tangle. */
const MAX_SERIES = 6;

interface Series {
  record: ModelRecord;
  points: {
    release: string;
    score: number;
    rank: number;
    of: number;
    source: string;
    asOf: string;
  }[];
}

/** A record's results in every release of the benchmark, oldest first. */
function seriesOf(boards: Leaderboards, r: ModelRecord, benchmark: string): Series | undefined {
  const points = boards
    .entriesFor(r, benchmark)
    .flatMap(({ board, entry }) =>
      board.release ? [{ release: board.release, entry, of: board.entries.length }] : [],
    )
    .sort((a, b) => a.release.localeCompare(b.release));
  if (points.length === 0) return undefined;
  return {
    record: r,
    points: points.map((p) => ({
      release: p.release,
      score: p.entry.result.score,
      rank: p.entry.rank,
      of: p.of,
      source: p.entry.result.source,
      asOf: p.entry.result.asOf,
    })),
  };
}

/**
 * How a model (or a family) scored across a benchmark's releases: "gpt-4o livebench history",
 * "how has claude sonnet improved on livebench". A model LiveBench ran only as dated snapshots
 * (GPT-4o) is shown through them, one line each. Each release has its own questions, so the text
 * gives the rank next to every score.
 */
export function answerHistory(
  catalog: Catalog,
  boards: Leaderboards,
  query: string,
  models: ModelRecord[],
  benchmark: string,
): Answer {
  const info = catalog.benchmarks.get(benchmark);
  const name = info?.name ?? benchmark;
  const unit = info?.unit ?? "score";
  const series: Series[] = [];
  for (const m of models) {
    const own = seriesOf(boards, m, benchmark);
    if (own) series.push(own);
    else {
      for (const s of snapshotsOf(catalog, m).sort((a, b) => a.id.localeCompare(b.id))) {
        const snap = seriesOf(boards, s, benchmark);
        if (snap) series.push(snap);
      }
    }
  }
  const shown = series.slice(0, MAX_SERIES);
  const first = models[0];
  if (shown.length === 0 || first === undefined) {
    // No release-by-release results: the model's score as the benchmark answer gives it.
    return first
      ? answerBenchmark(catalog, boards, query, first, benchmark)
      : makeAnswer(query, {
          intent: "benchmark",
          benchmark,
          title: `${name} history`,
          summary: `No ${name} results across releases for that.`,
        });
  }
  const cited = shown.flatMap((s) =>
    s.points.map((p) => citeSource(catalog, { source: p.source, asOf: p.asOf })),
  );
  const rows: FactRow[] = shown.map((s) => ({
    label: s.record.name,
    value: s.points
      .map((p) => `${p.release}: ${formatScore(p.score, unit)} (rank ${p.rank} of ${p.of})`)
      .join("; "),
  }));
  const who = models.length === 1 ? first.name : `${models.length} models`;
  const releases = new Set(shown.flatMap((s) => s.points.map((p) => p.release)));
  const lead = shown.length === 1 ? shown[0] : undefined;
  const from = lead?.points[0];
  const to = lead?.points[lead.points.length - 1];
  const summary =
    lead && from && to && from !== to
      ? `${lead.record.name} on ${name}: ${formatScore(from.score, unit)} (rank ${from.rank}) in the ${from.release} release, ${formatScore(to.score, unit)} (rank ${to.rank}) in the ${to.release} release.`
      : `${name} results of ${who} in ${releases.size} release${releases.size === 1 ? "" : "s"}.`;
  const max = scoreMax(info);
  const chart: LineChart = {
    kind: "line",
    // One model names itself; several are named by the legend, so the title stays one line.
    title:
      models.length === 1 ? `${first.name} on ${name} across releases` : `${name} across releases`,
    subtitle: "Each release uses new questions: a score is comparable within its release",
    source: sourceNames(
      catalog,
      shown.flatMap((s) => s.points.map((p) => p.source)),
    ),
    asOf: newest(shown.flatMap((s) => s.points.map((p) => p.asOf))),
    valueAxis: scoreAxis(info),
    ...(max === undefined ? {} : { max }),
    series: shown.map((s) => s.record.name),
    points: shown.flatMap((s) =>
      s.points.map((p) => ({
        series: s.record.name,
        x: p.release,
        y: p.score,
        display: formatScore(p.score, unit),
      })),
    ),
  };
  const left = series.length - shown.length;
  return makeAnswer(query, {
    intent: "benchmark",
    models: shown.map((s) => s.record.id),
    benchmark,
    title: `${name} across releases: ${who}`,
    summary,
    blocks: [
      {
        kind: "text",
        text: `Each ${name} release asks new questions, so compare a score with others in its release (the rank) as well as across releases.${left > 0 ? ` ${left} more model${left === 1 ? "" : "s"} not shown.` : ""}`,
      },
      { kind: "facts", rows },
    ],
    followUps: [{ label: `Top 10 on ${name}`.slice(0, 60), query: `top 10 on ${benchmark}` }],
    citations: cited,
    chart,
  });
}
