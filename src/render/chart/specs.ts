import type { TopLevelSpec } from "vega-lite";
import { formatDate, formatUsd } from "../../core/answer/format.ts";
import type {
  BarChart,
  Chart,
  ChartFrame,
  GroupedBarChart,
  LineChart,
  PriceLadderChart,
  ScatterChart,
} from "../../core/chart/types.ts";
import { measureText, shorten, wrap } from "./font.ts";
import { placeLabels } from "./place-labels.ts";
import { CONFIG, INK, MUTED, PADDING, PALETTE, SCALE, TEXT, WIDTH } from "./style.ts";

export { SCALE, TEXT };

/** Room for the text inside the padding. */
const INNER = WIDTH - 2 * PADDING;
/** Axis labels (model and provider names) longer than this are shortened with an ellipsis. */
const LABEL_MAX = 230;
const LEGEND_MAX = 250;
/** Height of one bar's band in px. */
const BAR_STEP = 30;

/** "Source: … · as of 24 Jul 2026", wrapped, the date never split from its "as of". */
function sourceLines(frame: ChartFrame): string[] {
  const lines = wrap(`Source: ${frame.source}`, INNER, TEXT.subtitle);
  const date = `as of ${formatDate(frame.asOf)}`;
  const last = lines[lines.length - 1] ?? "";
  if (measureText(`${last} · ${date}`, TEXT.subtitle) <= INNER) {
    lines[lines.length - 1] = `${last} · ${date}`;
  } else lines.push(date);
  return lines;
}

/** Title (up to two lines), subtitle, and the source and as-of date line, in the picture. */
function titleOf(frame: ChartFrame) {
  const sub = [
    ...(frame.subtitle ? wrap(frame.subtitle, INNER, TEXT.subtitle) : []),
    ...sourceLines(frame),
  ];
  return { text: wrap(frame.title, INNER, TEXT.title, true), subtitle: sub };
}

/** A Vega expression picking the i-th of `labels` (axis and legend labels by index). */
const pick = (labels: string[]) => `${JSON.stringify(labels)}[datum.value]`;

/** Width the y-axis labels take, measured, so the plot and bar-end text can be laid out. */
function labelArea(labels: string[]): number {
  return Math.max(...labels.map((l) => measureText(l, TEXT.label)), 0) + 14;
}

/**
 * The end of the value scale: the data's natural end (100 for percentages), stretched where
 * needed so the text after each bar ends inside the plot rather than off the picture.
 */
function domainEnd(
  rows: { value: number; text: number }[],
  plot: number,
  natural: number | undefined,
): number {
  const top = Math.max(...rows.map((r) => r.value), 0);
  let end = natural ?? top * 1.02;
  for (const r of rows) {
    const room = plot - r.text - 12;
    if (room > 0) end = Math.max(end, (r.value * plot) / room);
  }
  return end || 1;
}

/** Axis ticks that stop at the natural end (no "120 %" on a percentage scale). */
const ticksTo = (max: number | undefined) =>
  max === undefined ? {} : { values: [0, 0.2, 0.4, 0.6, 0.8, 1].map((f) => f * max) };

/** The band axis of horizontal bars: one row per label, by index (two labels may read alike). */
function bandY(labels: string[], paddingInner?: number) {
  return {
    field: "i",
    type: "ordinal" as const,
    sort: null,
    axis: { title: null, labelExpr: pick(labels), labelLimit: LABEL_MAX + 10, ticks: false },
    ...(paddingInner === undefined ? {} : { scale: { paddingInner } }),
  };
}

/** The value axis of horizontal bars, from 0 to `end`. */
function valueX(title: string, end: number, axis: object) {
  return {
    field: "value",
    type: "quantitative" as const,
    title,
    scale: { domain: [0, end], nice: false },
    axis,
  };
}

/** Each bar's value written just past its end. */
function valueText(bold: boolean) {
  return {
    mark: {
      type: "text" as const,
      align: "left" as const,
      dx: 6,
      fontSize: TEXT.mark,
      color: INK,
      ...(bold ? { fontWeight: "bold" as const } : {}),
    },
    encoding: {
      x: { field: "value", type: "quantitative" as const },
      text: { field: "display" },
    },
  };
}

function barSpec(c: BarChart): TopLevelSpec {
  const labels = c.bars.map((b) => shorten(b.label, LABEL_MAX, TEXT.label));
  const plot = INNER - labelArea(labels);
  const rows = c.bars.map((b, i) => ({
    i,
    value: b.value,
    display: b.display,
    text: measureText(b.display, TEXT.mark, true),
  }));
  const end = domainEnd(rows, plot, c.max);
  // What produced the score (variant, source) is written inside its bar, cut to the bar's length.
  const data = c.bars.map((b, i) => ({
    ...rows[i],
    detail: b.detail ? shorten(b.detail, (b.value / end) * plot - 16, TEXT.mark) : "",
  }));
  const y = bandY(labels);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    title: titleOf(c),
    width: plot,
    height: { step: BAR_STEP },
    data: { values: data },
    encoding: { y },
    layer: [
      {
        mark: { type: "bar", color: PALETTE[0], cornerRadiusEnd: 2 },
        encoding: { x: valueX(c.valueAxis, end, ticksTo(c.max)) },
      },
      valueText(true),
      {
        mark: { type: "text", align: "left", dx: 8, color: "#ffffff", fontSize: TEXT.mark },
        encoding: { x: { datum: 0, type: "quantitative" }, text: { field: "detail" } },
      },
    ],
  } as TopLevelSpec;
}

function groupedSpec(c: GroupedBarChart): TopLevelSpec {
  const groups = c.groups.map((g) => shorten(g, LABEL_MAX, TEXT.label));
  const series = c.series.map((s) => shorten(s, LEGEND_MAX, TEXT.label));
  const plot = INNER - labelArea(groups);
  const rows = c.values.map((v) => ({
    i: c.groups.indexOf(v.group),
    s: c.series.indexOf(v.series),
    value: v.value,
    display: v.display,
    text: measureText(v.display, TEXT.mark, true),
  }));
  const end = domainEnd(rows, plot, c.max);
  const band = c.series.length * 22 + 16;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    title: titleOf(c),
    width: plot,
    height: c.groups.length * band,
    data: { values: rows },
    encoding: {
      y: bandY(groups, 0.2),
      yOffset: { field: "s", type: "ordinal", sort: null },
    },
    layer: [
      {
        mark: { type: "bar", cornerRadiusEnd: 2 },
        encoding: {
          x: valueX(c.valueAxis, end, ticksTo(c.max)),
          color: {
            field: "s",
            type: "nominal",
            sort: null,
            scale: { range: PALETTE },
            // Two columns at most: a legend wider than the plot would widen the picture and shrink its text.
            legend: { labelExpr: pick(series), columns: 2 },
          },
        },
      },
      valueText(false),
    ],
  } as TopLevelSpec;
}

function ladderSpec(c: PriceLadderChart): TopLevelSpec {
  const labels = c.rows.map((r) => shorten(r.label, LABEL_MAX, TEXT.label));
  const plot = INNER - labelArea(labels);
  const rows = c.rows.flatMap((r, i) =>
    (["Input", "Output"] as const).map((kind, k) => {
      const value = k === 0 ? r.input : r.output;
      const display = formatUsd(value);
      return { i, kind, value, display, text: measureText(display, TEXT.mark, true) };
    }),
  );
  const end = domainEnd(rows, plot, undefined);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    title: titleOf(c),
    width: plot,
    height: c.rows.length * 56,
    data: { values: rows },
    encoding: {
      y: bandY(labels, 0.2),
      yOffset: { field: "kind", type: "nominal", sort: ["Input", "Output"] },
    },
    layer: [
      {
        mark: { type: "bar", cornerRadiusEnd: 2 },
        encoding: {
          x: valueX(c.valueAxis, end, { format: "$.3~r", tickCount: 6 }),
          color: {
            field: "kind",
            type: "nominal",
            sort: ["Input", "Output"],
            scale: { domain: ["Input", "Output"], range: [PALETTE[0], PALETTE[1]] },
            legend: { labelExpr: "datum.value + ' tokens'" },
          },
        },
      },
      valueText(false),
    ],
  } as TopLevelSpec;
}

function lineSpec(c: LineChart): TopLevelSpec {
  const series = c.series.map((s) => shorten(s, LEGEND_MAX, TEXT.label));
  const rows = c.points.map((p) => ({
    s: c.series.indexOf(p.series),
    x: p.x,
    y: p.y,
    display: p.display,
  }));
  const lone = c.series.length === 1;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    title: titleOf(c),
    width: INNER - 70,
    height: 340,
    data: { values: rows },
    encoding: {
      x: {
        field: "x",
        type: "temporal",
        title: "Release date",
        axis: { format: "%b %Y", labelAngle: 0, tickCount: 5 },
      },
      y: {
        field: "y",
        type: "quantitative",
        title: c.valueAxis,
        scale: { zero: false, nice: true },
      },
      color: {
        field: "s",
        type: "nominal",
        sort: null,
        scale: { range: PALETTE },
        legend: lone ? null : { labelExpr: pick(series), columns: 2 },
      },
    },
    layer: [
      { mark: { type: "line", strokeWidth: 3, point: { size: 90, filled: true } } },
      ...(lone
        ? [
            {
              mark: { type: "text" as const, dy: -14, fontSize: TEXT.mark, color: INK },
              encoding: { text: { field: "display" } },
            },
          ]
        : []),
    ],
  } as TopLevelSpec;
}

const SCATTER_HEIGHT = 420;
const MARKER_RADIUS = 7;

function scatterSpec(c: ScatterChart): TopLevelSpec {
  const width = INNER - 80;
  const height = SCATTER_HEIGHT;
  const xs = c.points.map((p) => p.x);
  const ys = c.points.map((p) => p.y);
  // Explicit domains, so the labels can be placed in the same pixels the points land on.
  const x0 = c.xLog ? Math.min(...xs) / 1.5 : Math.min(...xs) - 1;
  const x1 = c.xLog ? Math.max(...xs) * 1.5 : Math.max(...xs) + 1;
  const y0 = Math.floor(Math.min(...ys) - 3);
  const y1 = Math.ceil(Math.max(...ys) + 3);
  const px = (v: number) =>
    c.xLog
      ? ((Math.log(v) - Math.log(x0)) / (Math.log(x1) - Math.log(x0))) * width
      : ((v - x0) / (x1 - x0)) * width;
  const py = (v: number) => height - ((v - y0) / (y1 - y0)) * height;
  const unpx = (p: number) =>
    c.xLog
      ? Math.exp(Math.log(x0) + (p / width) * (Math.log(x1) - Math.log(x0)))
      : x0 + (p / width) * (x1 - x0);
  const unpy = (p: number) => y0 + ((height - p) / height) * (y1 - y0);
  const rows = c.points.map((p) => ({
    x: p.x,
    y: p.y,
    front: p.front ? "Pareto front" : "Other models",
    label: shorten(p.label, 170, TEXT.mark, p.front),
  }));
  // The front's labels first, then the others best score first: the ones a reader wants most.
  const order = rows
    .map((_r, i) => i)
    .sort(
      (a, b) =>
        Number(rows[b]?.front === "Pareto front") - Number(rows[a]?.front === "Pareto front") ||
        (rows[b]?.y ?? 0) - (rows[a]?.y ?? 0),
    );
  const requests = order.map((i) => {
    const r = rows[i] as (typeof rows)[number];
    return {
      x: px(r.x),
      y: py(r.y),
      width: measureText(r.label, TEXT.mark, r.front === "Pareto front"),
      height: TEXT.mark * 1.2,
      // The front's step line leaves each of its points to the right: label those on the left.
      leftFirst: r.front === "Pareto front",
    };
  });
  const placements = placeLabels(requests, { width, height }, MARKER_RADIUS);
  const labels = order.flatMap((i, k) => {
    const at = placements[k];
    const r = rows[i];
    return at && r ? [{ lx: unpx(at.cx), ly: unpy(at.cy), label: r.label, front: r.front }] : [];
  });
  const front = rows.filter((r) => r.front === "Pareto front").sort((a, b) => a.x - b.x);
  const x = {
    field: "x",
    type: "quantitative" as const,
    title: c.xAxis,
    scale: { type: c.xLog ? ("log" as const) : ("linear" as const), domain: [x0, x1], nice: false },
    axis: { format: "$.3~r", labelFlush: true },
  };
  const y = {
    field: "y",
    type: "quantitative" as const,
    title: c.yAxis,
    scale: { domain: [y0, y1], nice: false },
  };
  const kinds = ["Pareto front", "Other models"];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    title: titleOf(c),
    width,
    height,
    layer: [
      {
        data: { values: front },
        mark: {
          type: "line",
          interpolate: "step-after",
          color: PALETTE[4],
          strokeDash: [6, 4],
          strokeWidth: 2,
        },
        encoding: { x, y },
      },
      {
        data: { values: rows },
        mark: { type: "point", size: 110, strokeWidth: 2, opacity: 1 },
        encoding: {
          x,
          y,
          color: {
            field: "front",
            type: "nominal",
            scale: { domain: kinds, range: [PALETTE[4], "#7f7f7f"] },
          },
          shape: {
            field: "front",
            type: "nominal",
            scale: { domain: kinds, range: ["diamond", "circle"] },
          },
          fill: {
            field: "front",
            type: "nominal",
            scale: { domain: kinds, range: [PALETTE[4], "#ffffff"] },
            legend: null,
          },
        },
      },
      {
        data: { values: labels.filter((l) => l.front === "Pareto front") },
        mark: {
          type: "text",
          fontSize: TEXT.mark,
          fontWeight: "bold",
          color: INK,
          baseline: "middle",
        },
        encoding: { x: { ...x, field: "lx" }, y: { ...y, field: "ly" }, text: { field: "label" } },
      },
      {
        data: { values: labels.filter((l) => l.front !== "Pareto front") },
        mark: { type: "text", fontSize: TEXT.mark, color: MUTED, baseline: "middle" },
        encoding: { x: { ...x, field: "lx" }, y: { ...y, field: "ly" }, text: { field: "label" } },
      },
    ],
  } as TopLevelSpec;
}

/** The Vega-Lite spec of a chart. */
export function toVegaLite(chart: Chart): TopLevelSpec {
  switch (chart.kind) {
    case "bar":
      return barSpec(chart);
    case "grouped-bar":
      return groupedSpec(chart);
    case "price-ladder":
      return ladderSpec(chart);
    case "line":
      return lineSpec(chart);
    case "scatter":
      return scatterSpec(chart);
  }
}
