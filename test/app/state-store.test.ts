import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../src/app/db/migrations.ts";
import { openDatabase } from "../../src/app/db/open.ts";
import { openPglite } from "../../src/app/db/pglite.ts";
import type { Database } from "../../src/app/db/sql.ts";
import { MemoryStateStore } from "../../src/app/state/memory.ts";
import { SqlStateStore, SqlValues, SqlWatches } from "../../src/app/state/sql.ts";
import type { StateStore } from "../../src/app/state/types.ts";
import {
  createTestDatabase,
  POSTGRES_SKIP_REASON,
  sayWhyPostgresIsSkipped,
  type TestDatabase,
} from "../support/postgres.ts";

const log = pino({ level: "silent" });
const limits = { user: { burst: 3, perMinute: 6 }, channel: { burst: 100, perMinute: 100 } };
const watch = (channel: string, target: string) => ({
  platform: "slack",
  channel,
  kind: "org",
  target,
  label: `models from ${target}`,
  createdBy: "U1",
});

/** What every state store must do, whichever backend holds it. */
function stateContract(name: string, make: (clock: () => number) => Promise<StateStore>) {
  describe(name, () => {
    let now = 1_000_000;
    let store: StateStore;
    // PGlite starts PostgreSQL in WebAssembly: seconds on a busy machine, so a generous hook.
    beforeAll(async () => {
      store = await make(() => now);
    }, 90_000);
    afterAll(async () => store?.close(), 30_000);

    it("limits a user to their burst, then refills", async () => {
      const kinds: boolean[] = [];
      for (let i = 0; i < 4; i++) kinds.push((await store.limiter.take("u-1", "c-1")).allowed);
      expect(kinds).toEqual([true, true, true, false]);
      expect(await store.limiter.take("u-1", "c-1")).toEqual({
        allowed: false,
        scope: "user",
        retryAfterMs: 10_000,
      });
      expect((await store.limiter.take("u-2", "c-1")).allowed).toBe(true);
      now += 10_000;
      expect((await store.limiter.take("u-1", "c-1")).allowed).toBe(true);
    });

    it("grants exactly the burst to questions that arrive together", async () => {
      const verdicts = await Promise.all(
        Array.from({ length: 12 }, () => store.limiter.take("u-burst", "c-burst")),
      );
      expect(verdicts.filter((v) => v.allowed)).toHaveLength(3);
    });

    it("claims a key once until it expires", async () => {
      expect(await store.claims.claim("ev-1", 5_000)).toBe(true);
      expect(await store.claims.claim("ev-1", 5_000)).toBe(false);
      const together = await Promise.all(
        Array.from({ length: 8 }, () => store.claims.claim("ev-2", 5_000)),
      );
      expect(together.filter(Boolean)).toHaveLength(1);
      now += 5_000;
      expect(await store.claims.claim("ev-1", 5_000)).toBe(true);
    });

    it("keeps payloads until they expire or are deleted", async () => {
      await store.payloads.put("p-1", "what is gpt-4o", 1_000);
      expect(await store.payloads.get("p-1")).toBe("what is gpt-4o");
      await store.payloads.put("p-1", "replaced", 1_000);
      expect(await store.payloads.get("p-1")).toBe("replaced");
      now += 1_000;
      expect(await store.payloads.get("p-1")).toBeUndefined();
      await store.payloads.put("p-2", "x", 1_000);
      await store.payloads.delete("p-2");
      expect(await store.payloads.get("p-2")).toBeUndefined();
      await store.sweep();
    });

    it("keeps durable values", async () => {
      expect(await store.values.get("data-version")).toBeUndefined();
      await store.values.set("data-version", "abc");
      await store.values.set("data-version", "def");
      expect(await store.values.get("data-version")).toBe("def");
    });

    it("keeps a channel's watches, at most the limit, each once", async () => {
      const first = await store.watches.add(watch("C-w", "anthropic"), 2);
      expect(first).toMatchObject({ status: "added", watch: { kind: "org", target: "anthropic" } });
      expect(await store.watches.add(watch("C-w", "anthropic"), 2)).toMatchObject({
        status: "exists",
      });
      // Adding the last free place from two places at once: one wins.
      const race = await Promise.all([
        store.watches.add(watch("C-w", "openai"), 2),
        store.watches.add(watch("C-w", "google"), 2),
      ]);
      expect(race.map((r) => r.status).sort()).toEqual(["added", "full"]);
      expect(await store.watches.list("slack", "C-w")).toHaveLength(2);
      await store.watches.add(watch("C-other", "meta"), 2);
      expect((await store.watches.all()).length).toBeGreaterThanOrEqual(3);
      expect(await store.watches.remove("slack", "C-w", "org", "anthropic")).toBe(true);
      expect(await store.watches.remove("slack", "C-w", "org", "anthropic")).toBe(false);
      expect(await store.watches.removeChannel("slack", "C-w")).toBe(1);
      expect(await store.watches.list("slack", "C-w")).toEqual([]);
    });

    it("runs scheduled work on one holder of a lock at a time", async () => {
      let release = () => {};
      const held = store.exclusive("refresh", () => new Promise<void>((r) => (release = r)));
      await new Promise((r) => setTimeout(r, 50));
      expect(await store.exclusive("refresh", async () => 1)).toEqual({ acquired: false });
      release();
      expect(await held).toEqual({ acquired: true, value: undefined });
      expect(await store.exclusive("refresh", async () => 2)).toEqual({ acquired: true, value: 2 });
    });
  });
}

stateContract("in-process state (durable parts on PGlite in memory)", async (clock) => {
  const db = await openPglite(undefined);
  await migrate(db);
  return new MemoryStateStore({
    limits,
    clock,
    watches: new SqlWatches(db, clock),
    values: new SqlValues(db, clock),
    closeDurable: () => db.close(),
  });
});

stateContract("state in PGlite", async (clock) => {
  const db = await openPglite(undefined);
  await migrate(db);
  return new SqlStateStore(db, limits, clock);
});

describe("the embedded database", () => {
  it("keeps its files under STATE_DIR across a restart, and migrates once", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "model-bot-state-"));
    try {
      const first = await openDatabase({ stateDir }, log);
      await new SqlWatches(first).add(watch("C1", "mistral"), 20);
      await first.close();
      const again = await openDatabase({ stateDir }, log);
      expect(await migrate(again)).toEqual([]);
      expect(await new SqlWatches(again).list("slack", "C1")).toHaveLength(1);
      await again.close();
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe.skipIf(POSTGRES_SKIP_REASON !== undefined)("PostgreSQL (TEST_DATABASE_URL)", () => {
  let testDb: TestDatabase;
  const opened: Database[] = [];
  const open = async () => {
    const db = await openDatabase({ databaseUrl: testDb.url, stateDir: "unused" }, log);
    opened.push(db);
    return db;
  };
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    for (const db of opened) await db.close();
    await testDb?.drop();
  });

  stateContract("state in PostgreSQL", async (clock) => {
    const db = await openDatabase({ databaseUrl: testDb.url, stateDir: "unused" }, log);
    return new SqlStateStore(db, limits, clock);
  });

  it("migrates once when replicas start together", async () => {
    const fresh = await createTestDatabase();
    try {
      const config = { databaseUrl: fresh.url, stateDir: "unused" };
      const dbs = await Promise.all([1, 2, 3].map(() => openDatabase(config, log)));
      const rows = await dbs[0]?.query<{ n: number }>(
        "select count(*)::int as n from schema_migrations",
      );
      expect(rows?.[0]?.n).toBe(1);
      for (const db of dbs) await db.close();
    } finally {
      await fresh.drop();
    }
  });

  it("shares limits, claims and the scheduled-work lock between two replicas", async () => {
    const [a, b] = [await open(), await open()];
    let now = 5_000_000;
    const clock = () => now;
    const ra = new SqlStateStore(a, limits, clock);
    const rb = new SqlStateStore(b, limits, clock);
    const verdicts = [];
    for (const r of [ra, rb, ra, rb]) verdicts.push((await r.limiter.take("U9", "C9")).allowed);
    expect(verdicts).toEqual([true, true, true, false]);
    expect(await ra.claims.claim("Ev1", 60_000)).toBe(true);
    expect(await rb.claims.claim("Ev1", 60_000)).toBe(false);
    let release = () => {};
    const held = ra.exclusive("refresh", () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 100));
    expect(await rb.exclusive("refresh", async () => "b")).toEqual({ acquired: false });
    release();
    await held;
    expect(await rb.exclusive("refresh", async () => "b")).toEqual({ acquired: true, value: "b" });
    now += 60_000;
    await ra.sweep();
    const left = await a.query<{ n: number }>("select count(*)::int as n from claims");
    expect(left[0]?.n).toBe(0);
  });

  it("says which variable is wrong when the server refuses, without the password", async () => {
    const bad = new URL(testDb.url);
    bad.password = "not-the-password-xyz";
    const error = await openDatabase({ databaseUrl: bad.toString(), stateDir: "x" }, log).catch(
      (e: Error) => e,
    );
    expect(String(error)).toMatch(/DATABASE_URL/);
    expect(String(error)).not.toContain("not-the-password-xyz");
  });
});

describe.skipIf(POSTGRES_SKIP_REASON === undefined)("PostgreSQL", () => {
  it("is skipped: TEST_DATABASE_URL is not set", () => sayWhyPostgresIsSkipped());
});
