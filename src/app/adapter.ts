import type { Logger } from "pino";
import type { Bot } from "./bot.ts";

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
}

/** A started adapter; main stops each on shutdown (stop stops taking events, then closes). */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}
