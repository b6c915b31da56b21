import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRET, startSlackPair } from "../../support/slack-app.ts";
import type { Captured } from "../../support/slack-fake.ts";
import { collectText } from "../../support/slack-limits.ts";
import { postEvent } from "../../support/slack-sign.ts";

// Follow-ups in a Slack thread and a DM, through the real Bolt against the fake Slack.

type Pair = Awaited<ReturnType<typeof startSlackPair>>;
let pair: Pair;
let ts = 1700000100;
const nextTs = () => `${ts++}.000001`;

beforeAll(async () => {
  pair = await startSlackPair("http");
});
afterAll(async () => {
  await pair.stop();
});

const textOf = (c: Captured) => collectText(c.body).join("\n");
const posted = (channel: string, n: number) =>
  pair.fake.waitFor(() => {
    const calls = pair.fake.calls.filter(
      (c) => c.name === "chat.postMessage" && c.body.channel === channel,
    );
    return calls.length >= n ? calls[n - 1] : undefined;
  });

async function mention(channel: string, user: string, text: string, thread?: string) {
  const at = nextTs();
  const event = {
    type: "app_mention",
    user,
    text: `<@UBOT> ${text}`,
    ts: at,
    channel,
    event_ts: at,
    ...(thread ? { thread_ts: thread } : {}),
  };
  expect((await postEvent(pair.events, event, SECRET)).status).toBe(200);
  return at;
}

async function dm(channel: string, text: string) {
  const at = nextTs();
  const event = { type: "message", channel_type: "im", channel, user: "U1", ts: at, text };
  expect((await postEvent(pair.events, event, SECRET)).status).toBe(200);
}

describe("Slack conversations", () => {
  it("continues a thread: its price, what about opus, compare them; another user starts afresh", async () => {
    const root = await mention("CT", "U1", "claude sonnet 4.5 context");
    expect(textOf(await posted("CT", 1))).toContain("200K");
    await mention("CT", "U1", "and its price?", root);
    const price = await posted("CT", 2);
    expect(price.body.thread_ts).toBe(root);
    expect(textOf(price)).toMatch(/Claude Sonnet 4\.5[^\n]*: pricing/);
    await mention("CT", "U1", "what about opus 4.5?", root);
    expect(textOf(await posted("CT", 3))).toMatch(/Claude Opus 4\.5[^\n]*: pricing/);
    await mention("CT", "U1", "compare them", root);
    expect(textOf(await posted("CT", 4))).toMatch(/Claude Sonnet 4\.5.* vs Claude Opus 4\.5/);
    // The same words from someone else in the thread point at nothing of theirs.
    await mention("CT", "U2", "and its price?", root);
    expect(textOf(await posted("CT", 5))).toContain("points back to an earlier answer");
    // A new thread is a new conversation.
    await mention("CT", "U1", "and its price?");
    expect(textOf(await posted("CT", 6))).toContain("points back to an earlier answer");
  });

  it("continues a DM: a board, more, only open weights", async () => {
    await dm("DC1", "top 5 on livebench coding");
    const top = textOf(await posted("DC1", 1));
    expect(top).toContain("Top 5 on LiveBench Coding");
    await dm("DC1", "more");
    expect(textOf(await posted("DC1", 2))).toContain("6–10 on LiveBench Coding");
    await dm("DC1", "only open weights");
    expect(textOf(await posted("DC1", 3))).toMatch(/LiveBench Coding.*open weights/);
    // Another DM channel knows nothing of it.
    await dm("DC2", "more");
    expect(textOf(await posted("DC2", 1))).toContain("no list");
  });
});
