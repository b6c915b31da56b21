// `node scripts/launch.js <module> [args...]`: runs dist/<module>.js, the compiled form of
// src/<module>.ts, building it first when the build is missing or stale. The module sees
// process.argv as if node had been started on it directly.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DIST, ensureBuild } from "./build.js";

const [target, ...args] = process.argv.slice(2);
if (!target) {
  process.stderr.write("usage: node scripts/launch.js <module under src/, without .ts> [args]\n");
  process.exit(2);
}
try {
  ensureBuild();
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
const file = join(DIST, `${target}.js`);
process.argv = [process.argv[0] ?? process.execPath, file, ...args];
await import(pathToFileURL(file).href);
