// The script each shard process runs in the sharding test: the Discord adapter alone, configured
// from the environment the ShardingManager passes down. The test checks connections, not
// answers, so it skips loading the catalog (seconds per process on a busy machine).
import { pino } from "pino";
import { parseDiscordEnv } from "../../src/adapters/discord/env.ts";
import { startDiscord } from "../../src/adapters/discord/start.ts";
import type { Bot } from "../../src/app/bot.ts";
import { upHealth } from "../../src/app/health.ts";

const bot: Bot = {
  engine: () => {
    throw new Error("the shard test asks no questions");
  },
  handle: async () => ({ kind: "error", errorId: "shard-test", message: "not answering" }),
};
const deps = {
  bot,
  log: pino({ level: "silent" }),
  health: () => upHealth({ hash: "test", records: 0 }),
};
const running = await startDiscord(deps, parseDiscordEnv(process.env));
process.once("SIGTERM", () => {
  void running.stop().finally(() => process.exit(0));
});
