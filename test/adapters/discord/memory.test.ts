import type { Client } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CACHE_LIMITS } from "../../../src/adapters/discord/client.ts";
import { startDiscord } from "../../../src/adapters/discord/start.ts";
import { FakeDiscord } from "../../support/discord-fake.ts";
import { createTestDeps, createTestEnv } from "../../support/discord-harness.ts";
import { autocompleteInteraction, BOT_USER } from "../../support/discord-payloads.ts";

// discord.js caches every user and member it meets unless told otherwise: 20,000 askers were
// 20,001 cached users and 20,000 members. The bot's client keeps at most its caps.

const ASKERS = 1_200;

let fake: FakeDiscord;
let client: Client;
let stop: () => Promise<void>;
beforeAll(async () => {
  fake = await FakeDiscord.start();
  const running = await startDiscord(createTestDeps(), createTestEnv(fake));
  client = running.client as Client;
  stop = async () => {
    await running.stop();
    await fake.close();
  };
});
afterAll(async () => stop());

describe("the Discord client's caches", () => {
  it(`stay within their caps after ${ASKERS} distinct askers`, async () => {
    for (let i = 0; i < ASKERS; i++) {
      const interaction = autocompleteInteraction("model", "model", "gpt");
      const id = `8${String(i).padStart(17, "0")}`;
      interaction.member.user = { ...interaction.member.user, id, username: `asker${i}` };
      fake.dispatch("INTERACTION_CREATE", interaction);
    }
    await fake.waitFor(
      (r) =>
        r.path.includes("/callback") &&
        fake.requests.filter((q) => q.path.includes("/callback")).length >= ASKERS,
    );
    expect(client.users.cache.size).toBeLessThanOrEqual(CACHE_LIMITS.users + 1);
    const members = [...client.guilds.cache.values()].map((g) => g.members.cache.size);
    for (const n of members) expect(n).toBeLessThanOrEqual(CACHE_LIMITS.membersPerGuild + 1);
    expect(client.user?.id).toBe(BOT_USER.id);
  }, 120_000);
});
