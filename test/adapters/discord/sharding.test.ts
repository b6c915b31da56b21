import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  currentProcessScript,
  startDiscordSharded,
} from "../../../src/adapters/discord/sharding.ts";
import { FakeDiscord } from "../../support/discord-fake.ts";
import { createTestDeps, createTestEnv } from "../../support/discord-harness.ts";
import { APP_ID } from "../../support/discord-payloads.ts";

const CHILD = fileURLToPath(new URL("../../support/discord-shard-child.ts", import.meta.url));

let fake: FakeDiscord;
const saved = { ...process.env };
beforeAll(async () => {
  fake = await FakeDiscord.start();
  // Shard processes inherit this environment (discord.js copies process.env for each one).
  process.env.DISCORD_API_URL = fake.apiUrl;
  process.env.DISCORD_APPLICATION_ID = APP_ID;
});
afterAll(async () => {
  process.env = saved;
  await fake.close();
});

// Two node processes start here; give a busy CI machine room beyond the default.
const SPAWN_TIMEOUT = 90_000;

describe("startDiscordSharded", () => {
  it("runs Discord's recommended shard count, one process per shard, and stops them", {
    timeout: SPAWN_TIMEOUT,
  }, async () => {
    fake.recommendedShards = 2;
    const running = await startDiscordSharded(createTestDeps(), createTestEnv(fake), "auto", {
      file: CHILD,
      args: [],
      execArgv: ["--import", "tsx"],
      delayMs: 0,
    });
    try {
      await fake.waitForIdentify(2);
      const shards = fake.identifies.map((d) => d.shard).sort();
      expect(shards).toEqual([
        [0, 2],
        [1, 2],
      ]);
    } finally {
      await running.stop();
    }
  });
});

describe("currentProcessScript", () => {
  it("re-runs this process without --shards", () => {
    const argv = process.argv;
    process.argv = ["node", "src/main.ts", "--only", "discord", "--shards", "auto", "--shards=3"];
    try {
      expect(currentProcessScript()).toMatchObject({
        file: "src/main.ts",
        args: ["--only", "discord"],
      });
    } finally {
      process.argv = argv;
    }
  });
});
