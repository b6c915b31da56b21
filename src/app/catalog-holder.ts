import type { Logger } from "pino";
import type { Catalog } from "../core/catalog/catalog.ts";
import type { Engine } from "../core/engine/engine.ts";
import { suspiciousShrink } from "./data-guard.ts";

export type ReloadResult =
  | { ok: true; changed: boolean; version: Catalog["version"] }
  | { ok: false; error: string };

export interface CatalogHolderOptions {
  dataDir: string;
  /** Reads and validates a whole data directory; throws on any problem (loadCatalog). */
  load: (dataDir: string) => Catalog;
  /** Builds an engine over a catalog (createEngine). */
  build: (catalog: Catalog) => Engine;
  log: Logger;
  /** A reload losing more than this share of the models is refused (DATA_MAX_DROP); 1 allows any. */
  maxDrop?: number;
}

/**
 * Owns the engine in service. A reload validates the new data in full and builds its engine
 * before one assignment swaps it in, so a question sees either the old engine or the new one,
 * never a mix; a bad data set is refused, logged, and the old engine keeps serving.
 */
export class CatalogHolder {
  private current: Engine;
  private readonly options: CatalogHolderOptions;

  /** Loads the first catalog; a bad data set throws here, at start-up, with its BotError. */
  constructor(options: CatalogHolderOptions) {
    this.options = options;
    this.current = options.build(options.load(options.dataDir));
    options.log.info({ data: this.current.catalog.version }, "catalog loaded");
  }

  engine(): Engine {
    return this.current;
  }

  version(): Catalog["version"] {
    return this.current.catalog.version;
  }

  /** `quiet`: the caller logs the outcome itself (a data refresh's one line). */
  reload(reason: string, options: { quiet?: boolean } = {}): ReloadResult {
    const { dataDir, load, build, log } = this.options;
    const before = this.current.catalog.version;
    let next: Engine;
    try {
      const catalog = load(dataDir);
      const shrink = suspiciousShrink(
        before.records,
        catalog.version.records,
        this.options.maxDrop ?? 1,
      );
      if (shrink !== undefined) throw new Error(shrink);
      next = build(catalog);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      log.error({ reason, dataDir, error, serving: before }, "data reload refused; old data kept");
      return { ok: false, error };
    }
    const version = next.catalog.version;
    const changed = version.hash !== before.hash;
    // Swapping an unchanged catalog would only throw away the warm engine.
    if (changed) this.current = next;
    if (!options.quiet)
      log.info({ reason, data: version, previous: before, changed }, "data reloaded");
    return { ok: true, changed, version };
  }
}
