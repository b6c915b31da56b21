import type { LockResult } from "../db/sql.ts";
import type { LimitVerdict } from "../rate-limiter.ts";

/**
 * The state the bot keeps between questions, behind one interface so it can live in this
 * process (one replica, the default) or in PostgreSQL (DATABASE_URL: every replica sees the
 * same limits, claims and payloads). Every method may touch the network: all are async.
 */

/** Per-user and per-channel token buckets (see rate-limiter.ts for the rules). */
export interface Limiter {
  take(user: string, channel: string): LimitVerdict | Promise<LimitVerdict>;
}

/** First-writer-wins keys that expire: "was this Slack event already taken by someone?" */
export interface ClaimStore {
  /** True for the first claim of `key` within `ttlMs`, false for every later one (any replica). */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/** Short-lived values by key (follow-up payloads, conversation context), bounded and expiring. */
export interface PayloadStore {
  put(key: string, value: string, ttlMs: number): Promise<void>;
  /** The value, or undefined when it was never put, has expired, or was evicted. */
  get(key: string): Promise<string | undefined>;
  delete(key: string): Promise<void>;
}

/** Small durable values shared by replicas (kept in the database in every mode). */
export interface ValueStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

/** One channel's subscription to a kind of change in the data (issue 13). */
export interface Watch {
  id: number;
  platform: string;
  channel: string;
  /** What is watched: e.g. "new-models", "org", "price", "benchmark". */
  kind: string;
  /** Its object: a maker, a model id, a benchmark id; "" when the kind needs none. */
  target: string;
  /** How the bot names it back to people ("price of Claude Sonnet 4.5"). */
  label: string;
  createdBy: string;
  createdMs: number;
}

export type NewWatch = Omit<Watch, "id" | "createdMs">;

export type AddWatchResult =
  | { status: "added"; watch: Watch }
  | { status: "exists"; watch: Watch }
  | { status: "full"; limit: number };

/** Watches persist in a real database (PGlite by default, PostgreSQL with DATABASE_URL). */
export interface WatchStore {
  /** Adds a watch unless the channel has it already or holds `maxPerChannel` (checked atomically). */
  add(watch: NewWatch, maxPerChannel: number): Promise<AddWatchResult>;
  list(platform: string, channel: string): Promise<Watch[]>;
  /** Every watch, for the poster after a refresh. */
  all(): Promise<Watch[]>;
  remove(platform: string, channel: string, kind: string, target: string): Promise<boolean>;
  /** Forgets a channel's watches (the bot was removed from it); returns how many. */
  removeChannel(platform: string, channel: string): Promise<number>;
}

export interface StateStore {
  /** "memory": this process only; "postgres"/"pglite": what the database holds. */
  readonly kind: "memory" | "postgres";
  readonly limiter: Limiter;
  readonly claims: ClaimStore;
  readonly payloads: PayloadStore;
  readonly values: ValueStore;
  readonly watches: WatchStore;
  /**
   * Runs scheduled work (a data refresh, a sweep) on one replica at a time: through a
   * PostgreSQL advisory lock when the state is shared, a lock of this process otherwise.
   */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<LockResult<T>>;
  /** Forgets what has expired (the in-process maps also do this as they fill). */
  sweep(): Promise<void>;
  close(): Promise<void>;
}
