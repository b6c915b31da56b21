import pg from "pg";
import type { Logger } from "pino";
import { LocalLocks } from "./local-locks.ts";
import { type Database, LOCK_KEY_SQL, type LockResult, type SqlClient } from "./sql.ts";

export interface PostgresOptions {
  url: string;
  log: Logger;
  /** Connections in the pool (default 10). */
  max?: number;
  /** How long to wait for a connection before a query fails (default 10 s). */
  connectTimeoutMs?: number;
}

const asClient = (c: pg.Pool | pg.PoolClient): SqlClient => ({
  query: async <R extends Record<string, unknown>>(text: string, params?: readonly unknown[]) =>
    (await c.query<R>(text, params ? [...params] : undefined)).rows,
});

/**
 * A PostgreSQL server through a `pg` connection pool. Advisory locks are session locks, so each
 * is taken and released on one connection held for the whole of the work.
 */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    idleTimeoutMillis: 30_000,
    application_name: "model-bot",
  });
  // An idle connection the server drops emits 'error' on the pool; unhandled it would end the
  // process. The pool replaces it on the next query.
  pool.on("error", (err) => options.log.warn({ err }, "database: an idle connection failed"));
  // Fail at start-up, with the server's reason, rather than on the first question.
  await pool.query("select 1");
  const locks = new LocalLocks();

  const holding = async <T>(
    name: string,
    wait: boolean,
    work: () => Promise<T>,
  ): Promise<LockResult<T>> => {
    if (wait) await locks.take(name);
    else if (!locks.tryTake(name)) return { acquired: false };
    let conn: pg.PoolClient | undefined;
    try {
      conn = await pool.connect();
      if (wait) {
        await conn.query(`select pg_advisory_lock(${LOCK_KEY_SQL})`, [name]);
      } else {
        const got = await conn.query<{ ok: boolean }>(
          `select pg_try_advisory_lock(${LOCK_KEY_SQL}) as ok`,
          [name],
        );
        if (got.rows[0]?.ok !== true) return { acquired: false };
      }
      try {
        return { acquired: true, value: await work() };
      } finally {
        await conn.query(`select pg_advisory_unlock(${LOCK_KEY_SQL})`, [name]);
      }
    } finally {
      conn?.release();
      locks.release(name);
    }
  };

  return {
    kind: "postgres",
    query: asClient(pool).query,
    transaction: async (work) => {
      const conn = await pool.connect();
      try {
        await conn.query("begin");
        const value = await work(asClient(conn));
        await conn.query("commit");
        return value;
      } catch (e) {
        await conn.query("rollback").catch(() => {});
        throw e;
      } finally {
        conn.release();
      }
    },
    tryWithLock: (name, work) => holding(name, false, work),
    withLock: async (name, work) => {
      const r = await holding(name, true, work);
      if (!r.acquired) throw new Error(`database: could not take the lock ${name}`);
      return r.value;
    },
    close: () => pool.end(),
  };
}
