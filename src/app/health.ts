import type { Clock } from "./token-bucket.ts";

export type PlatformState = "connecting" | "connected" | "disconnected";

/** What one adapter tells the health monitor. */
export interface PlatformMonitor {
  connected(): void;
  disconnected(reason: string): void;
  /** One reply delivered (true) or given up on (false), after its retries. */
  delivery(ok: boolean): void;
}

export interface HealthState {
  /** Every configured platform connected, and not shutting down. */
  ready: boolean;
  /** Replies are getting through (fewer than half of the recent ones failed). */
  healthy: boolean;
  platforms: Record<string, PlatformState>;
  answers: { recent: number; failed: number };
}

/** Replies looked at: those of the last five minutes. */
const WINDOW_MS = 5 * 60_000;
/** Failures needed before the bot calls itself unhealthy: one lost reply is no outage. */
const MIN_FAILURES = 5;

/**
 * Tracks what `/healthz` reports beyond "the process is up": whether each configured platform is
 * connected (not ready until all are), and whether replies are actually being delivered
 * (unhealthy when at least five of the last five minutes' replies failed, and half or more).
 */
export class HealthMonitor {
  private readonly platforms = new Map<string, PlatformState>();
  private outcomes: Array<{ at: number; ok: boolean }> = [];

  constructor(private readonly clock: Clock = Date.now) {}

  /** A platform that must connect before the bot is ready. */
  expect(name: string): PlatformMonitor {
    this.platforms.set(name, "connecting");
    return {
      connected: () => this.platforms.set(name, "connected"),
      disconnected: () => this.platforms.set(name, "disconnected"),
      delivery: (ok) => this.record(ok),
    };
  }

  state(): HealthState {
    const now = this.clock();
    this.outcomes = this.outcomes.filter((o) => o.at > now - WINDOW_MS);
    const failed = this.outcomes.filter((o) => !o.ok).length;
    const recent = this.outcomes.length;
    return {
      ready: [...this.platforms.values()].every((s) => s === "connected"),
      healthy: !(failed >= MIN_FAILURES && failed * 2 >= recent),
      platforms: Object.fromEntries(this.platforms),
      answers: { recent, failed },
    };
  }

  private record(ok: boolean): void {
    this.outcomes.push({ at: this.clock(), ok });
    // Bounded: only the window matters, and a burst past 10,000 replies says enough.
    if (this.outcomes.length > 10_000) this.outcomes.splice(0, this.outcomes.length - 10_000);
  }
}

/** A report for a bot that is simply up (tools, benchmarks and tests that run no runtime). */
export function upHealth(data: { hash: string; records: number }, uptimeSeconds = 0) {
  return {
    ok: true,
    ready: true,
    healthy: true,
    platforms: {},
    answers: { recent: 0, failed: 0 },
    data,
    uptimeSeconds,
  };
}
