import { pino } from "pino";
import type { DiscordEnv } from "../../src/adapters/discord/env.ts";
import { startDiscord } from "../../src/adapters/discord/start.ts";
import type { AdapterDeps, RunningAdapter } from "../../src/app/adapter.ts";
import { type Bot, createBasicBot } from "../../src/app/bot.ts";
import { upHealth } from "../../src/app/health.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { FakeDiscord } from "./discord-fake.ts";
import { APP_ID } from "./discord-payloads.ts";

/** A token shaped like a real one; the fake accepts anything. */
export const TEST_TOKEN = "MTIz.fake-token-for-tests.abcdefghijklmnop";

/** The env a test bot uses against a fake Discord. */
export function createTestEnv(fake: FakeDiscord, guildId?: string): DiscordEnv {
  return {
    token: TEST_TOKEN,
    applicationId: APP_ID,
    apiUrl: fake.apiUrl,
    ...(guildId === undefined ? {} : { guildId }),
  };
}

/** Adapter deps over the bundled data, or over a given bot. */
export function createTestDeps(
  bot: Bot = createBasicBot(createEngine(loadCatalog("data"))),
): AdapterDeps {
  return {
    bot,
    log: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
    health: () => upHealth({ hash: "test", records: 1 }),
  };
}

/** A fake Discord and a real discord.js client connected to it; call stop() after. */
export async function startTestDiscord(bot?: Bot, deferAfterMs?: number) {
  const fake = await FakeDiscord.start();
  const running: RunningAdapter = await startDiscord(createTestDeps(bot), createTestEnv(fake), {
    ...(deferAfterMs === undefined ? {} : { deferAfterMs }),
  });
  return {
    fake,
    stop: async () => {
      await running.stop();
      await fake.close();
    },
  };
}
