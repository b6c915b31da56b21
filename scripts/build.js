// `npm run build`, and the check `npm start` makes before running the compiled bot. Plain
// JavaScript on purpose: it must run before anything is compiled, and after `npm prune
// --omit=dev`, when TypeScript is gone and only a current build can be run.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const DIST = join(ROOT, "dist");
const STAMP = join(DIST, ".source-hash");
const CONFIGS = ["tsconfig.json", "tsconfig.build.json"];

function listSources(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(path));
    else if (entry.name.endsWith(".ts")) out.push(path);
  }
  return out;
}

/**
 * A hash of what the build is made from (src/**.ts and the tsconfigs). Content, not mtimes: a
 * fresh clone, a Docker COPY or a checkout of another branch all give honest answers.
 */
export function sourceHash() {
  const hash = createHash("sha256");
  const files = [...CONFIGS.map((f) => join(ROOT, f)), ...listSources(join(ROOT, "src")).sort()];
  for (const file of files) {
    hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/** Why the build cannot be run as it is, or undefined when dist/ matches the sources. */
export function staleReason() {
  if (!existsSync(STAMP)) return "there is no build yet";
  // Without src/ (an image that ships dist/ alone) the build is all there is.
  if (!existsSync(join(ROOT, "src"))) return undefined;
  return readFileSync(STAMP, "utf8").trim() === sourceHash() ? undefined : "the sources changed";
}

/** The build is needed but cannot be made here: TypeScript, a development tool, is not installed. */
export class NoTypeScriptError extends Error {}

/** Compiles src/ to dist/ with tsc (a clean dist/, so no file of a deleted source lingers). */
export function build() {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  } catch {
    throw new NoTypeScriptError(
      "model-bot: dist/ needs building but TypeScript is not installed: run `npm ci` and `npm run build` (before any `npm prune --omit=dev`)",
    );
  }
  const hash = sourceHash();
  rmSync(DIST, { recursive: true, force: true });
  // tsc reports on stdout; keep it off ours, which may be carrying answers (`model-bot ask`).
  const run = spawnSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.build.json")], {
    cwd: ROOT,
    stdio: ["ignore", 2, 2],
  });
  if (run.status !== 0) throw new Error("model-bot: the build failed (tsc output above)");
  writeFileSync(STAMP, `${hash}\n`);
}

/** Builds when dist/ is missing or older than the sources; says so on stderr. */
export function ensureBuild() {
  const reason = staleReason();
  if (reason === undefined) return;
  process.stderr.write(`model-bot: building dist/ (${reason}) ...\n`);
  build();
}

// `node scripts/build.js` always builds; with --if-stale only when the build is missing or stale.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    if (process.argv.includes("--if-stale")) ensureBuild();
    else build();
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
