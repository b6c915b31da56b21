import { mkdirSync } from "node:fs";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { LocalLocks } from "./local-locks.ts";
import type { Database, LockResult, SqlClient } from "./sql.ts";

const asClient = (db: PGlite | Transaction): SqlClient => ({
  query: async <R extends Record<string, unknown>>(text: string, params?: readonly unknown[]) =>
    (await db.query<R>(text, params ? [...params] : undefined)).rows,
});

/**
 * PGlite: PostgreSQL compiled to WebAssembly, running inside this process with its files under
 * `dir` (or in memory when `dir` is undefined, for tests). One process owns the directory; its
 * advisory locks are this process's own (there is nobody else to share with).
 */
export async function openPglite(dir: string | undefined): Promise<Database> {
  if (dir !== undefined) mkdirSync(dir, { recursive: true });
  const pg = await PGlite.create(dir === undefined ? {} : { dataDir: dir });
  const locks = new LocalLocks();
  const client = asClient(pg);
  const withLock = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    await locks.take(name);
    try {
      return await work();
    } finally {
      locks.release(name);
    }
  };
  return {
    kind: "pglite",
    query: client.query,
    transaction: (work) => pg.transaction((tx) => work(asClient(tx))),
    tryWithLock: async <T>(name: string, work: () => Promise<T>): Promise<LockResult<T>> => {
      if (!locks.tryTake(name)) return { acquired: false };
      try {
        return { acquired: true, value: await work() };
      } finally {
        locks.release(name);
      }
    },
    withLock,
    close: () => pg.close(),
  };
}
