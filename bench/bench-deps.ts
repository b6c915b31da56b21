import pino from "pino";
import type { AdapterDeps } from "../src/app/adapter.ts";
import { createBasicBot } from "../src/app/bot.ts";
import { upHealth } from "../src/app/health.ts";
import type { Catalog } from "../src/core/catalog/catalog.ts";
import { createEngine } from "../src/core/engine/create.ts";

/**
 * What the front-door benches hand an adapter: the real engine behind the basic bot (no rate
 * limits, no request log). At 200 requests a second from a few users the production limits
 * would refuse most questions, and refusing is not what these benches measure.
 */
export function createBenchDeps(catalog: Catalog): AdapterDeps {
  return {
    bot: createBasicBot(createEngine(catalog)),
    log: pino({ level: "silent" }),
    health: () => upHealth(catalog.version),
  };
}
