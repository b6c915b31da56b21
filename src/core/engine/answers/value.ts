import { citeSource } from "../../answer/cite.ts";
import { formatPrice, formatScore, formatUsd } from "../../answer/format.ts";
import type { Answer } from "../../answer/types.ts";
import type { Catalog } from "../../catalog/catalog.ts";
import { newest, scoreAxis, sourceNames } from "../../chart/frame.ts";
import { blendedPrice, paretoFront } from "../../chart/pareto.ts";
import type { ScatterChart } from "../../chart/types.ts";
import type { Filters } from "../filters.ts";
import { chooseBoard, type Leaderboards } from "../leaderboard.ts";
import { makeAnswer } from "./base.ts";
import { boardLabel } from "./board-text.ts";
import { leadPrice } from "./offers.ts";
import { describeFilters, filterFor, type ModelFacts } from "./select.ts";

/** Points past this many crowd the picture; the best scorers are kept. */
const MAX_POINTS = 40;

/**
 * Price against score on a benchmark's leaderboard: "price vs livebench for open weights
 * models", "best value on livebench coding". Each model's price is the one its answers lead with
 * (the maker's, else the cheapest paid offer), blended 3:1 input to output; models without a paid
 * price are left out. The answer lists the Pareto front, cheapest first: the models no other is
 * both cheaper and better than.
 */
export function answerValue(
  catalog: Catalog,
  boards: Leaderboards,
  facts: ModelFacts,
  query: string,
  benchmark: string,
  filters: Filters,
  count: number,
): Answer {
  const info = catalog.benchmarks.get(benchmark);
  const name = info?.name ?? benchmark;
  const unit = info?.unit ?? "score";
  const { board } = chooseBoard(boards, benchmark);
  const constraint = describeFilters(filters);
  const label = board ? boardLabel(catalog, board) : name;
  const title = `Price vs score on ${label}${constraint ? ` (${constraint})` : ""}`;
  const keep = filterFor(filters, facts);
  const priced = (board?.entries ?? [])
    .filter((e) => keep(e.record))
    .flatMap((e) => {
      const offer = leadPrice(e.record);
      if (offer === undefined || (offer.price.input === 0 && offer.price.output === 0)) return [];
      return [
        {
          entry: e,
          offer,
          price: blendedPrice(offer.price.input, offer.price.output),
          score: e.result.score,
        },
      ];
    })
    .slice(0, MAX_POINTS);
  if (board === undefined || priced.length === 0) {
    const summary = board
      ? `No model${constraint ? ` matching ${constraint}` : ""} on ${label} has a price in the catalog.`
      : `No ${name} results in the catalog.`;
    return makeAnswer(query, {
      intent: "top",
      benchmark,
      title,
      summary,
      blocks: [{ kind: "text", text: summary }],
    });
  }
  const front = paretoFront(priced, info?.higherIsBetter ?? true);
  const onFront = new Set(front);
  const shown = front.slice(-count);
  const best = front[front.length - 1];
  const cheapest = front[0];
  const fmt = (n: number) => formatScore(n, unit);
  const rows = shown.map((p) => [
    p.entry.record.name,
    fmt(p.score),
    formatUsd(p.price),
    formatPrice(p.offer.price.input, p.offer.price.output).replace(" per 1M tokens", ""),
    p.offer.providerName,
  ]);
  const priceSources = priced.map((p) => p.offer.source);
  const chart: ScatterChart | undefined =
    priced.length >= 2
      ? {
          kind: "scatter",
          title,
          subtitle: "Filled and labelled in bold: the best score for the money (Pareto front)",
          source: `${sourceNames(catalog, [board.source])} (scores); ${sourceNames(catalog, priceSources)} (prices)`,
          asOf: newest([board.asOf, ...priced.map((p) => p.offer.asOf)]),
          xAxis: "Price, USD per 1M tokens (3:1 input:output blend, log scale)",
          yAxis: scoreAxis(info),
          xLog: true,
          points: priced.map((p) => ({
            label: p.entry.record.name,
            x: p.price,
            y: p.score,
            front: onFront.has(p),
          })),
        }
      : undefined;
  return makeAnswer(query, {
    intent: "top",
    benchmark,
    models: shown.map((p) => p.entry.record.id),
    title,
    summary:
      best && cheapest && best !== cheapest
        ? `Best value on ${name}: ${cheapest.entry.record.name} scores ${fmt(cheapest.score)} at ${formatUsd(cheapest.price)} per 1M tokens (blended); ${best.entry.record.name} tops the front with ${fmt(best.score)} at ${formatUsd(best.price)}.`
        : `Best value on ${name}: ${best?.entry.record.name} scores ${fmt(best?.score ?? 0)} at ${formatUsd(best?.price ?? 0)} per 1M tokens (blended), cheaper than every model that scores higher.`,
    blocks: [
      {
        kind: "text",
        text: `${front.length} of ${priced.length} priced models are on the price–score front: none is both cheaper and better. Prices are blended 3:1 input to output.`,
      },
      {
        kind: "table",
        columns: ["Model", "Score", "Blended $/1M", "Price per 1M (in/out)", "Price from"],
        rows,
      },
    ],
    followUps: [{ label: `Top 10 on ${name}`.slice(0, 60), query: `top 10 on ${benchmark}` }],
    citations: [
      citeSource(catalog, { source: board.source, asOf: board.asOf }),
      ...shown.map((p) => citeSource(catalog, p.offer)),
    ],
    ...(chart ? { chart } : {}),
  });
}
