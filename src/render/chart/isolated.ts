import { Worker } from "node:worker_threads";
import type { Chart } from "../../core/chart/types.ts";
import type { RenderedChart } from "./render.ts";

/**
 * Charts for the bot's front doors, drawn on a worker thread. Vega-Lite sets Set.prototype.toJSON
 * when it is imported; in the bot's own thread that broke discord.js (its event emitter's inspect
 * module fails to load: 'string "Set()" is not iterable') and would change how every Set in a
 * log line or stored value is written. A worker has its own globals, so the patch stays there;
 * the drawing's CPU time is off the event loop too. The worker starts on the first chart and is
 * unref'd, so an idle one never keeps the process alive.
 */
const RENDER_TIMEOUT_MS = 15_000;
/**
 * Charts waiting for the worker at most. One chart takes tens of milliseconds to draw (hundreds
 * on a busy machine); a flood of questions whose answers carry charts (the soak benchmark: every
 * "and its price?") queued thousands, each holding its answer in flight, and kept the worker's
 * memory climbing as timed-out workers were replaced. Past this many the chart is refused at
 * once: the adapters then send the text answer alone, as for any chart that fails.
 */
export const MAX_QUEUED_CHARTS = 16;

type Reply =
  | { id: number; ok: true; svg: string; png: Uint8Array; width: number; height: number }
  | { id: number; ok: false; error: string };

interface Pending {
  resolve: (r: RenderedChart) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * The worker's heap, capped so V8 collects it as it goes: uncapped, a burst of charts let it grow
 * to about 1 GB before a collection (the heap of a worker is sized like a whole process's). One
 * chart needs a few MB; a chart that would need more than this ends the worker, its charts fail
 * (the text answers stand) and the next chart starts a new worker.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

/**
 * The worker's entry beside this file: worker.js when built; when running from source (tests,
 * `npm run dev`), worker.ts loaded through tsx's loader, which the worker registers first (a
 * worker does not take `--import` from execArgv on Node 20).
 */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith(".ts");
  const entry = new URL(fromSource ? "./worker.ts" : "./worker.js", import.meta.url);
  const w = fromSource
    ? new Worker(
        `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`,
        { eval: true, resourceLimits: WORKER_LIMITS },
      )
    : new Worker(entry, { resourceLimits: WORKER_LIMITS });
  w.unref();
  w.on("message", (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    clearTimeout(p.timer);
    if (reply.ok) {
      const png = Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength);
      p.resolve({ svg: reply.svg, png, width: reply.width, height: reply.height });
    } else {
      p.reject(new Error(`chart not drawn: ${reply.error}`));
    }
  });
  const fail = (err: Error) => {
    if (worker === w) worker = undefined;
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.reject(err);
      pending.delete(id);
    }
  };
  w.on("error", fail);
  w.on("exit", (code) => fail(new Error(`chart worker exited (${code})`)));
  return w;
}

/**
 * Draws a chart as SVG and PNG on the chart worker; rejects after RENDER_TIMEOUT_MS, and at once
 * when MAX_QUEUED_CHARTS are already waiting.
 */
export function renderChartIsolated(chart: Chart): Promise<RenderedChart> {
  if (pending.size >= MAX_QUEUED_CHARTS) {
    return Promise.reject(new Error(`chart not drawn: ${MAX_QUEUED_CHARTS} charts already queued`));
  }
  worker ??= startWorker();
  const w = worker;
  const id = nextId++;
  return new Promise<RenderedChart>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error(`chart not drawn within ${RENDER_TIMEOUT_MS} ms`));
      // A worker stuck on one chart is replaced for the next.
      if (worker === w) worker = undefined;
      void w.terminate();
    }, RENDER_TIMEOUT_MS);
    timer.unref();
    pending.set(id, { resolve, reject, timer });
    w.postMessage({ id, chart });
  });
}

/**
 * Ends the chart worker, if one started. A command that is done calls it: run from source, the
 * worker's TypeScript loader keeps a helper process that held the CLI open after its answer.
 */
export async function stopChartWorker(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (w !== undefined) await w.terminate();
}
