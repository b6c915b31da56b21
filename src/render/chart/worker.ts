import { parentPort } from "node:worker_threads";
import type { Chart } from "../../core/chart/types.ts";
import { renderChart } from "./render.ts";

/**
 * Draws charts on a worker thread (see isolated.ts for why): one message in, one out. Vega-Lite
 * patches Set.prototype when it loads; here that patch stays inside this thread's own globals.
 */
// One chart at a time: drawn side by side, a burst of charts held all their scene graphs, SVGs
// and pixel buffers at once; in turn, each chart's are garbage before the next begins.
let queue: Promise<void> = Promise.resolve();

parentPort?.on("message", (message: { id: number; chart: Chart }) => {
  queue = queue.then(() => draw(message));
});

async function draw(message: { id: number; chart: Chart }): Promise<void> {
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
}
