// The script each shard process runs in the sharding test: the Discord adapter alone, on the
// bundled data, configured from the environment the ShardingManager passes down.
import { parseDiscordEnv } from "../../src/adapters/discord/env.ts";
import { startDiscord } from "../../src/adapters/discord/start.ts";
import { createTestDeps } from "./discord-harness.ts";

const running = await startDiscord(createTestDeps(), parseDiscordEnv(process.env));
process.once("SIGTERM", () => {
  void running.stop().finally(() => process.exit(0));
});
