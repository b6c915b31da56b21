import { existsSync } from "node:fs";
import { join } from "node:path";
import type { LoadReport } from "./child-load.ts";
import { ROOT, timeSpawn } from "./spawn.ts";
import { median } from "./stats.ts";

/** Median of several fresh-process loads of one data directory (or "-" for none). */
export interface LoadRun {
  label: string;
  runs: number;
  records: number;
  loadMs: number;
  indexMs: number;
  firstAskMs: number;
  /** Load + index + first answer: everything before the first question is answered. */
  readyMs: number;
  /** Heap after load and gc, with the catalog only, and with the engine built and warm. */
  catalogHeapMB: number;
  heapMB: number;
  rssMB: number;
}

const MB = 1024 * 1024;

/** Loads `dataDir` in `runs` fresh node processes (--expose-gc) and takes medians. */
export async function measureLoad(label: string, dataDir: string, runs: number): Promise<LoadRun> {
  const reports: LoadReport[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await timeSpawn(process.execPath, [
      "--expose-gc",
      "--max-old-space-size=4096",
      "--import",
      "tsx",
      join("bench", "child-load.ts"),
      dataDir,
    ]);
    if (r.code !== 0) throw new Error(`loading ${label} failed: ${r.stderr.slice(0, 2000)}`);
    reports.push(JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}") as LoadReport);
  }
  const m = (pick: (r: LoadReport) => number) => median(reports.map(pick));
  return {
    label,
    runs,
    records: reports[0]?.records ?? 0,
    loadMs: m((r) => r.loadMs),
    indexMs: m((r) => r.indexMs),
    firstAskMs: m((r) => r.firstAskMs),
    readyMs: m((r) => r.loadMs + r.indexMs + r.firstAskMs),
    catalogHeapMB: m((r) => r.catalogHeapUsed) / MB,
    heapMB: m((r) => r.heapUsed) / MB,
    rssMB: m((r) => r.rss) / MB,
  };
}

export interface AskRun {
  command: string;
  runs: number;
  /** Median from spawn to the answer on stdout, and to exit. */
  firstAnswerMs: number;
  exitMs: number;
  sample: string;
}

const ASK = join("dist", "adapters", "cli", "main.js");

/**
 * Process start to first answer of the compiled CLI (what `npm run ask` and the `model-bot` bin
 * run, without npm's own start-up), `runs` times; builds dist/ first when it is stale.
 */
export async function measureAsk(question: string, runs: number): Promise<AskRun | undefined> {
  const built = await timeSpawn(process.execPath, [join("scripts", "build.js"), "--if-stale"]);
  if (built.code !== 0 || !existsSync(join(ROOT, ASK))) {
    throw new Error(`npm run build failed: ${built.stderr.slice(0, 2000)}`);
  }
  const args = [ASK, "ask", question];
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await timeSpawn(process.execPath, args);
    if (r.code !== 0) throw new Error(`ask failed: ${r.stderr.slice(0, 2000)}`);
    results.push(r);
  }
  return {
    command: `node ${args.map((a) => (a.includes(" ") ? JSON.stringify(a) : a)).join(" ")}`,
    runs,
    firstAnswerMs: median(results.map((r) => r.firstOutputMs)),
    exitMs: median(results.map((r) => r.exitMs)),
    sample: results[0]?.stdout.split("\n")[0]?.slice(0, 120) ?? "",
  };
}
