import type { Clock } from "../token-bucket.ts";

/**
 * A map whose entries expire and whose size is capped: past `capacity` the oldest entry goes
 * first. Entries are kept in insertion order (a re-set moves to the back), so with one TTL per
 * map the oldest is also the first to expire and both checks cost O(1) per operation.
 */
export class ExpiringMap<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();

  constructor(
    private readonly capacity: number,
    private readonly clock: Clock,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires <= this.clock()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, value: V, ttlMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.clock() + ttlMs });
    this.dropExpired(4);
    while (this.entries.size > this.capacity) this.dropOldest();
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops every expired entry (the periodic sweep). */
  sweep(): void {
    const now = this.clock();
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
  }

  /** Drops up to `max` expired entries from the front: amortised cleaning on every write. */
  private dropExpired(max: number): void {
    const now = this.clock();
    let n = 0;
    for (const [key, entry] of this.entries) {
      if (n++ >= max || entry.expires > now) return;
      this.entries.delete(key);
    }
  }

  private dropOldest(): void {
    const oldest = this.entries.keys().next().value;
    if (oldest !== undefined) this.entries.delete(oldest);
  }
}
