import type { Logger } from "pino";
import type { Bot } from "./bot.ts";
import type { ConversationStore } from "./conversations.ts";
import type { PlatformMonitor, PlatformState } from "./health.ts";
import type { RetryPolicy } from "./retry.ts";
import type { StateStore } from "./state/types.ts";
import type { ChannelPoster } from "./watches/poster.ts";

/**
 * What `GET /healthz` reports. `ok` (HTTP 200, else 503) needs all three: every configured
 * platform connected (`ready`), replies getting through (`healthy`), and no shutdown under way.
 */
export interface HealthReport {
  ok: boolean;
  ready: boolean;
  healthy: boolean;
  platforms: Record<string, PlatformState>;
  answers: { recent: number; failed: number };
  data: { hash: string; records: number };
  uptimeSeconds: number;
}

/** What main hands every adapter when it starts one. */
export interface AdapterDeps {
  bot: Bot;
  log: Logger;
  health: () => HealthReport;
  /**
   * Wrap the sending of a reply (work after `bot.handle`) in this, so shutdown waits for it
   * before closing the client. Absent outside the production runtime.
   */
  track?: <T>(work: Promise<T>) => Promise<T>;
  /**
   * What the bot remembers between questions (claims, payloads, watches): in this process, or
   * shared by every replica through DATABASE_URL. Absent outside the production runtime.
   */
  state?: StateStore;
  /** Where conversations live; absent: the state store's payloads, else this process's memory. */
  conversations?: ConversationStore;
  /** How long, and how, sending a reply retries transient failures (DEFAULT_RETRY when absent). */
  retry?: RetryPolicy;
  /** How long connecting to the platform may take at start-up (STARTUP_TIMEOUT_MS). */
  startupTimeoutMs?: number;
  /** Tells /healthz when this platform connects or drops, and how replies fare. */
  monitor?: PlatformMonitor;
}

/** A started adapter; main stops each on shutdown (stop stops taking events, then closes). */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
  /** Resolves when the adapter ends on its own (the console's input closed); main then exits. */
  closed?: Promise<void>;
  /** Posts to the platform's channels (watches' messages); absent where the adapter cannot. */
  poster?: ChannelPoster;
}
