/**
 * The one SQL interface the bot's state uses, with two implementations: PGlite (PostgreSQL in
 * WebAssembly, embedded, the default) and a PostgreSQL server through `pg` (DATABASE_URL). Both
 * run the same SQL, so the schema, the migrations and every query are written once.
 */

/** Something that runs a query: the database itself, or one transaction on it. */
export interface SqlClient {
  /** Runs one statement with $1… parameters and returns its rows. */
  query<R extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<R[]>;
}

/** What taking a named lock returned: the work's value, or that someone else holds the lock. */
export type LockResult<T> = { acquired: true; value: T } | { acquired: false };

export interface Database extends SqlClient {
  readonly kind: "pglite" | "postgres";
  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  /**
   * Runs `work` while holding the advisory lock `name`, if nobody else (another replica, or this
   * process) holds it; otherwise returns at once with `acquired: false`. Scheduled work (the data
   * refresh, sweeps) runs through this, so only one replica does it at a time.
   */
  tryWithLock<T>(name: string, work: () => Promise<T>): Promise<LockResult<T>>;
  /** Like tryWithLock, but waits for the lock (migrations at start-up). */
  withLock<T>(name: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Advisory locks take a 64-bit key; hashing the name in SQL gives both backends the same key.
export const LOCK_KEY_SQL = "hashtextextended($1, 0)";
