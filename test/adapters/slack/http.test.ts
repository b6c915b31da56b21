import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  blockActions,
  clickButton,
  commandForm,
  HEALTH,
  SECRET,
  startSlackPair,
} from "../../support/slack-app.ts";
import type { Captured } from "../../support/slack-fake.ts";
import { checkSlackLimits, collectText, sentLinks } from "../../support/slack-limits.ts";
import { postEvent, postPayload, postSigned } from "../../support/slack-sign.ts";

type Pair = Awaited<ReturnType<typeof startSlackPair>>;
let pair: Pair;
let n = 0;
const nextId = () => `r${++n}`;

beforeAll(async () => {
  pair = await startSlackPair("http");
});
afterAll(async () => {
  await pair.stop();
});

const response = (id: string) => pair.fake.nextCall((c) => c.kind === "response" && c.name === id);
const textOf = (c: Captured) => collectText(c.body).join("\n");
const expectWithinLimits = (c: Captured) => expect(checkSlackLimits(c.body)).toEqual([]);

async function slash(text: string) {
  const id = nextId();
  const res = await postSigned(pair.events, commandForm(text, pair.fake.responseUrl(id)), SECRET);
  return { res, id };
}

describe("Slack over HTTP (real Bolt, signed requests)", () => {
  it("answers a signed /model question privately, with the 400K context and a share button", async () => {
    const { res, id } = await slash("gpt-5.1-codex-mini context");
    expect(res.status).toBe(200);
    const posted = await response(id);
    expect(posted.body.response_type).toBe("ephemeral");
    expect(textOf(posted)).toContain("400K");
    expect(JSON.stringify(posted.body.blocks)).toContain('"action_id":"model_share"');
    expectWithinLimits(posted);
  });

  it.each([
    ["a wrong signature", { secret: "not-the-secret-at-all-000000" }],
    ["a timestamp older than 5 minutes", { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
  ])("refuses %s with 401 and answers nothing", async (_, options) => {
    const id = nextId();
    const res = await postSigned(
      pair.events,
      commandForm("gpt-5.1-codex-mini context", pair.fake.responseUrl(id)),
      SECRET,
      options,
    );
    expect(res.status).toBe(401);
    // A valid request sent afterwards is answered; the refused one never was.
    const after = await slash("gpt-5.1-codex-mini context");
    await response(after.id);
    expect(pair.fake.calls.some((c) => c.name === id)).toBe(false);
  });

  it("shows help and the model picker for /model alone", async () => {
    const { id } = await slash("");
    const posted = await response(id);
    expect(JSON.stringify(posted.body.blocks)).toContain('"type":"external_select"');
    expectWithinLimits(posted);
  });

  it("feeds the picker from the engine: at most 100 options", async () => {
    const res = await postPayload(
      pair.events,
      {
        type: "block_suggestion",
        action_id: "model_pick",
        block_id: "b1",
        value: "gpt",
        api_app_id: "A1",
        team: { id: "T1", domain: "test" },
        user: { id: "U1", name: "alice" },
        token: "legacy",
        container: { type: "message", is_ephemeral: true },
      },
      SECRET,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { options: { text: { text: string }; value: string }[] };
    expect(Array.isArray(body.options)).toBe(true);
    expect(body.options.length).toBeLessThanOrEqual(100);
    expect(body.options.map((o) => o.value)).toContain("gpt-5.1-codex-mini");
    expect(checkSlackLimits(body)).toEqual([]);
  });

  it("shows a model's overview when one is picked", async () => {
    const id = nextId();
    const action = {
      type: "external_select",
      action_id: "model_pick",
      selected_option: {
        text: { type: "plain_text", text: "GPT-5.1 Codex Mini" },
        value: "gpt-5.1-codex-mini",
      },
    };
    const container = { type: "message", message_ts: "1", channel_id: "C1", is_ephemeral: true };
    await postPayload(
      pair.events,
      blockActions(action, pair.fake.responseUrl(id), container),
      SECRET,
    );
    const posted = await response(id);
    expect(posted.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(textOf(posted)).toMatch(/GPT-5\.1 Codex Mini|gpt-5\.1-codex-mini/i);
    expectWithinLimits(posted);
  });

  it("shares in the channel: the answer posted in_channel, then the private copy deleted", async () => {
    const id = nextId();
    const button = { actionId: "model_share", value: "gpt-5.1-codex-mini context" };
    await clickButton(pair.events, pair.fake.responseUrl(id), button);
    const posts = await pair.fake.waitFor(() => {
      const found = pair.fake.calls.filter((c) => c.name === id);
      return found.length >= 2 ? found : undefined;
    });
    expect(posts[0]?.body).toMatchObject({ response_type: "in_channel", replace_original: false });
    expect(textOf(posts[0] as Captured)).toContain("400K");
    expect(JSON.stringify(posts[0]?.body.blocks)).not.toContain("model_share");
    expect(posts[1]?.body).toEqual({ delete_original: true });
    expectWithinLimits(posts[0] as Captured);
  });

  it("re-asks a follow-up in place of the private answer it came from", async () => {
    const id = nextId();
    const button = { actionId: "model_followup_0", value: "gpt-5.1-codex-mini context" };
    await clickButton(pair.events, pair.fake.responseUrl(id), button);
    const posted = await response(id);
    expect(posted.body).toMatchObject({ response_type: "ephemeral", replace_original: true });
    expect(textOf(posted)).toContain("400K");
  });

  it("answers a follow-up on a public answer in the same thread", async () => {
    const button = { actionId: "model_followup_1", value: "gpt-5.1-codex-mini context" };
    const container = {
      type: "message",
      message_ts: "1700000000.000100",
      channel_id: "C1",
      is_ephemeral: false,
      thread_ts: "1699999999.000001",
    };
    await clickButton(pair.events, pair.fake.responseUrl(nextId()), button, container);
    const posted = await pair.fake.nextCall(
      (c) => c.name === "chat.postMessage" && c.body.thread_ts === "1699999999.000001",
    );
    expect(posted.body.channel).toBe("C1");
    expect(textOf(posted)).toContain("400K");
  });

  it.each([
    ["under a top-level channel answer, in a new thread", "C2", "1700000000.000100"],
    ["in a DM, in the conversation itself", "D8", undefined],
  ])("answers a follow-up %s", async (_, channel, thread) => {
    const button = { actionId: "model_followup_0", value: "gpt-5.1-codex-mini context" };
    const container = {
      type: "message",
      message_ts: "1700000000.000100",
      channel_id: channel,
      is_ephemeral: false,
    };
    await clickButton(pair.events, pair.fake.responseUrl(nextId()), button, container);
    const posted = await pair.fake.nextCall(
      (c) => c.name === "chat.postMessage" && c.body.channel === channel,
    );
    expect(posted.body.thread_ts).toBe(thread);
  });

  it("answers an @mention in its thread, without the mention", async () => {
    const res = await postEvent(
      pair.events,
      {
        type: "app_mention",
        user: "U1",
        text: "<@UBOT> gpt-5.1-codex-mini context",
        ts: "1700000005.000001",
        channel: "C9",
        event_ts: "1700000005.000001",
      },
      SECRET,
    );
    expect(res.status).toBe(200);
    const posted = await pair.fake.nextCall(
      (c) => c.name === "chat.postMessage" && c.body.channel === "C9",
    );
    expect(posted.body.thread_ts).toBe("1700000005.000001");
    expect(textOf(posted)).toContain("400K");
    expectWithinLimits(posted);
  });

  it("answers a direct message in the DM and ignores bot messages and subtypes", async () => {
    const dm = (over: Record<string, unknown>) =>
      postEvent(
        pair.events,
        {
          type: "message",
          channel_type: "im",
          channel: "D1",
          user: "U1",
          ts: "1700000006.000001",
          text: "gpt-5.1-codex-mini context",
          ...over,
        },
        SECRET,
      );
    await dm({ channel: "D2", bot_id: "B9", user: "U9" });
    await dm({ channel: "D3", subtype: "message_changed" });
    await dm({});
    const posted = await pair.fake.nextCall(
      (c) => c.name === "chat.postMessage" && c.body.channel === "D1",
    );
    expect(posted.body.thread_ts).toBeUndefined();
    expect(textOf(posted)).toContain("400K");
    // Had the ignored events been answered, their replies (started first) would have landed by
    // the time a later DM's answer does.
    await dm({ channel: "D9" });
    await pair.fake.nextCall((c) => c.name === "chat.postMessage" && c.body.channel === "D9");
    expect(pair.fake.calls.some((c) => c.body.channel === "D2" || c.body.channel === "D3")).toBe(
      false,
    );
  });

  it("never sends a mass mention, a ping or a forged link from a hostile question", async () => {
    const hostile =
      "<!channel> <!here> @everyone <@U123> <https://evil.example|click> gpt-5.1-codex-mini";
    const { id } = await slash(hostile);
    await postEvent(
      pair.events,
      {
        type: "app_mention",
        user: "U1",
        text: `<@UBOT> ${hostile}`,
        ts: "1700000007.000001",
        channel: "C7",
        event_ts: "1",
      },
      SECRET,
    );
    const sent = [
      await response(id),
      await pair.fake.nextCall((c) => c.name === "chat.postMessage" && c.body.channel === "C7"),
    ];
    for (const call of sent) {
      expectWithinLimits(call);
      expect(sentLinks(call.body).filter((u) => u.includes("evil"))).toEqual([]);
      expect(textOf(call)).not.toMatch(/<[!@#]|<https:\/\/evil|@(everyone|here|channel)\b/);
    }
  });

  it("serves /healthz as JSON", async () => {
    const res = await fetch(`${pair.base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual(HEALTH);
  });

  // Runs last: every message any test above made the bot send, whatever it asserted itself.
  it("kept every payload it sent inside Slack's limits", () => {
    expect(pair.fake.calls.length).toBeGreaterThan(0);
    for (const call of pair.fake.calls) expect(checkSlackLimits(call.body), call.name).toEqual([]);
  });
});
