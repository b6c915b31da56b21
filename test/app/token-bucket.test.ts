import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/app/rate-limiter.ts";
import { refill, waitForToken } from "../../src/app/token-bucket.ts";

const spec = { burst: 3, perMinute: 6 }; // one token every 10 s

describe("refill", () => {
  it.each([
    { tokens: 0, at: 0, now: 0, expected: 0 },
    { tokens: 0, at: 0, now: 10_000, expected: 1 },
    { tokens: 0, at: 0, now: 15_000, expected: 1.5 },
    { tokens: 2, at: 0, now: 60_000, expected: 3 }, // capped at burst
    { tokens: 1, at: 50_000, now: 40_000, expected: 1 }, // clock stepped back: no change
  ])("$tokens tokens at $at, refilled at $now → $expected", ({ tokens, at, now, expected }) => {
    expect(refill(spec, { tokens, at }, now).tokens).toBeCloseTo(expected);
  });
});

describe("waitForToken", () => {
  it.each([
    { tokens: 1, expected: 0 },
    { tokens: 2.5, expected: 0 },
    { tokens: 0, expected: 10_000 },
    { tokens: 0.5, expected: 5_000 },
    { tokens: 0.75, expected: 2_500 },
  ])("$tokens tokens → wait $expected ms", ({ tokens, expected }) => {
    expect(waitForToken(spec, { tokens, at: 0 })).toBe(expected);
  });
});

/** Runs a script of [advance ms, user, channel] steps and returns each verdict in short form. */
function run(
  limits: ConstructorParameters<typeof RateLimiter>[0],
  steps: Array<[number, string, string]>,
): string[] {
  let now = 1_000_000;
  const limiter = new RateLimiter(limits, () => now);
  return steps.map(([advance, user, channel]) => {
    now += advance;
    const v = limiter.take(user, channel);
    return v.allowed ? "ok" : `${v.scope} ${v.retryAfterMs}`;
  });
}

const wide = { burst: 100, perMinute: 6000 };

describe("RateLimiter", () => {
  it.each([
    {
      name: "a user gets the burst, then waits for the refill",
      limits: { user: spec, channel: wide },
      steps: [
        [0, "u", "c"],
        [0, "u", "c"],
        [0, "u", "c"],
        [0, "u", "c"],
        [4_000, "u", "c"],
        [6_000, "u", "c"],
      ],
      expected: ["ok", "ok", "ok", "user 10000", "user 6000", "ok"],
    },
    {
      name: "users are limited apart from each other",
      limits: { user: { burst: 1, perMinute: 1 }, channel: wide },
      steps: [
        [0, "a", "c"],
        [0, "a", "c"],
        [0, "b", "c"],
      ],
      expected: ["ok", "user 60000", "ok"],
    },
    {
      name: "a busy channel holds back every user in it",
      limits: { user: wide, channel: { burst: 2, perMinute: 60 } },
      steps: [
        [0, "a", "c"],
        [0, "b", "c"],
        [0, "c", "c"],
        [0, "c", "other"],
        [1_000, "c", "c"],
      ],
      expected: ["ok", "ok", "channel 1000", "ok", "ok"],
    },
    {
      name: "a refused question spends no user token",
      limits: { user: { burst: 1, perMinute: 1 }, channel: { burst: 1, perMinute: 1 } },
      steps: [
        [0, "a", "c"],
        [0, "b", "c"],
        [0, "b", "d"],
      ],
      expected: ["ok", "channel 60000", "ok"],
    },
    {
      name: "0 turns a limit off",
      limits: { user: { burst: 0, perMinute: 0 }, channel: { burst: 1, perMinute: 0 } },
      steps: [
        [0, "a", "c"],
        [0, "a", "c"],
        [0, "a", "c"],
      ],
      expected: ["ok", "ok", "ok"],
    },
  ] as const)("$name", ({ limits, steps, expected }) => {
    expect(run(limits, steps as unknown as Array<[number, string, string]>)).toEqual(expected);
  });

  it("forgets refilled buckets, so a flood of new ids cannot grow memory without bound", () => {
    let now = 0;
    const limiter = new RateLimiter({ user: spec, channel: spec }, () => now);
    const round = 10_001;
    for (let r = 0; r < 5; r++) {
      for (let i = 0; i < round; i++) limiter.take(`u${r}-${i}`, `c${r}-${i}`);
      now += 60_000; // every bucket of this round is full again by the next
    }
    // Without forgetting, 5 rounds would keep 100,010 buckets; with it, about two rounds' worth.
    expect(limiter.tracked).toBeLessThanOrEqual(4 * round + 4);
  });
});
