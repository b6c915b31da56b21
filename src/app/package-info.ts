import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface PackageInfo {
  /** The directory holding model-bot's package.json (and the bundled data/). */
  root: string;
  version: string;
}

let cached: PackageInfo | undefined;

/**
 * model-bot's own package.json, found by walking up from this module: the same answer whether
 * the code runs from src/ through tsx or compiled from dist/, and whatever the working directory.
 */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
      if (pkg.name === "model-bot") {
        cached = { root: dir, version: typeof pkg.version === "string" ? pkg.version : "0.0.0" };
        return cached;
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error("model-bot's package.json was not found above its code");
    dir = up;
  }
}
