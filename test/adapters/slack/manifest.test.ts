import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMAND } from "../../../src/adapters/slack/command.ts";

const manifest = JSON.parse(readFileSync("slack/manifest.json", "utf8"));

describe("slack/manifest.json", () => {
  it("declares the command the adapter listens for", () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([
      COMMAND,
    ]);
  });

  it("asks for exactly the scopes and events the adapter uses", () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      "app_mentions:read",
      "chat:write",
      "commands",
      "files:write",
      "im:history",
      "im:write",
    ]);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      "app_mention",
      "message.im",
    ]);
  });

  it("turns on interactivity (buttons, picker) and the DM tab", () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });
});
