import { LocalLocks } from "../db/local-locks.ts";
import type { LockResult } from "../db/sql.ts";
import { RateLimiter } from "../rate-limiter.ts";
import type { BucketSpec, Clock } from "../token-bucket.ts";
import { ExpiringMap } from "./expiring-map.ts";
import { ExpiringSet } from "./expiring-set.ts";
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
  return new MemoryClaims(new ExpiringSet(capacity, clock));
}

class MemoryClaims implements ClaimStore {
  constructor(private readonly keys: ExpiringSet) {}
  /** Check and take in one synchronous step: no other claim can run in between. */
  async claim(key: string, ttlMs: number): Promise<boolean> {
    if (this.keys.has(key)) return false;
    this.keys.add(key, ttlMs);
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
  private readonly claimSet: ExpiringSet;
  private readonly payloadMap: ExpiringMap<string>;
  private readonly locks = new LocalLocks();

  constructor(private readonly options: MemoryStateOptions) {
    this.limiter = new RateLimiter(options.limits, options.clock);
    this.claimSet = new ExpiringSet(options.capacity?.claims ?? 100_000, options.clock);
    // Conversations are most of the payloads: 10,000 of them, as memoryConversations keeps.
    this.payloadMap = new ExpiringMap(options.capacity?.payloads ?? 10_000, options.clock);
    this.claims = new MemoryClaims(this.claimSet);
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
    this.claimSet.sweep();
    this.payloadMap.sweep();
    this.limiter.sweep();
  }

  /** Entries held right now, for tests and the soak benchmark. */
  get sizes(): { buckets: number; claims: number; payloads: number } {
    return {
      buckets: this.limiter.tracked,
      claims: this.claimSet.size,
      payloads: this.payloadMap.size,
    };
  }

  async close(): Promise<void> {
    await this.options.closeDurable?.();
  }
}
