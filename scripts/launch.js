// `node scripts/launch.js <module> [args...]`: runs dist/<module>.js, the compiled form of
// src/<module>.ts, building it first when the build is missing or stale. The module sees
// process.argv as if node had been started on it directly.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DIST, ensureBuild, NoTypeScriptError, ROOT } from "./build.js";

const [target, ...args] = process.argv.slice(2);
if (!target) {
  process.stderr.write("usage: node scripts/launch.js <module under src/, without .ts> [args]\n");
  process.exit(2);
}
let file = join(DIST, `${target}.js`);
try {
  ensureBuild();
} catch (err) {
  // `npm ci --omit=dev && npm start` on a clone: no build and no TypeScript to make one. tsx, a
  // runtime dependency (it also loads the chart worker from source), runs the sources instead.
  const source = join(ROOT, "src", `${target}.ts`);
  if (!(err instanceof NoTypeScriptError) || !existsSync(source)) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  process.stderr.write(
    "model-bot: no build, and no TypeScript to make one: running the sources through tsx (build before `npm prune --omit=dev` for a faster start: see README, Production)\n",
  );
  const tsx = await import("tsx/esm/api");
  tsx.register();
  file = source;
}
process.argv = [process.argv[0] ?? process.execPath, file, ...args];
await import(pathToFileURL(file).href);
