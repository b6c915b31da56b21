import { parentPort } from "node:worker_threads";
import type { Chart } from "../../core/chart/types.ts";
import { renderChart } from "./render.ts";

/**
 * Draws charts on a worker thread (see isolated.ts for why): one message in, one out. Vega-Lite
 * patches Set.prototype when it loads; here that patch stays inside this thread's own globals.
 */
parentPort?.on("message", async (message: { id: number; chart: Chart }) => {
  try {
    const { svg, png, width, height } = await renderChart(message.chart);
    parentPort?.postMessage({ id: message.id, ok: true, svg, png, width, height });
  } catch (err) {
    parentPort?.postMessage({
      id: message.id,
      ok: false,
      error: (err as Error).message ?? String(err),
    });
  }
});
