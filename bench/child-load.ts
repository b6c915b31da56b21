/**
 * Run in a fresh process (node --expose-gc --import tsx bench/child-load.ts <dataDir|-> <question>):
 * loads a catalog, builds the engine, answers one question, then reports times and memory as
 * one JSON line. "-" loads nothing, to measure what the process costs on its own.
 */
import { loadCatalog } from "../src/core/catalog/load.ts";
import { createEngine } from "../src/core/engine/create.ts";

export interface LoadReport {
  records: number;
  loadMs: number;
  indexMs: number;
  firstAskMs: number;
  /** Heap with the catalog loaded, before the engine is built. */
  catalogHeapUsed: number;
  heapUsed: number;
  rss: number;
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  gc();
  gc();
}

function main(dataDir: string, question: string): LoadReport {
  const t0 = performance.now();
  const catalog = dataDir === "-" ? undefined : loadCatalog(dataDir);
  const t1 = performance.now();
  collect();
  const catalogHeapUsed = process.memoryUsage().heapUsed;
  const t1b = performance.now();
  const engine = catalog === undefined ? undefined : createEngine(catalog);
  const t2 = performance.now();
  engine?.ask(question);
  const t3 = performance.now();
  collect();
  const mem = process.memoryUsage();
  // Keeps the engine reachable until memory is read.
  if (engine?.catalog.records.length === -1) console.log("");
  return {
    records: catalog?.records.length ?? 0,
    loadMs: t1 - t0,
    indexMs: t2 - t1b,
    firstAskMs: t3 - t2,
    catalogHeapUsed,
    heapUsed: mem.heapUsed,
    rss: mem.rss,
  };
}

const [dataDir = "-", question = "gpt-5.1-codex-mini context"] = process.argv.slice(2);
process.stdout.write(`${JSON.stringify(main(dataDir, question))}\n`);
