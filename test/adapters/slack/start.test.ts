import { describe, expect, it } from "vitest";
import { startSlack } from "../../../src/adapters/slack/start.ts";
import { BotError } from "../../../src/core/errors.ts";
import {
  APP_TOKEN,
  BOT_TOKEN,
  createTestDeps,
  SECRET,
  startSlackPair,
} from "../../support/slack-app.ts";
import { FakeSlack } from "../../support/slack-fake.ts";

describe("startSlack", () => {
  it.each([
    ["auth.test", "SLACK_BOT_TOKEN", "invalid_auth"],
    ["apps.connections.open", "SLACK_APP_TOKEN", "not_authed"],
  ])("turns a refused %s into a config error naming %s", async (method, variable, code) => {
    const fake = await new FakeSlack().start();
    fake.refusals.set(method, code);
    try {
      const env = { botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: fake.apiUrl };
      const started = startSlack(createTestDeps(), env);
      await expect(started).rejects.toBeInstanceOf(BotError);
      await expect(started).rejects.toThrow(`Slack refused ${variable} (${code})`);
    } finally {
      await fake.close();
    }
  });

  it("stops taking requests once stopped (HTTP)", async () => {
    const pair = await startSlackPair("http");
    expect((await fetch(`${pair.base}/healthz`)).status).toBe(200);
    await pair.stop();
    await expect(fetch(`${pair.base}/healthz`)).rejects.toThrow();
  });

  it("closes the socket and the health port once stopped (Socket Mode)", async () => {
    const pair = await startSlackPair("socket");
    expect((await fetch(`${pair.base}/healthz`)).status).toBe(200);
    await pair.adapter.stop();
    await expect(fetch(`${pair.base}/healthz`)).rejects.toThrow();
    await pair.fake.close();
  });

  it("reports the HTTP port it took", async () => {
    const fake = await new FakeSlack().start();
    const adapter = await startSlack(createTestDeps(), {
      botToken: BOT_TOKEN,
      signingSecret: SECRET,
      apiUrl: fake.apiUrl,
      port: 0,
      host: "127.0.0.1",
    });
    expect(adapter).toMatchObject({ name: "slack", mode: "http", port: expect.any(Number) });
    expect(adapter.port).toBeGreaterThan(0);
    await adapter.stop();
    await fake.close();
  });

  it.each(["http", "socket"] as const)("names PORT when it is taken (%s)", async (mode) => {
    const fake = await new FakeSlack().start();
    const taken = Number(new URL(fake.url).port);
    const env =
      mode === "http"
        ? {
            botToken: BOT_TOKEN,
            signingSecret: SECRET,
            apiUrl: fake.apiUrl,
            port: taken,
            host: "127.0.0.1",
          }
        : {
            botToken: BOT_TOKEN,
            appToken: APP_TOKEN,
            apiUrl: fake.apiUrl,
            port: taken,
            host: "127.0.0.1",
          };
    try {
      await expect(startSlack(createTestDeps(), env)).rejects.toThrow(
        `PORT ${taken} cannot be used (EADDRINUSE)`,
      );
    } finally {
      await fake.close();
    }
  });
});
