import { citeSource } from "../../answer/cite.ts";
import type { DataFact, DataPage } from "../../answer/data.ts";
import { formatCount, formatDate, formatPrice, formatScore } from "../../answer/format.ts";
import type { Answer, Citation, FieldKey } from "../../answer/types.ts";
import type { Catalog } from "../../catalog/catalog.ts";
import { boardChart } from "../../chart/board.ts";
import { compareChart, compareGroups } from "../../chart/compare.ts";
import type { ModelRecord } from "../../schema/record.ts";
import { boardEnd, type EndCue } from "../board-end.ts";
import type { Filters, SortKey } from "../filters.ts";
import { ALL_KINDS } from "../kinds.ts";
import { chooseBoard, type Leaderboards, releaseNote } from "../leaderboard.ts";
import { FIELD_LABELS } from "../topics.ts";
import { makeAnswer } from "./base.ts";
import { boardLabel } from "./board-text.ts";
import { factData } from "./data.ts";
import { describeField } from "./field-values.ts";
import {
  compareFacts,
  describeFilters,
  type EffectiveFacts,
  filterFor,
  freeOnlyMatches,
  type ModelFacts,
  selectModels,
  sortKeyFor,
} from "./select.ts";

/** The N best models on a benchmark's primary board, optionally among filtered models. */
export function answerTop(
  catalog: Catalog,
  boards: Leaderboards,
  facts: ModelFacts,
  query: string,
  benchmark: string,
  count: number,
  filters: Filters,
  release?: string,
  /** Rows already shown ("more" after a top 5 starts at 5). */
  offset = 0,
  /** "worst", "lowest score", "highest hallucination rate": which end of the board (board-end.ts). */
  cue?: EndCue,
): Answer {
  const choice = chooseBoard(boards, benchmark, release);
  const { board } = choice;
  const info = catalog.benchmarks.get(benchmark);
  const name = info?.name ?? benchmark;
  const unit = info?.unit ?? "score";
  const higherIsBetter = info?.higherIsBetter ?? true;
  const bottom = boardEnd(cue, higherIsBetter) === "bottom" && !filters.sort;
  const note = releaseNote(choice, name);
  if (board === undefined) {
    const summary = note ?? `No ${name} results in the catalog.`;
    return makeAnswer(query, {
      intent: "top",
      benchmark,
      title: `Top on ${name}`,
      summary,
      blocks: [{ kind: "text", text: summary }],
      followUps:
        choice.releases.length > 0
          ? [{ label: `Latest ${name}`.slice(0, 60), query: `top 10 on ${benchmark}` }]
          : [],
    });
  }
  const keep = filterFor(filters, facts, false);
  const matching = board.entries.filter((e) => keep(e.record));
  // "sorted by price" on a board: the same entries, in that order (ranks stay the board's).
  if (filters.sort) {
    const key = filters.sort;
    matching.sort((a, b) => compareFacts(key, facts(a.record), facts(b.record)) || a.rank - b.rank);
  } else if (bottom) {
    // The board's other end, last place first; the ranks stay the board's.
    matching.reverse();
  }
  const entries = matching.slice(offset, offset + count);
  const constraint = describeFilters(filters);
  // A board of several sources names each row's source; one source's board, each row's variant.
  const merged = board.sources !== undefined;
  const rows = entries.map((e) => [
    String(e.rank),
    e.record.name,
    formatScore(e.result.score, unit),
    merged
      ? `${catalog.sources.get(e.result.source)?.name ?? e.result.source}${e.result.selfReported ? " (self-reported)" : ""}`
      : (e.result.variant ?? ""),
  ]);
  const citations = merged
    ? entries.map((e) => citeSource(catalog, e.result))
    : [citeSource(catalog, { source: board.source, asOf: board.asOf })];
  const lead = entries[0];
  const page: DataPage = {
    offset,
    shown: entries.length,
    total: matching.length,
    more: offset + entries.length < matching.length,
  };
  const range =
    offset > 0
      ? `${offset + 1}–${offset + entries.length}${bottom ? " from the bottom" : ""}`
      : `${bottom ? "Bottom" : "Top"} ${entries.length}`;
  const title = `${range} on ${boardLabel(catalog, board)}${constraint ? ` (${constraint})` : ""}`;
  const chart = boardChart(catalog, board, entries, title);
  return makeAnswer(query, {
    intent: "top",
    benchmark,
    models: entries.map((e) => e.record.id),
    title,
    summary: lead
      ? offset > 0 || filters.sort
        ? `${range} of ${matching.length} on ${name}${constraint ? ` (${constraint})` : ""}, from ${lead.record.name}.`
        : bottom
          ? `${lead.record.name} is last${constraint ? ` of those matching (${constraint})` : ""} on ${name} with ${formatScore(lead.result.score, unit)}: rank ${lead.rank} of ${board.entries.length}${higherIsBetter ? "" : ", lower is better"}${board.release ? ` (${board.release} release)` : ""}.`
          : `${lead.record.name} leads ${name}${constraint ? ` (${constraint})` : ""} with ${formatScore(lead.result.score, unit)}${board.release ? ` (${board.release} release)` : ""}.`
      : offset > 0 && matching.length > 0
        ? `That was all: ${matching.length} models on ${name}${constraint ? ` (${constraint})` : ""}.`
        : `No model matching ${constraint} has a ${name} result.`,
    blocks: [
      ...(note ? [{ kind: "text" as const, text: note }] : []),
      ...(entries.length > 0
        ? [
            {
              kind: "table" as const,
              columns: ["Rank", "Model", "Score", merged ? "Source" : "Variant"],
              rows,
            },
          ]
        : []),
    ],
    followUps: lead ? [{ label: lead.record.name.slice(0, 60), query: lead.record.id }] : [],
    citations,
    ...(chart ? { chart } : {}),
    data: {
      table: {
        columns: ["rank", "model", "name", "score", "unit", "variant", "source", "asOf"],
        rows: entries.map((e) => ({
          rank: e.rank,
          model: e.record.id,
          name: e.record.name,
          score: e.result.score,
          unit,
          variant: e.result.variant ?? null,
          source: e.result.source,
          asOf: e.result.asOf,
        })),
      },
      page,
    },
  });
}

/** "312 tok/s, 0.2 s TTFT": the fastest output and quickest first token measured anywhere. */
function speedCell(f: { speed?: number | undefined; firstToken?: number | undefined }): string {
  const parts = [
    f.speed === undefined ? "" : `${Math.round(f.speed)} tok/s`,
    f.firstToken === undefined ? "" : `${Number(f.firstToken.toFixed(2))} s TTFT`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "?";
}

/** Models matching every constraint, sorted as asked (newest first by default). */
export function answerFilter(
  catalog: Catalog,
  facts: ModelFacts,
  orders: (key: SortKey, org?: string) => readonly ModelRecord[],
  query: string,
  filters: Filters,
  count: number,
  offset = 0,
): Answer {
  const key = sortKeyFor(filters);
  const order = orders(key, filters.orgs?.length === 1 ? filters.orgs[0] : undefined);
  let selected = selectModels(order, filters, facts, offset + count);
  // A maker of no text LLM ("Black Forest Labs models", "Voyage models"): its models of any kind,
  // rather than "no model matches".
  if (selected.total === 0 && filters.orgs?.length && !filters.kinds?.length) {
    selected = selectModels(order, { ...filters, kinds: [...ALL_KINDS] }, facts, offset + count);
  }
  const { total, atLeast } = selected;
  const shown = selected.shown.slice(offset);
  const constraint = describeFilters(filters) || "all models";
  // Ranked by measured speed: the measurement is the column that explains the order.
  const bySpeed = filters.sort === "speed-desc" || filters.sort === "latency-asc";
  const rows = shown.map((r) => {
    const f = facts(r);
    return [
      r.name,
      f.context === undefined ? "?" : formatCount(f.context),
      priceCell(f, filters.maxInputPrice === 0),
      bySpeed ? speedCell(f) : f.release === undefined ? "?" : formatDate(f.release),
      f.openWeights === undefined ? "?" : f.openWeights ? "open" : "closed",
    ];
  });
  const citations: Citation[] = [...new Set(shown.flatMap((r) => r.sources))]
    .slice(0, 6)
    .flatMap((s) => {
      const info = catalog.sources.get(s);
      return info ? [citeSource(catalog, { source: s, asOf: info.asOf })] : [];
    });
  const freeNote = key === "price-asc" ? freeOnlyNote(order, filters, facts, shown) : undefined;
  return makeAnswer(query, {
    intent: "filter",
    models: shown.map((r) => r.id),
    title: `Models: ${constraint}`,
    summary:
      total === 0
        ? `No model in the catalog matches: ${constraint}.`
        : shown.length === 0
          ? `That was all: ${total} model${total === 1 ? "" : "s"} match (${constraint}).`
          : `${atLeast ? "At least " : ""}${total} model${total === 1 ? "" : "s"} match (${constraint})${total > shown.length ? `; showing ${offset > 0 ? `${offset + 1}–${offset + shown.length}` : shown.length}` : ""}.`,
    blocks:
      shown.length > 0
        ? [
            {
              kind: "table",
              columns: [
                "Model",
                "Context",
                "Price per 1M (in/out)",
                bySpeed ? "Best measured speed" : "Released",
                "Weights",
              ],
              rows,
            },
            ...(freeNote ? [{ kind: "text" as const, text: freeNote }] : []),
          ]
        : freeNote
          ? [{ kind: "text", text: freeNote }]
          : [],
    citations,
    data: {
      table: {
        columns: ["model", "name", "context", "input", "output", "release", "openWeights"],
        rows: shown.map((r) => {
          const f = facts(r);
          return {
            model: r.id,
            name: r.name,
            context: f.context ?? null,
            input: f.inputPrice ?? null,
            output: f.outputPrice ?? null,
            release: f.release ?? null,
            openWeights: f.openWeights ?? null,
            ...(bySpeed
              ? { tokensPerSecond: f.speed ?? null, firstTokenSeconds: f.firstToken ?? null }
              : {}),
          };
        }),
      },
      page: {
        offset,
        shown: shown.length,
        total: atLeast ? null : total,
        more: atLeast || offset + shown.length < total,
      },
    },
  });
}

/** "free at OpenRouter, Vercel +2": where a model is listed at $0, at most two names. */
function freeAtText(freeAt: readonly string[]): string {
  const more = freeAt.length > 2 ? ` +${freeAt.length - 2}` : "";
  return `free at ${freeAt.slice(0, 2).join(", ")}${more}`;
}

/** A list row's price: the lead (paid) price; in a list of free models, where it is free. */
function priceCell(f: EffectiveFacts, freeList: boolean): string {
  if ((freeList || f.freeOnly) && f.freeAt.length > 0) return freeAtText(f.freeAt);
  if (f.inputPrice === undefined) return "?";
  return formatPrice(f.inputPrice, f.outputPrice ?? 0).replace(" per 1M tokens", "");
}

/** How many $0-only models a "cheapest" answer names beside its ranking. */
const FREE_NOTE_NAMES = 5;

/**
 * "Cheapest" ranks paid prices; models whose only listings are at $0 come after all of them, so
 * the matching ones not on this page are named here instead of being lost or winning.
 */
function freeOnlyNote(
  order: readonly ModelRecord[],
  filters: Filters,
  facts: ModelFacts,
  shown: readonly ModelRecord[],
): string | undefined {
  const onPage = new Set(shown);
  const rest = freeOnlyMatches(order, filters, facts).filter((r) => !onPage.has(r));
  if (rest.length === 0) return undefined;
  const names = rest
    .slice(0, FREE_NOTE_NAMES)
    .map((r) => `${r.name} (${freeAtText(facts(r).freeAt)})`);
  const more = rest.length > FREE_NOTE_NAMES ? `, and ${rest.length - FREE_NOTE_NAMES} more` : "";
  return `Not ranked by price, listed only at $0 (free tiers or promotions, usually rate-limited): ${names.join(", ")}${more}.`;
}

/** 2 to 4 models side by side: on one field, one benchmark, or the headline facts. */
export function answerCompare(
  catalog: Catalog,
  boards: Leaderboards,
  query: string,
  models: ModelRecord[],
  field: FieldKey | undefined,
  benchmark: string | undefined,
  /** Several topics asked at once ("on price and context"); `field` is the main one. */
  asked: FieldKey[] = field ? [field] : [],
): Answer {
  const citations: Citation[] = [];
  const facts: DataFact[] = [];
  const scores: Record<string, string | number | null>[] = [];
  let rows: string[][];
  let topic: string;
  if (benchmark) {
    topic = catalog.benchmarks.get(benchmark)?.name ?? benchmark;
    // A suite ("livebench") shows its average and each category the models have results on.
    rows = compareGroups(catalog, benchmark).flatMap((id, i) => {
      const info = catalog.benchmarks.get(id);
      const unit = info?.unit ?? "score";
      const cells = models.map((m) => {
        const first = boards.entriesFor(m, id)[0];
        if (first) citations.push(citeSource(catalog, first.entry.result));
        scores.push({
          model: m.id,
          benchmark: id,
          score: first?.entry.result.score ?? null,
          rank: first?.entry.rank ?? null,
          unit,
          source: first?.entry.result.source ?? null,
          asOf: first?.entry.result.asOf ?? null,
        });
        return first
          ? `${formatScore(first.entry.result.score, unit)} (#${first.entry.rank})`
          : "no result";
      });
      if (i > 0 && cells.every((c) => c === "no result")) return [];
      return [[info?.name ?? id, ...cells]];
    });
  } else {
    const fields: FieldKey[] =
      asked.length > 0
        ? asked
        : [
            "organization",
            "release_date",
            "context_length",
            "max_output",
            "pricing",
            "parameters",
            "open_weights",
            "reasoning",
            "vision",
            "function_calling",
          ];
    topic =
      asked.length > 0 ? asked.map((f) => FIELD_LABELS[f].toLowerCase()).join(", ") : "key facts";
    rows = fields.map((f) => [
      FIELD_LABELS[f],
      ...models.map((m) => {
        const v = describeField(catalog, m, f);
        facts.push(factData(m, f, v));
        citations.push(...v.citations.slice(0, 1));
        // The lead offer only, with its unit: a price without "per 1M tokens" is no price.
        return f === "pricing" && v.known ? v.text.replace(/; cheapest.*$/, "") : v.text;
      }),
    ]);
  }
  const names = models.map((m) => m.name);
  const title = `${names.join(" vs ")}: ${topic}`;
  const chart = benchmark ? compareChart(catalog, boards, models, benchmark, title) : undefined;
  return makeAnswer(query, {
    intent: "compare",
    models: models.map((m) => m.id),
    field: field ?? null,
    benchmark: benchmark ?? null,
    title,
    summary:
      rows.length === 1
        ? `${topic}: ${models.map((m, i) => `${m.name} ${rows[0]?.[i + 1]}`).join("; ")}`
        : `Comparing ${names.join(", ")} on ${topic}.`,
    blocks: [{ kind: "table", columns: ["", ...names], rows }],
    citations,
    ...(chart ? { chart } : {}),
    data: benchmark
      ? {
          table: {
            columns: ["model", "benchmark", "score", "rank", "unit", "source", "asOf"],
            rows: scores,
          },
        }
      : { facts },
  });
}
