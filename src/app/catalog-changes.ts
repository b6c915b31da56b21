import { existsSync } from "node:fs";
import { join } from "node:path";
import { previousDataDir } from "../config/data-dirs.ts";
import type { Catalog } from "../core/catalog/catalog.ts";
import { loadCatalog } from "../core/catalog/load.ts";
import { type CatalogChanges, diffCatalogs } from "../core/changes/diff.ts";
import { createEngine } from "../core/engine/create.ts";
import type { Engine } from "../core/engine/engine.ts";

/**
 * What changed from the catalog the last update replaced (kept beside the data directory) to
 * `catalog`; undefined when there is no earlier catalog, or it no longer loads.
 */
export function changesSincePrevious(
  dataDir: string,
  catalog: Catalog,
): CatalogChanges | undefined {
  const previous = previousDataDir(dataDir);
  if (!existsSync(join(previous, "models"))) return undefined;
  let before: Catalog;
  try {
    before = loadCatalog(previous);
  } catch {
    return undefined;
  }
  return diffCatalogs(before, catalog);
}

/** The engine builder of the runtime and the CLI: the catalog, with what changed before it. */
export function engineWithChanges(dataDir: string): (catalog: Catalog) => Engine {
  return (catalog) => {
    const changes = changesSincePrevious(dataDir, catalog);
    return createEngine(catalog, changes ? { changes } : {});
  };
}
