import { formatScore, ordinal } from "../../answer/format.ts";
import type { Answer, Citation, FactRow } from "../../answer/types.ts";
import type { Catalog } from "../../catalog/catalog.ts";
import type { ModelRecord } from "../../schema/record.ts";
import {
  type Board,
  type BoardEntry,
  chooseBoard,
  type Leaderboards,
  releaseNote,
} from "../leaderboard.ts";
import { makeAnswer } from "./base.ts";
import { boardLabel, cite, entryLine } from "./board-text.ts";
import { displayName } from "./model.ts";
import { nearbyResults } from "./nearby-results.ts";

/** A model's score and rank on one benchmark, on every board that has it. */
export function answerBenchmark(
  catalog: Catalog,
  boards: Leaderboards,
  query: string,
  r: ModelRecord,
  benchmark: string,
  release?: string,
): Answer {
  if (release !== undefined) return answerAtRelease(catalog, boards, query, r, benchmark, release);
  const info = catalog.benchmarks.get(benchmark);
  const name = info?.name ?? benchmark;
  const found = boards.entriesFor(r, benchmark);
  const base = {
    intent: "benchmark" as const,
    models: [r.id],
    benchmark,
    title: `${r.name} on ${name}`,
  };
  const first = found[0];
  if (first === undefined) {
    const nearby = nearbyResults(catalog, boards, r, benchmark);
    const none = `No source in the catalog reports a ${name} result for ${displayName(r)}.`;
    return makeAnswer(query, {
      ...base,
      summary: `No ${name} result for ${r.name} in the catalog.`,
      blocks:
        nearby.rows.length > 0
          ? [
              { kind: "text", text: `${none} Closest results:` },
              { kind: "facts", rows: nearby.rows },
            ]
          : [{ kind: "text", text: none }],
      citations: nearby.citations,
      followUps: [
        { label: `Benchmarks of ${r.name}`.slice(0, 60), query: `${r.id} benchmarks` },
        { label: `Top on ${name}`.slice(0, 60), query: `top 10 on ${benchmark}` },
      ],
    });
  }
  // Latest release of each source, plus sources without releases; older releases summarized.
  const latestPerSource = new Map<string, { board: Board; entry: BoardEntry }>();
  for (const f of found)
    if (!latestPerSource.has(f.board.source)) latestPerSource.set(f.board.source, f);
  const rows: FactRow[] = [...latestPerSource.values()].map(({ board, entry }) => ({
    label: boardLabel(catalog, board),
    value: entryLine(catalog, board, entry),
    citation: cite(catalog, entry),
  }));
  const older = found
    .filter(
      (f) => !latestPerSource.has(f.board.source) || latestPerSource.get(f.board.source) !== f,
    )
    .filter((f) => f.board.release);
  if (older.length > 0) {
    rows.push({
      label: "Earlier releases",
      value: older
        .slice(0, 6)
        .map(
          (f) =>
            `${f.board.release}: ${formatScore(f.entry.result.score, info?.unit ?? "score")} (rank ${f.entry.rank})`,
        )
        .join("; "),
    });
  }
  const head = `${formatScore(first.entry.result.score, info?.unit ?? "score")}, ranked ${ordinal(first.entry.rank)}${first.entry.result.rank === undefined ? ` of ${first.board.entries.length}` : ""}`;
  return makeAnswer(query, {
    ...base,
    summary: `${r.name} on ${name}: ${head} (${first.board.release ? `${first.board.release} release` : `per ${catalog.sources.get(first.board.source)?.name ?? first.board.source}`})`,
    blocks: [{ kind: "facts", rows }],
    followUps: [{ label: `Top 10 on ${name}`.slice(0, 60), query: `top 10 on ${benchmark}` }],
    citations: [...latestPerSource.values()].map((f) => cite(catalog, f.entry)),
  });
}

/** A model's score and rank in the release of a benchmark the question named. */
function answerAtRelease(
  catalog: Catalog,
  boards: Leaderboards,
  query: string,
  r: ModelRecord,
  benchmark: string,
  release: string,
): Answer {
  const name = catalog.benchmarks.get(benchmark)?.name ?? benchmark;
  const choice = chooseBoard(boards, benchmark, release);
  const note = releaseNote(choice, name);
  const found = boards.entriesFor(r, benchmark);
  const hit = found.find((f) => f.board === choice.board);
  const base = { intent: "benchmark" as const, models: [r.id], benchmark };
  const followUps = [{ label: `Top 10 on ${name}`.slice(0, 60), query: `top 10 on ${benchmark}` }];
  if (choice.board === undefined || hit === undefined) {
    const where = found.flatMap((f) => (f.board.release ? [f.board.release] : []));
    const label = choice.board ? boardLabel(catalog, choice.board) : name;
    const text = [
      note,
      `${displayName(r)} has no result in ${label}.`,
      where.length > 0
        ? `It has results in the ${where.join(", ")} release${where.length === 1 ? "" : "s"}.`
        : undefined,
    ];
    return makeAnswer(query, {
      ...base,
      title: `${r.name} on ${label}`,
      summary: `No result for ${r.name} in ${label}.`,
      blocks: [{ kind: "text", text: text.filter(Boolean).join(" ") }],
      followUps,
    });
  }
  const { board, entry } = hit;
  const head = `${entryLine(catalog, board, entry)}`;
  return makeAnswer(query, {
    ...base,
    title: `${r.name} on ${boardLabel(catalog, board)}`,
    summary: `${r.name} on ${boardLabel(catalog, board)}: ${head}`,
    blocks: [
      ...(note ? [{ kind: "text" as const, text: note }] : []),
      {
        kind: "facts",
        rows: [{ label: boardLabel(catalog, board), value: head, citation: cite(catalog, entry) }],
      },
    ],
    followUps,
    citations: [cite(catalog, entry)],
  });
}

/** Every benchmark result of a model: the latest of each benchmark. */
export function answerAllBenchmarks(
  catalog: Catalog,
  boards: Leaderboards,
  query: string,
  r: ModelRecord,
): Answer {
  const ids = [...new Set(r.benchmarks.map((b) => b.benchmark))];
  const rows: FactRow[] = [];
  const citations: Citation[] = [];
  for (const id of ids) {
    const first = boards.entriesFor(r, id)[0];
    if (!first) continue;
    rows.push({
      label: boardLabel(catalog, first.board),
      value: entryLine(catalog, first.board, first.entry),
      citation: cite(catalog, first.entry),
    });
    citations.push(cite(catalog, first.entry));
  }
  rows.sort((a, b) => a.label.localeCompare(b.label));
  return makeAnswer(query, {
    intent: "benchmark",
    models: [r.id],
    title: `${r.name}: benchmarks`,
    summary:
      rows.length > 0
        ? `${r.name} has ${rows.length} benchmark result${rows.length === 1 ? "" : "s"} in the catalog.`
        : `No benchmark results for ${r.name} in the catalog.`,
    blocks:
      rows.length > 0
        ? [{ kind: "facts", rows }]
        : [
            {
              kind: "text",
              text: `No source in the catalog reports benchmark results for ${displayName(r)}.`,
            },
          ],
    citations,
  });
}
