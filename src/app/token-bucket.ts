/** A monotonic millisecond clock; tests pass a fake one. */
export type Clock = () => number;

/** Capacity and refill of one bucket. */
export interface BucketSpec {
  /** Most questions allowed at once (the bucket's size). */
  burst: number;
  /** Tokens added per minute, continuously. */
  perMinute: number;
}

/** A bucket's state at `at` (ms): how many tokens it held then. */
export interface BucketState {
  tokens: number;
  at: number;
}

/** A full bucket at time `now`. */
export function fullBucket(spec: BucketSpec, now: number): BucketState {
  return { tokens: spec.burst, at: now };
}

/** The bucket at `now`, refilled for the time since its state was taken, capped at burst. */
export function refill(spec: BucketSpec, state: BucketState, now: number): BucketState {
  // A clock that steps back (a fake one, or a bad system) must not drain or overfill the bucket.
  const elapsed = Math.max(0, now - state.at);
  const tokens = Math.min(spec.burst, state.tokens + (elapsed * spec.perMinute) / 60_000);
  return { tokens, at: Math.max(now, state.at) };
}

/** Milliseconds until a refilled bucket holds one whole token (0 when it already does). */
export function waitForToken(spec: BucketSpec, state: BucketState): number {
  if (state.tokens >= 1) return 0;
  if (spec.perMinute <= 0) return Number.POSITIVE_INFINITY;
  return Math.ceil(((1 - state.tokens) * 60_000) / spec.perMinute);
}

/** A spec of 0 burst or 0 per minute means "no limit" (the operator turned it off). */
export function isUnlimited(spec: BucketSpec): boolean {
  return spec.burst <= 0 || spec.perMinute <= 0;
}
