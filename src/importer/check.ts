import { resolve } from "node:path";
import { loadCatalog } from "../core/catalog/load.ts";
import { BotError } from "../core/errors.ts";

// `npm run data:check [dir]`: validates and cross-checks data/ (loadCatalog does both) and counts it.
const dir = resolve(process.argv[2] ?? "data");
try {
  const c = loadCatalog(dir);
  const listings = c.records.reduce((n, r) => n + r.listings.length, 0);
  const results = c.records.reduce((n, r) => n + r.benchmarks.length, 0);
  console.log(
    `catalog: ${c.records.length} models, ${listings} provider listings, ${results} benchmark results, ${c.sources.size} sources`,
  );
} catch (e) {
  if (!(e instanceof BotError)) throw e;
  console.error(`data:check failed: ${e.message}`);
  process.exit(1);
}
