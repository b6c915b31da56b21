import { LocalLocks } from "../db/local-locks.ts";
import type { LockResult } from "../db/sql.ts";
import { RateLimiter } from "../rate-limiter.ts";
import type { BucketSpec, Clock } from "../token-bucket.ts";
import { ExpiringMap } from "./expiring-map.ts";
import type { ClaimStore, PayloadStore, StateStore, ValueStore, WatchStore } from "./types.ts";

export interface MemoryStateOptions {
  limits: { user: BucketSpec; channel: BucketSpec };
  clock: Clock;
  /** Durable parts (watches, values) live in a database even in this mode: the embedded one. */
  watches: WatchStore;
  values: ValueStore;
  closeDurable?: () => Promise<void>;
  /** Most claims and payloads remembered; the oldest go first past it. */
  capacity?: { claims?: number; payloads?: number };
}

/** Claims kept in this process alone (adapters started without a state store: tests, tools). */
export function createMemoryClaims(capacity = 100_000, clock: Clock = Date.now): ClaimStore {
  return new MemoryClaims(new ExpiringMap<true>(capacity, clock));
}

class MemoryClaims implements ClaimStore {
  constructor(private readonly map: ExpiringMap<true>) {}
  async claim(key: string, ttlMs: number): Promise<boolean> {
    if (this.map.has(key)) return false;
    this.map.set(key, true, ttlMs);
    return true;
  }
}

class MemoryPayloads implements PayloadStore {
  constructor(private readonly map: ExpiringMap<string>) {}
  async put(key: string, value: string, ttlMs: number): Promise<void> {
    this.map.set(key, value, ttlMs);
  }
  async get(key: string): Promise<string | undefined> {
    return this.map.get(key);
  }
  async delete(key: string): Promise<void> {
    this.map.delete(key);
  }
}

/**
 * State in this process: right for one replica, and what runs unless DATABASE_URL is set. Every
 * map is bounded (rate buckets forget full buckets, claims and payloads drop the oldest past
 * their capacity) and expiring, so a flood of distinct users cannot grow memory without end.
 */
export class MemoryStateStore implements StateStore {
  readonly kind = "memory" as const;
  readonly limiter: RateLimiter;
  readonly claims: ClaimStore;
  readonly payloads: PayloadStore;
  readonly watches: WatchStore;
  readonly values: ValueStore;
  private readonly claimMap: ExpiringMap<true>;
  private readonly payloadMap: ExpiringMap<string>;
  private readonly locks = new LocalLocks();

  constructor(private readonly options: MemoryStateOptions) {
    this.limiter = new RateLimiter(options.limits, options.clock);
    this.claimMap = new ExpiringMap(options.capacity?.claims ?? 100_000, options.clock);
    this.payloadMap = new ExpiringMap(options.capacity?.payloads ?? 20_000, options.clock);
    this.claims = new MemoryClaims(this.claimMap);
    this.payloads = new MemoryPayloads(this.payloadMap);
    this.watches = options.watches;
    this.values = options.values;
  }

  async exclusive<T>(name: string, work: () => Promise<T>): Promise<LockResult<T>> {
    if (!this.locks.tryTake(name)) return { acquired: false };
    try {
      return { acquired: true, value: await work() };
    } finally {
      this.locks.release(name);
    }
  }

  async sweep(): Promise<void> {
    this.claimMap.sweep();
    this.payloadMap.sweep();
    this.limiter.sweep();
  }

  /** Entries held right now, for tests and the soak benchmark. */
  get sizes(): { buckets: number; claims: number; payloads: number } {
    return {
      buckets: this.limiter.tracked,
      claims: this.claimMap.size,
      payloads: this.payloadMap.size,
    };
  }

  async close(): Promise<void> {
    await this.options.closeDurable?.();
  }
}
