import { join } from "node:path";
import type { Catalog } from "../src/core/catalog/catalog.ts";
import { syntheticSizes } from "./catalog-bench.ts";
import { type LoadRun, measureAsk, measureLoad } from "./cold.ts";
import type { BenchOptions } from "./options.ts";
import type { Results } from "./results.ts";
import { ROOT } from "./spawn.ts";
import { buildSyntheticCatalog, writeCatalogDir } from "./synthetic.ts";

export const ASK_QUESTION = "gpt-5.1-codex-mini context";

/**
 * Cold start and memory: each catalog is loaded from disk in fresh processes (the real data
 * directory, and the synthetic ones written to bench/tmp/), and the CLI is timed from spawn to
 * its answer.
 */
export async function benchCold(
  real: Catalog,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<Results["cold"]> {
  const runs = options.quick ? 1 : 3;
  const loads: LoadRun[] = [];
  log("cold: empty process");
  loads.push(await measureLoad("empty process", "-", runs));
  log("cold: real catalog");
  loads.push(await measureLoad("real", options.dataDir, options.quick ? 2 : 5));
  for (const n of syntheticSizes(options.quick)) {
    const label = `real+${n / 1000}k`;
    const dir = join(ROOT, "bench", "tmp", label);
    writeCatalogDir(buildSyntheticCatalog(real, n).catalog, dir, options.dataDir);
    log(`cold: ${label} (written to ${dir})`);
    loads.push(await measureLoad(label, dir, runs));
  }
  if (!options.only.has("cold")) return { loads };
  log("cold: npm run ask");
  try {
    const ask = await measureAsk(ASK_QUESTION, options.quick ? 2 : 5);
    return { loads, ask: ask ?? { skipped: "the CLI was not measured" } };
  } catch (e) {
    // The loads above are worth keeping when only the CLI fails.
    return { loads, ask: { skipped: `the CLI failed: ${(e as Error).message.slice(0, 300)}` } };
  }
}
