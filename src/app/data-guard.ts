import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Catalog } from "../core/catalog/catalog.ts";
import { BotError } from "../core/errors.ts";

export interface DataLimits {
  /** A data file larger than this is refused before it is read (DATA_MAX_FILE_BYTES). */
  maxFileBytes: number;
  /** A reload that loses more than this share of the models is refused (DATA_MAX_DROP, 0-1). */
  maxDrop: number;
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/**
 * Refuses a data directory holding a JSON file over the size limit, from its size alone: a
 * 150 MB file would block answers for seconds and take a gigabyte to parse before any check.
 */
export function checkFileSizes(dataDir: string, maxBytes: number, dir = dataDir): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) checkFileSizes(dataDir, maxBytes, path);
    else if (entry.name.endsWith(".json")) {
      const size = statSync(path).size;
      if (size > maxBytes) {
        throw new BotError(
          "CATALOG_INVALID",
          `${path}: ${mb(size)}, over the ${mb(maxBytes)} a data file may hold (DATA_MAX_FILE_BYTES); refused before reading it`,
        );
      }
    }
  }
}

/** Wraps a catalog loader with the size check before and the "no models" check after. */
export function guardedLoad(
  load: (dataDir: string) => Catalog,
  limits: DataLimits,
): (dataDir: string) => Catalog {
  return (dataDir) => {
    // A missing directory is the loader's to explain (CATALOG_MISSING, naming DATA_DIR).
    if (existsSync(dataDir)) checkFileSizes(dataDir, limits.maxFileBytes);
    const catalog = load(dataDir);
    if (catalog.version.records === 0) {
      throw new BotError("CATALOG_INVALID", `${dataDir}: the data set has no models`);
    }
    return catalog;
  };
}

/** Why a new data set shrank too much to be trusted, or undefined when it did not. */
export function suspiciousShrink(
  before: number,
  after: number,
  maxDrop: number,
): string | undefined {
  if (before === 0 || after >= before * (1 - maxDrop)) return undefined;
  const lost = before - after;
  return `the new data set lost ${lost} of ${before} models (${Math.round((lost / before) * 100)}%), more than DATA_MAX_DROP (${Math.round(maxDrop * 100)}%) allows`;
}
