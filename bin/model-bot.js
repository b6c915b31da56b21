#!/usr/bin/env node
// The `model-bot` command (`npx model-bot ask "..."`): the compiled CLI, built first if needed.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DIST, ensureBuild } from "../scripts/build.js";

try {
  ensureBuild();
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
await import(pathToFileURL(join(DIST, "adapters", "cli", "main.js")).href);
