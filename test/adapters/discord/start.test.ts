import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDiscord } from "../../../src/adapters/discord/start.ts";
import { BotError } from "../../../src/core/errors.ts";
import { FakeDiscord } from "../../support/discord-fake.ts";
import { createTestDeps, createTestEnv } from "../../support/discord-harness.ts";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => fake.close());

describe("a token Discord refuses", () => {
  it("stops start-up with CONFIG_INVALID naming DISCORD_TOKEN, not its value", async () => {
    const env = { ...createTestEnv(fake), token: "MTIz.wrong-token-for-tests.zzzzzzzzzzz" };
    const started = startDiscord(createTestDeps(), env);
    await expect(started).rejects.toThrow(BotError);
    await expect(started).rejects.toThrow(/DISCORD_TOKEN/);
    await expect(started).rejects.not.toThrow(env.token);
  });
});

describe("stop", () => {
  it("closes the gateway connection", async () => {
    const running = await startDiscord(createTestDeps(), createTestEnv(fake));
    await fake.waitForIdentify(1);
    expect(fake.openSessions).toBe(1);
    await running.stop();
    await fake.waitForSessions(0);
    expect(fake.openSessions).toBe(0);
  });
});
