import type { Clock } from "../token-bucket.ts";

/**
 * Keys that expire, capped at `capacity` (the oldest go first past it): the claims of Slack
 * deliveries. Unlike ExpiringMap it keeps no value and no wrapper object per key, only the
 * expiry as a small integer (ms after the set was made, a V8 small integer for 24 days), so an
 * entry costs its key and a map slot: about half as much, and claims are most of what the bot
 * holds under load (one per Slack delivery for an hour). Keys stay in insertion order, so with
 * one TTL per set the oldest is also the first to expire.
 */
export class ExpiringSet {
  private readonly entries = new Map<string, number>();
  private readonly base: number;

  constructor(
    private readonly capacity: number,
    private readonly clock: Clock,
  ) {
    this.base = clock();
  }

  has(key: string): boolean {
    const expires = this.entries.get(key);
    if (expires === undefined) return false;
    if (expires <= this.now()) {
      this.entries.delete(key);
      return false;
    }
    return true;
  }

  add(key: string, ttlMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, this.now() + ttlMs);
    this.dropExpired(4);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops every expired key (the periodic sweep). */
  sweep(): void {
    const now = this.now();
    for (const [key, expires] of this.entries) if (expires <= now) this.entries.delete(key);
  }

  private now(): number {
    return this.clock() - this.base;
  }

  /** Drops up to `max` expired keys from the front: amortised cleaning on every add. */
  private dropExpired(max: number): void {
    const now = this.now();
    let n = 0;
    for (const [key, expires] of this.entries) {
      if (n++ >= max || expires > now) return;
      this.entries.delete(key);
    }
  }
}
