import type { Logger } from "pino";
import { lazyDatabase } from "../db/lazy.ts";
import { type DatabaseConfig, openDatabase } from "../db/open.ts";
import type { BucketSpec, Clock } from "../token-bucket.ts";
import { MemoryStateStore } from "./memory.ts";
import { SqlStateStore, SqlValues, SqlWatches } from "./sql.ts";
import type { StateStore } from "./types.ts";

export interface StateConfig extends DatabaseConfig {
  rateLimits: { user: BucketSpec; channel: BucketSpec };
}

/**
 * The state store for this process. With DATABASE_URL every part lives in PostgreSQL, shared by
 * every replica (the server is reached, and migrated, before this resolves). Without it the
 * per-question state lives in this process, and the durable parts (watches, shared values) in
 * the embedded PGlite under STATE_DIR, opened the first time they are used.
 */
export async function openStateStore(
  config: StateConfig,
  log: Logger,
  clock: Clock = Date.now,
): Promise<StateStore> {
  if (config.databaseUrl !== undefined) {
    const db = await openDatabase(config, log);
    log.info({ db: db.kind }, "state: shared in PostgreSQL");
    return new SqlStateStore(db, config.rateLimits, clock);
  }
  const durable = lazyDatabase(() => openDatabase(config, log));
  return new MemoryStateStore({
    limits: config.rateLimits,
    clock,
    watches: new SqlWatches(durable, clock),
    values: new SqlValues(durable, clock),
    closeDurable: () => durable.close(),
  });
}
