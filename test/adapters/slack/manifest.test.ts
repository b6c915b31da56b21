import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SUGGESTED_PROMPTS } from "../../../src/adapters/slack/assistant.ts";
import { COMMAND } from "../../../src/adapters/slack/command.ts";

const manifest = JSON.parse(readFileSync("slack/manifest.json", "utf8"));
// Slack's own schema (test/fixtures/slack/README.md says where it comes from).
const schema = z.fromJSONSchema(
  JSON.parse(readFileSync("test/fixtures/slack/manifest.schema.1.0.0.json", "utf8")),
);

describe("slack/manifest.json", () => {
  it("is valid against Slack's manifest schema, which does refuse a bad manifest", () => {
    const result = schema.safeParse(manifest);
    expect(result.error?.issues ?? []).toEqual([]);
    const bad = structuredClone(manifest);
    bad.features.assistant_view.suggested_prompts[0].text = "not a prompt key";
    bad.features.app_home.home_tab_enabled = "yes";
    expect(schema.safeParse(bad).success).toBe(false);
  });

  it("declares the command the adapter listens for", () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([
      COMMAND,
    ]);
  });

  it("asks for exactly the scopes and events the adapter uses", () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      "app_mentions:read",
      "assistant:write",
      "chat:write",
      "commands",
      "files:write",
      "im:history",
      "im:write",
    ]);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      "app_home_opened",
      "app_mention",
      "assistant_thread_context_changed",
      "assistant_thread_started",
      "message.im",
    ]);
  });

  it("turns on interactivity, the Home and DM tabs, and the assistant view with its prompts", () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    expect(manifest.features.assistant_view.suggested_prompts).toEqual(SUGGESTED_PROMPTS);
  });
});
