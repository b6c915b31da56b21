import type { Database } from "./sql.ts";

/**
 * A database opened on first use. The embedded one costs a second and some memory to start, and
 * most runs (the console chat, a bot nobody asks to watch anything) never touch it.
 */
export function lazyDatabase(open: () => Promise<Database>): Database & { opened(): boolean } {
  let pending: Promise<Database> | undefined;
  const db = () => {
    pending ??= open().catch((e: unknown) => {
      pending = undefined; // a later call tries again
      throw e;
    });
    return pending;
  };
  return {
    kind: "pglite",
    opened: () => pending !== undefined,
    query: async (text, params) => (await db()).query(text, params),
    transaction: async (work) => (await db()).transaction(work),
    tryWithLock: async (name, work) => (await db()).tryWithLock(name, work),
    withLock: async (name, work) => (await db()).withLock(name, work),
    close: async () => {
      if (pending === undefined) return;
      const open = await pending.catch(() => undefined);
      await open?.close();
    },
  };
}
