import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  PROMPTS_TITLE,
  SUGGESTED_PROMPTS,
  THINKING_STATUS,
} from "../../../src/adapters/slack/assistant.ts";
import { eventEnvelope, startSlackPair } from "../../support/slack-app.ts";
import { checkSlackLimits, collectText } from "../../support/slack-limits.ts";

let pair: Awaited<ReturnType<typeof startSlackPair>>;
beforeAll(async () => {
  pair = await startSlackPair("socket");
});
afterAll(async () => {
  await pair.stop();
});

let envelopes = 0;
/** Sends one Events API event over Socket Mode, as Slack does, and waits for its ack. */
function sendEvent(event: Record<string, unknown>) {
  return pair.fake.sendEnvelope(eventEnvelope(`assistant-${++envelopes}`, event));
}

const DM = "D42";
const THREAD = "1700000100.000100";

function userMessage(text: string, ts: string) {
  return {
    type: "message",
    channel: DM,
    channel_type: "im",
    user: "U1",
    text,
    ts,
    thread_ts: THREAD,
    event_ts: ts,
  };
}

describe("Slack's assistant surface (real Bolt Assistant over Socket Mode)", () => {
  it("offers the suggested prompts when a user opens an assistant thread", async () => {
    await sendEvent({
      type: "assistant_thread_started",
      assistant_thread: {
        user_id: "U1",
        channel_id: DM,
        thread_ts: THREAD,
        context: { channel_id: "C1", team_id: "T1", enterprise_id: null },
      },
      event_ts: "1700000100.000200",
    });
    const call = await pair.fake.nextCall(
      (c) => c.name === "assistant.threads.setSuggestedPrompts",
    );
    expect(call.body).toMatchObject({ channel_id: DM, thread_ts: THREAD, title: PROMPTS_TITLE });
    expect(JSON.parse(String(call.body.prompts))).toEqual(SUGGESTED_PROMPTS);
  });

  it("answers a question in the thread after a thinking status, and titles the thread", async () => {
    await sendEvent(userMessage("gpt-5.1-codex-mini context", "1700000100.000300"));
    const answer = await pair.fake.nextCall(
      (c) => c.name === "chat.postMessage" && c.body.thread_ts === THREAD,
    );
    expect(answer.body.channel).toBe(DM);
    expect(collectText(answer.body).join("\n")).toContain("400K");
    expect(checkSlackLimits(answer.body)).toEqual([]);
    const status = pair.fake.calls.findIndex((c) => c.name === "assistant.threads.setStatus");
    expect(status).toBeGreaterThanOrEqual(0);
    expect(pair.fake.calls[status]?.body).toMatchObject({
      channel_id: DM,
      thread_ts: THREAD,
      status: THINKING_STATUS,
    });
    // The status comes before the answer it stands for.
    expect(status).toBeLessThan(pair.fake.calls.indexOf(answer));
    const title = pair.fake.calls.find((c) => c.name === "assistant.threads.setTitle");
    expect(title?.body).toMatchObject({ thread_ts: THREAD, title: "gpt-5.1-codex-mini context" });
  });

  it("answers a follow-up in the same thread, keeping the thread's first title", async () => {
    const before = pair.fake.calls.length;
    await sendEvent(
      userMessage("compare gpt-4o and claude sonnet 4.5 on price", "1700000100.000400"),
    );
    const answer = await pair.fake.waitFor(() =>
      pair.fake.calls
        .slice(before)
        .find((c) => c.name === "chat.postMessage" && c.body.thread_ts === THREAD),
    );
    expect(collectText(answer.body).join("\n")).toMatch(/GPT-4o[\s\S]*Claude Sonnet 4\.5/);
    const later = pair.fake.calls.slice(before);
    expect(later.filter((c) => c.name === "assistant.threads.setStatus")).toHaveLength(1);
    expect(later.filter((c) => c.name === "assistant.threads.setTitle")).toHaveLength(0);
  });

  it("keeps each assistant thread a conversation: 'and its price?' is the thread's model's price", async () => {
    const ask = async (text: string, ts: string) => {
      const before = pair.fake.calls.length;
      await sendEvent(userMessage(text, ts));
      const answer = await pair.fake.waitFor(() =>
        pair.fake.calls
          .slice(before)
          .find((c) => c.name === "chat.postMessage" && c.body.thread_ts === THREAD),
      );
      return collectText(answer.body).join("\n");
    };
    expect(await ask("claude sonnet 4.5 context", "1700000100.000500")).toMatch(
      /Claude Sonnet 4\.5/,
    );
    const price = await ask("and its price?", "1700000100.000600");
    expect(price).toMatch(/Claude Sonnet 4\.5/);
    expect(price).toMatch(/\$\d/);
  });

  it("publishes the App Home: what the bot is, examples, and the freshest data date", async () => {
    await sendEvent({
      type: "app_home_opened",
      user: "U7",
      channel: "D7",
      tab: "home",
      event_ts: "1700000100.000500",
    });
    const call = await pair.fake.nextCall((c) => c.name === "views.publish");
    expect(call.body.user_id).toBe("U7");
    const view = JSON.parse(String(call.body.view));
    expect(view.type).toBe("home");
    const text = collectText(view).join("\n");
    expect(text).toContain("AI language models");
    expect(text).toContain("gpt-5.1-codex-mini context");
    expect(text).toMatch(/freshest data as of \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(text).toMatch(/[\d,]+ models · [\d,]+ benchmarks · [\d,]+ providers/);
    expect(checkSlackLimits(view)).toEqual([]);
  });

  it("leaves the Messages tab alone (no Home view for it)", async () => {
    const before = pair.fake.calls.length;
    await sendEvent({
      type: "app_home_opened",
      user: "U8",
      channel: "D8",
      tab: "messages",
      event_ts: "2",
    });
    await sendEvent({
      type: "app_home_opened",
      user: "U9",
      channel: "D9",
      tab: "home",
      event_ts: "3",
    });
    await pair.fake.nextCall((c) => c.name === "views.publish" && c.body.user_id === "U9");
    const published = pair.fake.calls.slice(before).filter((c) => c.name === "views.publish");
    expect(published.map((c) => c.body.user_id)).toEqual(["U9"]);
  });
});
