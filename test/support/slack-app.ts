import pino from "pino";
import type { SlackEnv } from "../../src/adapters/slack/env.ts";
import { type SlackAdapter, startSlack } from "../../src/adapters/slack/start.ts";
import type { AdapterDeps } from "../../src/app/adapter.ts";
import { type Bot, createBasicBot } from "../../src/app/bot.ts";
import { upHealth } from "../../src/app/health.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { FakeSlack } from "./slack-fake.ts";
import { postPayload } from "./slack-sign.ts";

export const SECRET = "test-signing-secret-0123456789abcdef";
export const BOT_TOKEN = "xoxb-test-0000-token";
export const APP_TOKEN = "xapp-1-A1-test-token";

export const HEALTH = upHealth({ hash: "abc123", records: 1 }, 42);

/** The real bot over the committed data, as main builds it minus limits and logging. */
export function createTestDeps(bot?: Bot): AdapterDeps {
  return {
    bot: bot ?? createBasicBot(createEngine(loadCatalog("data"))),
    log: pino({ level: "silent" }),
    health: () => HEALTH,
  };
}

/** A fake Slack and the real adapter pointed at it, on loopback. */
export async function startSlackPair(
  mode: "http" | "socket",
  deps = createTestDeps(),
  overrides: Partial<SlackEnv> = {},
) {
  const fake = await new FakeSlack().start();
  const env: SlackEnv =
    mode === "http"
      ? {
          botToken: BOT_TOKEN,
          signingSecret: SECRET,
          apiUrl: fake.apiUrl,
          port: 0,
          host: "127.0.0.1",
        }
      : {
          botToken: BOT_TOKEN,
          appToken: APP_TOKEN,
          apiUrl: fake.apiUrl,
          port: 0,
          host: "127.0.0.1",
        };
  const adapter: SlackAdapter = await startSlack(deps, { ...env, ...overrides });
  const base = `http://127.0.0.1:${adapter.port}`;
  return {
    fake,
    adapter,
    base,
    events: `${base}/slack/events`,
    stop: async () => {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** A slash command form as Slack posts it. */
export function commandForm(text: string, responseUrl: string): Record<string, string> {
  return {
    token: "legacy",
    team_id: "T1",
    team_domain: "test",
    channel_id: "C1",
    channel_name: "general",
    user_id: "U1",
    user_name: "alice",
    command: "/model",
    text,
    api_app_id: "A1",
    response_url: responseUrl,
    trigger_id: "1.2.3",
  };
}

/** A block_actions payload for one clicked element. */
export function blockActions(
  action: Record<string, unknown>,
  responseUrl: string,
  container: Record<string, unknown>,
) {
  return {
    type: "block_actions",
    team: { id: "T1", domain: "test" },
    user: { id: "U1", username: "alice", name: "alice", team_id: "T1" },
    api_app_id: "A1",
    token: "legacy",
    container,
    trigger_id: "1.2.3",
    channel: { id: String(container.channel_id ?? "C1"), name: "general" },
    message: {
      type: "message",
      ts: "1700000000.000100",
      text: "x",
      user: "UBOT",
      thread_ts: container.thread_ts,
    },
    response_url: responseUrl,
    actions: [{ block_id: "b1", action_ts: "1700000001.0", ...action }],
  };
}

/** Where a private `/model` answer's buttons sit: an ephemeral message in channel C1. */
export const PRIVATE_ANSWER = {
  type: "message",
  message_ts: "1",
  channel_id: "C1",
  is_ephemeral: true,
} as const;

/** A click on one of the bot's buttons, signed and posted as Slack would. */
export function clickButton(
  events: string,
  responseUrl: string,
  button: { actionId: string; value: string },
  container: Record<string, unknown> = PRIVATE_ANSWER,
) {
  const action = {
    type: "button",
    action_id: button.actionId,
    value: button.value,
    text: { type: "plain_text", text: "x" },
  };
  return postPayload(events, blockActions(action, responseUrl, container), SECRET);
}

/** A Socket Mode envelope carrying one Events API event, as Slack sends it. */
export function eventEnvelope(envelopeId: string, event: Record<string, unknown>) {
  return {
    envelope_id: envelopeId,
    type: "events_api",
    accepts_response_payload: false,
    payload: {
      type: "event_callback",
      team_id: "T1",
      api_app_id: "A1",
      event_id: `Ev-${envelopeId}`,
      event_time: 1,
      authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
      event,
    },
  };
}

/** An app_mention Events API callback as Slack posts it (JSON), with a given event id. */
export function mentionEvent(eventId: string, channel = "C1", text = "gpt-5.1-codex-mini context") {
  return JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
    event: {
      type: "app_mention",
      user: "U1",
      text: `<@UBOT> ${text}`,
      ts: "1700000000.000100",
      channel,
      event_ts: "1700000000.000100",
    },
  });
}
