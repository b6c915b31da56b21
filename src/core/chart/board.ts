import { formatScore } from "../answer/format.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type { Board, BoardEntry } from "../engine/leaderboard.ts";
import { newest, scoreAxis, scoreMax, sourceNames } from "./frame.ts";
import type { BarChart } from "./types.ts";

/**
 * A top-N board as horizontal bars, best first. Each bar names what produced the score: the
 * variant LiveBench ran ("claude-sonnet-4-5-…-thinking-64k"), or on a board merged from several
 * sources, the source (and whether the maker reported it itself).
 */
export function boardChart(
  catalog: Catalog,
  board: Board,
  entries: BoardEntry[],
  title: string,
): BarChart | undefined {
  if (entries.length < 2) return undefined;
  const info = catalog.benchmarks.get(board.benchmark);
  const merged = board.sources !== undefined;
  const max = scoreMax(info);
  const detailOf = (e: BoardEntry): string | undefined => {
    if (merged) {
      const src = catalog.sources.get(e.result.source)?.name ?? e.result.source;
      return e.result.selfReported ? `${src}, self-reported` : src;
    }
    const v = e.result.variant;
    return v && v !== e.record.id ? v : undefined;
  };
  return {
    kind: "bar",
    title,
    subtitle: merged
      ? "Each model's best result across sources (named in its bar)"
      : board.release
        ? "Best variant of each model (named in its bar); rank before the name"
        : "Best variant of each model (named in its bar); rank before the name",
    source: merged
      ? sourceNames(
          catalog,
          entries.map((e) => e.result.source),
        )
      : sourceNames(catalog, [board.source]),
    asOf: merged ? newest(entries.map((e) => e.result.asOf)) : board.asOf,
    valueAxis: scoreAxis(info),
    ...(max === undefined ? {} : { max }),
    bars: entries.map((e) => {
      const detail = detailOf(e);
      return {
        label: `${e.rank}. ${e.record.name}`,
        value: e.result.score,
        display: formatScore(e.result.score, info?.unit ?? "score"),
        ...(detail === undefined ? {} : { detail }),
      };
    }),
  };
}
