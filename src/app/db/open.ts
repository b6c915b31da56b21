import { join, resolve } from "node:path";
import type { Logger } from "pino";
import { BotError } from "../../core/errors.ts";
import { migrate } from "./migrations.ts";
import type { Database } from "./sql.ts";

export interface DatabaseConfig {
  /** A PostgreSQL server (postgres://…); absent: the embedded PGlite under stateDir. */
  databaseUrl?: string;
  /** Where the embedded database keeps its files (never inside DATA_DIR, which updates replace). */
  stateDir: string;
}

/** Where PGlite keeps its files under the state directory. */
export const pgliteDir = (stateDir: string) => join(resolve(stateDir), "pglite");

/**
 * Opens the database the configuration names and brings its schema up to date. A server that
 * cannot be reached, or refuses the credentials, throws a BotError naming DATABASE_URL (never
 * its value, which holds a password).
 */
export async function openDatabase(config: DatabaseConfig, log: Logger): Promise<Database> {
  let db: Database;
  if (config.databaseUrl !== undefined) {
    const { openPostgres } = await import("./postgres.ts");
    db = await openPostgres({ url: config.databaseUrl, log }).catch((e: unknown) => {
      throw new BotError("CONFIG_INVALID", `database: cannot use DATABASE_URL (${reason(e)})`);
    });
  } else {
    const { openPglite } = await import("./pglite.ts");
    const dir = pgliteDir(config.stateDir);
    db = await openPglite(dir).catch((e: unknown) => {
      throw new BotError("CONFIG_INVALID", `database: cannot open ${dir} (${reason(e)})`);
    });
  }
  try {
    const applied = await migrate(db);
    if (applied.length > 0) log.info({ db: db.kind, applied }, "database: schema migrated");
  } catch (e) {
    await db.close().catch(() => {});
    throw e;
  }
  return db;
}

function reason(e: unknown): string {
  const err = e as { code?: string; message?: string };
  return [err.code, err.message].filter(Boolean).join(": ") || String(e);
}
