import type { Catalog } from "../src/core/catalog/catalog.ts";
import type { Chart } from "../src/core/chart/types.ts";
import { createEngine } from "../src/core/engine/create.ts";
import { renderChart } from "../src/render/chart/render.ts";
import type { BenchOptions } from "./options.ts";
import { type Percentiles, summarize } from "./stats.ts";

/** One question per chart kind, the forms the issue names. */
export const CHART_QUESTIONS = [
  "top 10 on livebench coding",
  "compare gpt-5 and claude opus 4.5 on livebench",
  "price vs livebench score for open weights models",
  "gpt-4o livebench history",
  "gpt-4o price",
] as const;

export interface ChartRun {
  /** Renders per question (after warm-up). */
  runs: number;
  /** Spec → Vega-Lite → Vega → SVG → PNG, per chart kind and over all, in ms. */
  byKind: {
    kind: Chart["kind"];
    question: string;
    width: number;
    timing: Percentiles;
    cpu: Percentiles;
  }[];
  all: Percentiles;
  /**
   * CPU time (user + system of this process) per render: on a machine shared with other work,
   * wall time counts the waits for a core, CPU time what one render costs.
   */
  cpu: Percentiles;
}

/**
 * Chart render time: each question's chart drawn to PNG `runs` times after two warm-up renders
 * (the first loads the fonts and compiles Vega's code paths), one at a time, as a front door
 * draws them after sending the text answer.
 */
export async function benchCharts(
  catalog: Catalog,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<ChartRun> {
  const engine = createEngine(catalog);
  const runs = options.quick ? 10 : 40;
  const byKind: ChartRun["byKind"] = [];
  const all: number[] = [];
  const allCpu: number[] = [];
  for (const question of CHART_QUESTIONS) {
    const chart = engine.ask(question).chart;
    if (chart === undefined) throw new Error(`no chart for "${question}"`);
    let width = 0;
    for (let i = 0; i < 2; i++) width = (await renderChart(chart)).width;
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c = process.cpuUsage();
      const t = performance.now();
      await renderChart(chart);
      samples.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpuSamples.push((used.user + used.system) / 1000);
    }
    all.push(...samples);
    allCpu.push(...cpuSamples);
    const timing = summarize(samples);
    const cpu = summarize(cpuSamples);
    byKind.push({ kind: chart.kind, question, width, timing, cpu });
    log(
      `chart ${chart.kind}: p50 ${timing.p50.toFixed(0)} ms, p99 ${timing.p99.toFixed(0)} ms (cpu p50 ${cpu.p50.toFixed(0)} ms)`,
    );
  }
  return { runs, byKind, all: summarize(all), cpu: summarize(allCpu) };
}
