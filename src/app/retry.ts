/** What to do after a failed attempt: give up, or try again (after the server's wait, if it named one). */
export type RetryAdvice = { retry: false } | { retry: true; afterMs?: number };

export interface RetryPolicy {
  /** Give up once the next attempt could not start before this many ms from the first. */
  deadlineMs: number;
  /** First backoff; doubled each time, with jitter, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  deadlineMs: 60_000,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, `classify` says the failure is not transient, or the deadline
 * would pass. Each call waits on its own timer, so a long Retry-After on one reply holds back
 * that reply alone, never the others in flight.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  classify: (error: unknown) => RetryAdvice,
  policy: RetryPolicy = DEFAULT_RETRY,
  onRetry?: (error: unknown, waitMs: number, tries: number) => void,
): Promise<T> {
  const started = Date.now();
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const advice = classify(error);
      if (!advice.retry) throw error;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (tries - 1));
      const wait = advice.afterMs ?? backoff * (0.5 + Math.random() / 2);
      if (Date.now() - started + wait > policy.deadlineMs) throw error;
      onRetry?.(error, wait, tries);
      await sleep(wait);
    }
  }
}
