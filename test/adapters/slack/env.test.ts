import { describe, expect, it } from "vitest";
import { parseSlackEnv } from "../../../src/adapters/slack/env.ts";
import { DEFAULT_HTTP_LIMITS } from "../../../src/adapters/slack/http-front.ts";
import { BotError } from "../../../src/core/errors.ts";

const BOT = "xoxb-1111-2222-abcdef";
const APP = "xapp-1-A1-3333-abcdef";
const SECRET = "0123456789abcdef0123456789abcdef";

describe("parseSlackEnv", () => {
  it.each([
    [
      "HTTP mode",
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET },
      { botToken: BOT, signingSecret: SECRET, http: DEFAULT_HTTP_LIMITS },
    ],
    [
      "Socket Mode needs no secret",
      { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP },
      { botToken: BOT, appToken: APP, http: DEFAULT_HTTP_LIMITS },
    ],
    [
      "every option",
      {
        SLACK_BOT_TOKEN: BOT,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: "http://127.0.0.1:9/api/",
        PORT: "8080",
        SLACK_HOST: "127.0.0.1",
        HTTP_MAX_CONNECTIONS: "64",
        HTTP_HEADERS_TIMEOUT_MS: "2000",
        HTTP_REQUEST_TIMEOUT_MS: "3000",
        HTTP_IDLE_TIMEOUT_MS: "4000",
        HTTP_BODY_LIMIT_BYTES: "65536",
      },
      {
        botToken: BOT,
        signingSecret: SECRET,
        apiUrl: "http://127.0.0.1:9/api/",
        port: 8080,
        host: "127.0.0.1",
        http: {
          maxConnections: 64,
          headersTimeoutMs: 2000,
          requestTimeoutMs: 3000,
          idleTimeoutMs: 4000,
          bodyLimitBytes: 65536,
        },
      },
    ],
    [
      "empty lines mean unset",
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: "", PORT: "" },
      { botToken: BOT, signingSecret: SECRET, http: DEFAULT_HTTP_LIMITS },
    ],
  ])("reads %s", (_, env, expected) => {
    expect(parseSlackEnv(env)).toEqual(expected);
  });

  it.each([
    ["no bot token", {}, "SLACK_BOT_TOKEN is missing"],
    [
      "a user token as bot token",
      { SLACK_BOT_TOKEN: "xoxp-1111-2222-abcdef", SLACK_SIGNING_SECRET: SECRET },
      "SLACK_BOT_TOKEN must be a bot token",
    ],
    ["HTTP mode without a secret", { SLACK_BOT_TOKEN: BOT }, "SLACK_SIGNING_SECRET is missing"],
    [
      "a bot token as app token",
      { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: BOT },
      "SLACK_APP_TOKEN must be an app-level token",
    ],
    [
      "a port out of range",
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: "70000" },
      "PORT must be between 0 and 65535",
    ],
    [
      "a port that is no number",
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: "eighty" },
      "PORT must be a number",
    ],
    [
      "an API URL that is no http URL",
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: "ftp://x" },
      "SLACK_API_URL must be an http(s) URL",
    ],
  ])("refuses %s, naming the variable", (_, env, message) => {
    let error: unknown;
    try {
      parseSlackEnv(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BotError);
    expect((error as BotError).code).toBe("CONFIG_INVALID");
    expect((error as BotError).message).toContain(message);
  });

  it("never repeats a secret value in its message", () => {
    const env = {
      SLACK_BOT_TOKEN: "xoxb-secret value!",
      SLACK_APP_TOKEN: "xapp secret",
      SLACK_SIGNING_SECRET: "short secret",
    };
    expect(() => parseSlackEnv(env)).toThrow(BotError);
    try {
      parseSlackEnv(env);
    } catch (e) {
      expect((e as Error).message).not.toMatch(/secret value|xapp secret|short secret/);
    }
  });
});
