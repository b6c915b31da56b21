import type { Database, LockResult, SqlClient } from "../db/sql.ts";
import type { LimitVerdict } from "../rate-limiter.ts";
import {
  type BucketSpec,
  type BucketState,
  type Clock,
  fullBucket,
  isUnlimited,
  refill,
  waitForToken,
} from "../token-bucket.ts";
import type {
  AddWatchResult,
  ClaimStore,
  Limiter,
  NewWatch,
  PayloadStore,
  StateStore,
  ValueStore,
  Watch,
  WatchStore,
} from "./types.ts";

/**
 * Token buckets in the database, so a user's allowance holds across replicas. One transaction
 * locks the rows of both buckets (in key order, so two questions never deadlock), applies the
 * same rules as the in-process limiter, and writes both back or neither.
 */
export class SqlLimiter implements Limiter {
  constructor(
    private readonly db: Database,
    private readonly limits: { user: BucketSpec; channel: BucketSpec },
    private readonly clock: Clock,
  ) {}

  async take(user: string, channel: string): Promise<LimitVerdict> {
    const checks = [
      { scope: "user" as const, spec: this.limits.user, key: `rate:user:${user}` },
      { scope: "channel" as const, spec: this.limits.channel, key: `rate:channel:${channel}` },
    ].filter((c) => !isUnlimited(c.spec));
    if (checks.length === 0) return { allowed: true };
    const now = this.clock();
    return this.db.transaction(async (tx) => {
      const keys = checks.map((c) => c.key).sort();
      // A missing bucket is a full one; inserting it first gives the next statement a row to lock.
      for (const c of checks) {
        await tx.query(
          `insert into rate_buckets (key, tokens, at_ms, expires_ms) values ($1, $2, $3, $3)
           on conflict (key) do nothing`,
          [c.key, c.spec.burst, now],
        );
      }
      const rows = await tx.query<{ key: string; tokens: number; at_ms: number }>(
        "select key, tokens, at_ms from rate_buckets where key = any($1) order by key for update",
        [keys],
      );
      const byKey = new Map(rows.map((r) => [r.key, { tokens: r.tokens, at: r.at_ms }]));
      const states = checks.map((c) => {
        const stored = byKey.get(c.key);
        return stored ? refill(c.spec, stored, now) : fullBucket(c.spec, now);
      });
      for (const [i, c] of checks.entries()) {
        const wait = waitForToken(c.spec, states[i] as BucketState);
        if (wait > 0) return { allowed: false, scope: c.scope, retryAfterMs: wait };
      }
      for (const [i, c] of checks.entries()) {
        const s = states[i] as BucketState;
        const tokens = s.tokens - 1;
        const fullAt = s.at + ((c.spec.burst - tokens) * 60_000) / c.spec.perMinute;
        await tx.query(
          "update rate_buckets set tokens = $2, at_ms = $3, expires_ms = $4 where key = $1",
          [c.key, tokens, s.at, fullAt],
        );
      }
      return { allowed: true };
    });
  }
}

export class SqlClaims implements ClaimStore {
  constructor(
    private readonly db: SqlClient,
    private readonly clock: Clock,
  ) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const now = this.clock();
    // One statement: a new key is inserted, an expired one taken over, a live one left alone.
    const rows = await this.db.query(
      `insert into claims (key, expires_ms) values ($1, $2)
       on conflict (key) do update set expires_ms = excluded.expires_ms
       where claims.expires_ms <= $3
       returning key`,
      [key, now + ttlMs, now],
    );
    return rows.length === 1;
  }
}

export class SqlPayloads implements PayloadStore {
  constructor(
    private readonly db: SqlClient,
    private readonly clock: Clock,
  ) {}

  async put(key: string, value: string, ttlMs: number): Promise<void> {
    await this.db.query(
      `insert into payloads (key, value, expires_ms) values ($1, $2, $3)
       on conflict (key) do update set value = excluded.value, expires_ms = excluded.expires_ms`,
      [key, value, this.clock() + ttlMs],
    );
  }

  async get(key: string): Promise<string | undefined> {
    const rows = await this.db.query<{ value: string }>(
      "select value from payloads where key = $1 and expires_ms > $2",
      [key, this.clock()],
    );
    return rows[0]?.value;
  }

  async delete(key: string): Promise<void> {
    await this.db.query("delete from payloads where key = $1", [key]);
  }
}

export class SqlValues implements ValueStore {
  constructor(
    private readonly db: SqlClient,
    private readonly clock: Clock = Date.now,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const rows = await this.db.query<{ value: string }>(
      "select value from state_values where key = $1",
      [key],
    );
    return rows[0]?.value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.db.query(
      `insert into state_values (key, value, updated_ms) values ($1, $2, $3)
       on conflict (key) do update set value = excluded.value, updated_ms = excluded.updated_ms`,
      [key, value, this.clock()],
    );
  }
}

type WatchRow = {
  id: number;
  platform: string;
  channel: string;
  kind: string;
  target: string;
  label: string;
  created_by: string;
  created_ms: number;
};

const WATCH_COLUMNS = "id, platform, channel, kind, target, label, created_by, created_ms";

const toWatch = (r: WatchRow): Watch => ({
  id: r.id,
  platform: r.platform,
  channel: r.channel,
  kind: r.kind,
  target: r.target,
  label: r.label,
  createdBy: r.created_by,
  createdMs: r.created_ms,
});

export class SqlWatches implements WatchStore {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock = Date.now,
  ) {}

  add(w: NewWatch, maxPerChannel: number): Promise<AddWatchResult> {
    return this.db.transaction(async (tx) => {
      // Two people adding the 20th watch at once: the channel's lock makes them take turns.
      await tx.query("select pg_advisory_xact_lock(hashtextextended($1, 0))", [
        `watches:${w.platform}:${w.channel}`,
      ]);
      const existing = await tx.query<WatchRow>(
        `select ${WATCH_COLUMNS} from watches
         where platform = $1 and channel = $2 and kind = $3 and target = $4`,
        [w.platform, w.channel, w.kind, w.target],
      );
      if (existing[0]) return { status: "exists", watch: toWatch(existing[0]) };
      const count = await tx.query<{ n: number }>(
        "select count(*)::int as n from watches where platform = $1 and channel = $2",
        [w.platform, w.channel],
      );
      if ((count[0]?.n ?? 0) >= maxPerChannel) return { status: "full", limit: maxPerChannel };
      const rows = await tx.query<WatchRow>(
        `insert into watches (platform, channel, kind, target, label, created_by, created_ms)
         values ($1, $2, $3, $4, $5, $6, $7) returning ${WATCH_COLUMNS}`,
        [w.platform, w.channel, w.kind, w.target, w.label, w.createdBy, this.clock()],
      );
      return { status: "added", watch: toWatch(rows[0] as WatchRow) };
    });
  }

  async list(platform: string, channel: string): Promise<Watch[]> {
    const rows = await this.db.query<WatchRow>(
      `select ${WATCH_COLUMNS} from watches where platform = $1 and channel = $2 order by id`,
      [platform, channel],
    );
    return rows.map(toWatch);
  }

  async all(): Promise<Watch[]> {
    const rows = await this.db.query<WatchRow>(
      `select ${WATCH_COLUMNS} from watches order by platform, channel, id`,
    );
    return rows.map(toWatch);
  }

  async remove(platform: string, channel: string, kind: string, target: string) {
    const rows = await this.db.query(
      `delete from watches where platform = $1 and channel = $2 and kind = $3 and target = $4
       returning id`,
      [platform, channel, kind, target],
    );
    return rows.length > 0;
  }

  async removeChannel(platform: string, channel: string): Promise<number> {
    const rows = await this.db.query(
      "delete from watches where platform = $1 and channel = $2 returning id",
      [platform, channel],
    );
    return rows.length;
  }
}

/** Every part of the state in one database: what replicas share through DATABASE_URL. */
export class SqlStateStore implements StateStore {
  readonly kind = "postgres" as const;
  readonly limiter: SqlLimiter;
  readonly claims: SqlClaims;
  readonly payloads: SqlPayloads;
  readonly values: SqlValues;
  readonly watches: SqlWatches;

  constructor(
    readonly db: Database,
    limits: { user: BucketSpec; channel: BucketSpec },
    private readonly clock: Clock,
  ) {
    this.limiter = new SqlLimiter(db, limits, clock);
    this.claims = new SqlClaims(db, clock);
    this.payloads = new SqlPayloads(db, clock);
    this.values = new SqlValues(db, clock);
    this.watches = new SqlWatches(db, clock);
  }

  exclusive<T>(name: string, work: () => Promise<T>): Promise<LockResult<T>> {
    return this.db.tryWithLock(`model-bot:${name}`, work);
  }

  async sweep(): Promise<void> {
    const now = this.clock();
    for (const table of ["rate_buckets", "claims", "payloads"]) {
      await this.db.query(`delete from ${table} where expires_ms <= $1`, [now]);
    }
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
