import {
  type BucketSpec,
  type BucketState,
  type Clock,
  fullBucket,
  isUnlimited,
  refill,
  waitForToken,
} from "./token-bucket.ts";

export type LimitVerdict =
  | { allowed: true }
  | { allowed: false; scope: "user" | "channel"; retryAfterMs: number };

// Past this many remembered buckets, forget the ones that have refilled: a full bucket and no
// bucket behave the same, so forgetting them bounds memory without changing any verdict.
const SWEEP_AT = 10_000;

/** Buckets keyed by id (a user or a channel), created full on first use. */
class BucketMap {
  private readonly buckets = new Map<string, BucketState>();
  private sweepAt = SWEEP_AT;

  constructor(readonly spec: BucketSpec) {}

  peek(key: string, now: number): BucketState {
    const state = this.buckets.get(key);
    return state ? refill(this.spec, state, now) : fullBucket(this.spec, now);
  }

  store(key: string, state: BucketState): void {
    this.buckets.set(key, state);
    if (this.buckets.size > this.sweepAt) this.sweep(state.at);
  }

  get size(): number {
    return this.buckets.size;
  }

  sweep(now: number): void {
    for (const [key, state] of this.buckets) {
      if (refill(this.spec, state, now).tokens >= this.spec.burst) this.buckets.delete(key);
    }
    // Under a flood of distinct ids few buckets are full; wait for the map to double before
    // sweeping again, so the sweep stays amortised O(1) per question.
    this.sweepAt = Math.max(SWEEP_AT, this.buckets.size * 2);
  }
}

/**
 * Per-user and per-channel token buckets. A question needs a token from both; when either is
 * empty neither is spent, so a user held back by a busy channel keeps their own allowance.
 */
export class RateLimiter {
  private readonly users: BucketMap;
  private readonly channels: BucketMap;

  constructor(
    limits: { user: BucketSpec; channel: BucketSpec },
    private readonly clock: Clock,
  ) {
    this.users = new BucketMap(limits.user);
    this.channels = new BucketMap(limits.channel);
  }

  take(user: string, channel: string): LimitVerdict {
    const now = this.clock();
    const checks = [
      { scope: "user" as const, map: this.users, key: user },
      { scope: "channel" as const, map: this.channels, key: channel },
    ].filter((c) => !isUnlimited(c.map.spec));
    const states = checks.map((c) => c.map.peek(c.key, now));
    for (const [i, c] of checks.entries()) {
      const wait = waitForToken(c.map.spec, states[i] as BucketState);
      if (wait > 0) return { allowed: false, scope: c.scope, retryAfterMs: wait };
    }
    for (const [i, c] of checks.entries()) {
      const s = states[i] as BucketState;
      c.map.store(c.key, { tokens: s.tokens - 1, at: s.at });
    }
    return { allowed: true };
  }

  /** Forgets every bucket that has refilled (the periodic sweep; store() also sweeps as it fills). */
  sweep(): void {
    const now = this.clock();
    this.users.sweep(now);
    this.channels.sweep(now);
  }

  /** Buckets remembered right now (for tests of the memory bound). */
  get tracked(): number {
    return this.users.size + this.channels.size;
  }
}
