import { describe, expect, it } from "vitest";
import type { CommandName } from "../../../src/adapters/discord/commands.ts";
import { parseDiscordEnv } from "../../../src/adapters/discord/env.ts";
import { questionFromMessage } from "../../../src/adapters/discord/messages.ts";
import {
  type CommandOptions,
  isPrivate,
  questionFromCommand,
} from "../../../src/adapters/discord/question.ts";
import { BotError } from "../../../src/core/errors.ts";

describe("questionFromCommand", () => {
  it.each<[CommandName, CommandOptions, string]>([
    ["model", { model: "gpt-5.1-codex-mini", topic: "context" }, "gpt-5.1-codex-mini context"],
    ["model", { model: "  claude sonet 4.5 " }, "claude sonet 4.5"],
    [
      "ask",
      { question: "what rank is codex mini on webdev arena?" },
      "what rank is codex mini on webdev arena?",
    ],
    ["compare", { model1: "a", model2: "b" }, "compare a vs b"],
    [
      "compare",
      { model1: "a", model2: " b ", model3: "c", model4: "d" },
      "compare a vs b vs c vs d",
    ],
    ["compare", { model1: "a", model2: "b", model3: "  ", model4: "d" }, "compare a vs b vs d"],
    ["top", { benchmark: "webdev-arena", count: 5 }, "top 5 on webdev-arena"],
    ["top", { benchmark: "webdev-arena" }, "top on webdev-arena"],
    [
      "transparency",
      { model: "gpt-5.1-codex-mini", private: true },
      "transparency of gpt-5.1-codex-mini",
    ],
  ])("/%s %j → %j", (name, options, question) => {
    expect(questionFromCommand(name, options)).toBe(question);
  });

  it.each<[CommandOptions, boolean]>([
    [{ private: true }, true],
    [{ private: false }, false],
    [{}, false],
    [{ private: "true" }, false],
  ])("private for %j is %s", (options, expected) => {
    expect(isPrivate(options)).toBe(expected);
  });
});

describe("questionFromMessage", () => {
  const bot = "900000000000000001";
  it.each<[string, boolean, string | null]>([
    [`<@${bot}> gpt-5.1-codex-mini context`, false, "gpt-5.1-codex-mini context"],
    [`<@!${bot}>   how does codex mini rank?`, false, "how does codex mini rank?"],
    [`hey <@${bot}>, top 5 on webdev-arena`, false, "hey , top 5 on webdev-arena"],
    [`<@${bot}>`, false, ""],
    ["gpt-5.1-codex-mini context", false, null],
    ["<@123456789012345678> gpt-5.1-codex-mini", false, null],
    ["gpt-5.1-codex-mini context", true, "gpt-5.1-codex-mini context"],
    [`<@${bot}> in a DM`, true, "in a DM"],
  ])("%j (DM: %s) → %j", (content, inDm, question) => {
    expect(questionFromMessage(content, bot, inDm)).toBe(question);
  });
});

describe("parseDiscordEnv", () => {
  const token = "MTIz.fake-token-for-tests.abcdefghijklmnop";
  const app = "900000000000000001";

  it("reads every variable and treats empty ones as unset", () => {
    expect(
      parseDiscordEnv({
        DISCORD_TOKEN: token,
        DISCORD_APPLICATION_ID: app,
        DISCORD_GUILD_ID: "",
        DISCORD_API_URL: "http://127.0.0.1:9/api/",
      }),
    ).toEqual({ token, applicationId: app, apiUrl: "http://127.0.0.1:9/api" });
    expect(
      parseDiscordEnv({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: app, DISCORD_GUILD_ID: app }),
    ).toEqual({ token, applicationId: app, guildId: app });
  });

  it.each<[NodeJS.ProcessEnv, RegExp]>([
    [{ DISCORD_APPLICATION_ID: app }, /DISCORD_TOKEN is missing/],
    [{ DISCORD_TOKEN: token }, /DISCORD_APPLICATION_ID is missing/],
    [
      { DISCORD_TOKEN: "", DISCORD_APPLICATION_ID: "" },
      /DISCORD_TOKEN is missing; DISCORD_APPLICATION_ID is missing/,
    ],
    [{ DISCORD_TOKEN: "short", DISCORD_APPLICATION_ID: app }, /DISCORD_TOKEN does not look like/],
    [
      { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: "my-app" },
      /DISCORD_APPLICATION_ID must be a Discord id/,
    ],
    [
      { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: app, DISCORD_GUILD_ID: "12" },
      /DISCORD_GUILD_ID must be/,
    ],
    [
      { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: app, DISCORD_API_URL: "ftp://x" },
      /DISCORD_API_URL must be/,
    ],
  ])("refuses %j naming the variable", (env, message) => {
    expect(() => parseDiscordEnv(env)).toThrow(message);
  });

  it("throws CONFIG_INVALID without ever repeating the token", () => {
    const secret = "not a token but secret";
    let error: unknown;
    try {
      parseDiscordEnv({ DISCORD_TOKEN: secret, DISCORD_APPLICATION_ID: "x" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BotError);
    expect((error as BotError).code).toBe("CONFIG_INVALID");
    expect((error as BotError).message).not.toContain(secret);
  });
});
