import { resolve } from "node:path";
import { loadCatalog } from "../core/catalog/load.ts";
import { writeStamp } from "../core/catalog/stamp.ts";
import { BotError } from "../core/errors.ts";

// `npm run data:check [dir]`: validates every record against the schemas and cross-checks data/
// (loadCatalog does both), stamps it as checked (see src/core/catalog/stamp.ts) and counts it.
const dir = resolve(process.argv[2] ?? "data");
try {
  const c = loadCatalog(dir, { trustStamp: false });
  if (c.digest !== undefined) writeStamp(dir, c.digest);
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
