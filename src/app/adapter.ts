import type { Logger } from "pino";
import type { Bot } from "./bot.ts";
import type { StateStore } from "./state/types.ts";

/** What `GET /healthz` reports. */
export interface HealthReport {
  ok: boolean;
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
}

/** A started adapter; main stops each on shutdown (stop stops taking events, then closes). */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
  /** Resolves when the adapter ends on its own (the console's input closed); main then exits. */
  closed?: Promise<void>;
}
