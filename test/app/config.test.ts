import { describe, expect, it } from "vitest";
import { planAdapters } from "../../src/app/plan.ts";
import { parseStartArgs } from "../../src/config/args.ts";
import { parseAppConfig } from "../../src/config/env.ts";
import { collectSecrets } from "../../src/config/secrets.ts";

describe("parseAppConfig", () => {
  it("applies the defaults to an empty environment", () => {
    expect(parseAppConfig({})).toEqual({
      dataDir: "./data",
      dataWatch: false,
      rateLimits: {
        user: { burst: 5, perMinute: 20 },
        channel: { burst: 20, perMinute: 80 },
      },
      shutdownGraceMs: 5000,
      dataLimits: { maxFileBytes: 67_108_864, maxDrop: 0.25 },
      startupTimeoutMs: 30_000,
      sendDeadlineMs: 60_000,
      stateDir: "./state",
    });
  });

  it.each([
    [{ DATA_WATCH: "1" }, { dataWatch: true }],
    [{ DATA_WATCH: "false" }, { dataWatch: false }],
    [{ DATA_WATCH: "" }, { dataWatch: false }],
    [{ DATA_DIR: "/srv/data" }, { dataDir: "/srv/data" }],
    [{ LOG_LEVEL: "debug" }, { logLevel: "debug" }],
    [{ STATE_DIR: "/var/lib/model-bot" }, { stateDir: "/var/lib/model-bot" }],
    [
      { DATABASE_URL: "postgres://bot:pw@db:5432/bot" },
      { databaseUrl: "postgres://bot:pw@db:5432/bot" },
    ],
    [
      { RATE_USER_BURST: "0" },
      { rateLimits: expect.objectContaining({ user: { burst: 0, perMinute: 20 } }) },
    ],
    [
      { RATE_CHANNEL_PER_MINUTE: "120" },
      { rateLimits: expect.objectContaining({ channel: { burst: 20, perMinute: 120 } }) },
    ],
  ])("%j", (env, expected) => {
    expect(parseAppConfig(env)).toMatchObject(expected);
  });

  it.each([
    [{ DATA_WATCH: "maybe" }, /DATA_WATCH must be 1 or 0/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL must be one of/],
    [{ DATABASE_URL: "mysql://db/bot" }, /DATABASE_URL must be a postgres/],
    [{ RATE_USER_BURST: "many" }, /RATE_USER_BURST must be a number/],
    [{ RATE_USER_PER_MINUTE: "-1" }, /RATE_USER_PER_MINUTE must be 0 or more/],
    [{ RATE_CHANNEL_BURST: "1.5" }, /RATE_CHANNEL_BURST must be a whole number/],
    [{ SHUTDOWN_GRACE_MS: "999999" }, /SHUTDOWN_GRACE_MS must be at most 60000/],
  ])("refuses %j", (env, message) => {
    expect(() => parseAppConfig(env)).toThrow(message);
  });
});

describe("parseStartArgs", () => {
  it.each([
    [[], {}],
    [["--only", "slack"], { only: "slack" }],
    [["--only=discord"], { only: "discord" }],
    [["--shards", "auto"], { shards: "auto" }],
    [["--shards=4", "--only", "discord"], { shards: 4, only: "discord" }],
  ])("%j", (argv, expected) => {
    expect(parseStartArgs(argv)).toEqual(expected);
  });

  it.each([
    [["--only", "teams"], /--only must be slack or discord/],
    [["--only"], /--only needs a value/],
    [["--shards", "0"], /--shards must be auto or a whole number/],
    [["--shards", "two"], /--shards must be auto or a whole number/],
    [["--verbose"], /unknown option "--verbose"/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseStartArgs(argv)).toThrow(message);
  });
});

describe("planAdapters", () => {
  const both = { SLACK_BOT_TOKEN: "xoxb-1", DISCORD_TOKEN: "d" };
  it.each([
    [{}, {}, ["console"]],
    [{ SLACK_BOT_TOKEN: " " }, {}, ["console"]],
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, {}, ["slack"]],
    [{ DISCORD_TOKEN: "d" }, { shards: "auto" }, ["discord"]],
    [both, {}, ["slack", "discord"]],
    [both, { only: "slack" }, ["slack"]],
    [both, { only: "discord", shards: 2 }, ["discord"]],
    [{ ...both, SHARDS: "0", SHARD_COUNT: "2" }, {}, ["discord"]],
  ] as const)("%j %j → %j", (env, args, expected) => {
    expect(planAdapters(env, args)).toEqual(expected);
  });

  it.each([
    [{ DISCORD_TOKEN: "d" }, { only: "slack" }, /--only slack needs SLACK_BOT_TOKEN/],
    [{ SLACK_BOT_TOKEN: "x" }, { shards: 2 }, /--shards is for Discord/],
  ] as const)("refuses %j %j", (env, args, message) => {
    expect(() => planAdapters(env, args)).toThrow(message);
  });
});

describe("collectSecrets", () => {
  it("takes the secret variables that are set and long enough to be real", () => {
    const env = {
      SLACK_BOT_TOKEN: "xoxb-123456789",
      SLACK_SIGNING_SECRET: "abc", // too short to scrub safely
      DISCORD_TOKEN: "xoxb-123456789", // same value once
      DATA_DIR: "/not/a/secret/at/all",
    };
    expect(collectSecrets(env)).toEqual(["xoxb-123456789"]);
  });

  it("takes DATABASE_URL and, alone, its password (a driver may quote just that)", () => {
    const url = "postgres://bot:s3cret%2Fpassword@db:5432/bot";
    expect(collectSecrets({ DATABASE_URL: url })).toEqual([url, "s3cret/password"]);
  });
});
