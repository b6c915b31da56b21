/**
 * Platform-neutral chart specs. An answer with a natural picture carries one next to its text;
 * the renderer (src/render/chart) turns it into SVG and PNG. Everything a reader needs to trust
 * the picture travels in the spec itself: title, axis units, source and as-of date.
 */

/** What every chart states in the picture itself. */
export interface ChartFrame {
  title: string;
  /** One more line under the title: the board, release or filter shown. */
  subtitle?: string;
  /** "LiveBench" or "OpenRouter, models.dev": who published the numbers. */
  source: string;
  /** The newest as-of date of the numbers shown (YYYY-MM-DD). */
  asOf: string;
}

/** A top-N board: one bar per model, best first. */
export interface BarChart extends ChartFrame {
  kind: "bar";
  /** Axis title with its unit, e.g. "Score (%)". */
  valueAxis: string;
  /** The scale's natural end: 100 for percentages, undefined to fit the data. */
  max?: number;
  bars: { label: string; value: number; display: string; detail?: string }[];
}

/** A compare on benchmarks: one group per benchmark or category, one colour per model. */
export interface GroupedBarChart extends ChartFrame {
  kind: "grouped-bar";
  valueAxis: string;
  max?: number;
  /** Group labels in display order. */
  groups: string[];
  /** Series (models) in display order; each gets one colour. */
  series: string[];
  values: { group: string; series: string; value: number; display: string }[];
}

/** Price against score: every model a labelled point, the Pareto front marked. */
export interface ScatterChart extends ChartFrame {
  kind: "scatter";
  xAxis: string;
  yAxis: string;
  /** Prices span orders of magnitude: a log axis keeps the cheap models apart. */
  xLog: boolean;
  points: { label: string; x: number; y: number; front: boolean }[];
}

/** A model's score (or a family's) across a benchmark's releases. */
export interface LineChart extends ChartFrame {
  kind: "line";
  valueAxis: string;
  max?: number;
  series: string[];
  /** x is a release date (YYYY-MM-DD). */
  points: { series: string; x: string; y: number; display: string }[];
}

/** A model's providers, cheapest first: input and output price per 1M tokens. */
export interface PriceLadderChart extends ChartFrame {
  kind: "price-ladder";
  valueAxis: string;
  rows: { label: string; input: number; output: number }[];
}

export type Chart = BarChart | GroupedBarChart | ScatterChart | LineChart | PriceLadderChart;
export type ChartKind = Chart["kind"];
