import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandForm, eventEnvelope, HEALTH, startSlackPair } from "../../support/slack-app.ts";
import { checkSlackLimits, collectText } from "../../support/slack-limits.ts";

let pair: Awaited<ReturnType<typeof startSlackPair>>;
beforeAll(async () => {
  pair = await startSlackPair("socket");
});
afterAll(async () => {
  await pair.stop();
});

describe("Slack over Socket Mode (real Bolt, local WebSocket)", () => {
  it("connects through apps.connections.open at SLACK_API_URL", () => {
    expect(pair.adapter.mode).toBe("socket");
  });

  it("acks a slash-command envelope and answers at the response_url", async () => {
    const ack = await pair.fake.sendEnvelope({
      envelope_id: "env-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: commandForm("gpt-5.1-codex-mini context", pair.fake.responseUrl("socket-1")),
    });
    expect(ack).toEqual({ envelope_id: "env-1", payload: {} });
    const posted = await pair.fake.nextCall((c) => c.name === "socket-1");
    expect(posted.body.response_type).toBe("ephemeral");
    expect(collectText(posted.body).join("\n")).toContain("400K");
    expect(checkSlackLimits(posted.body)).toEqual([]);
  });

  it("acks an app_mention event and answers in its thread", async () => {
    const ack = await pair.fake.sendEnvelope(
      eventEnvelope("env-2", {
        type: "app_mention",
        user: "U1",
        text: "<@UBOT> gpt-5.1-codex-mini context",
        ts: "3.3",
        channel: "C3",
        event_ts: "3.3",
      }),
    );
    expect(ack.envelope_id).toBe("env-2");
    const posted = await pair.fake.nextCall(
      (c) => c.name === "chat.postMessage" && c.body.channel === "C3",
    );
    expect(posted.body.thread_ts).toBe("3.3");
    expect(checkSlackLimits(posted.body)).toEqual([]);
  });

  it("answers the picker's options in the envelope ack", async () => {
    const ack = await pair.fake.sendEnvelope({
      envelope_id: "env-3",
      type: "block_suggestion",
      accepts_response_payload: true,
      payload: {
        type: "block_suggestion",
        action_id: "model_pick",
        block_id: "b",
        value: "codex",
        user: { id: "U1", name: "alice" },
        team: { id: "T1", domain: "test" },
        container: { type: "message", is_ephemeral: true },
      },
    });
    const payload = ack.payload as { options: { value: string }[] };
    expect(payload.options.map((o) => o.value)).toContain("gpt-5.1-codex-mini");
    expect(checkSlackLimits(payload)).toEqual([]);
  });

  it("serves /healthz on PORT when set, although Socket Mode needs no HTTP", async () => {
    const res = await fetch(`${pair.base}/healthz`);
    expect(await res.json()).toEqual(HEALTH);
    expect((await fetch(`${pair.base}/slack/events`, { method: "POST" })).status).toBe(404);
  });

  // Runs last: every message any test above made the bot send, whatever it asserted itself.
  it("kept every payload it sent inside Slack's limits", () => {
    expect(pair.fake.calls.length).toBeGreaterThan(0);
    for (const call of pair.fake.calls) expect(checkSlackLimits(call.body), call.name).toEqual([]);
  });
});
