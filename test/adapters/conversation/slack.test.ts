import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clickButton, commandForm, SECRET, startSlackPair } from "../../support/slack-app.ts";
import type { Captured } from "../../support/slack-fake.ts";
import { collectText } from "../../support/slack-limits.ts";
import { postEvent, postSigned } from "../../support/slack-sign.ts";

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

let r = 0;
async function slash(text: string, user = "U1") {
  const id = `conv-r${++r}`;
  const form = { ...commandForm(text, pair.fake.responseUrl(id)), user_id: user };
  expect((await postSigned(pair.events, form, SECRET)).status).toBe(200);
  return pair.fake.nextCall((c) => c.kind === "response" && c.name === id);
}

/** The value of a button in a posted message, by action id. */
function buttonValue(c: Captured, actionId: string): string {
  const find = (node: unknown): string | undefined => {
    if (Array.isArray(node)) return node.map(find).find((v) => v !== undefined);
    if (node === null || typeof node !== "object") return undefined;
    const o = node as Record<string, unknown>;
    if (o.action_id === actionId && typeof o.value === "string") return o.value;
    return Object.values(o)
      .map(find)
      .find((v) => v !== undefined);
  };
  const value = find(c.body.blocks);
  if (value === undefined) throw new Error(`no ${actionId} button`);
  return value;
}

async function clickShare(value: string) {
  const id = `conv-r${++r}`;
  await clickButton(pair.events, pair.fake.responseUrl(id), { actionId: "model_share", value });
  return pair.fake.nextCall((c) => c.kind === "response" && c.name === id);
}

describe("Slack /model conversations", () => {
  it("continues one user's /model questions in a channel, privately, and shares a follow-up as it was meant", async () => {
    expect(textOf(await slash("claude sonnet 4.5 context"))).toContain("200K");
    const price = await slash("and its price?");
    expect(price.body.response_type).toBe("ephemeral");
    expect(textOf(price)).toMatch(/Claude Sonnet 4\.5[^\n]*: pricing/);
    // Someone else's "/model and its price?" in the same channel points at nothing of theirs.
    expect(textOf(await slash("and its price?", "U2"))).toContain(
      "points back to an earlier answer",
    );
    // Sharing "and its price?" shares Sonnet 4.5's pricing, not a question without a subject.
    const shared = await clickShare(buttonValue(price, "model_share"));
    expect(shared.body.response_type).toBe("in_channel");
    expect(textOf(shared)).toMatch(/Claude Sonnet 4\.5[^\n]*: pricing/);
  });

  it("shares 'more' as the page it showed, even after the conversation moved on", async () => {
    await slash("top 5 on livebench coding", "U3");
    const more = await slash("more", "U3");
    expect(textOf(more)).toContain("6–10 on LiveBench Coding");
    await slash("gpt-5.1-codex-mini context", "U3");
    const shared = await clickShare(buttonValue(more, "model_share"));
    expect(shared.body.response_type).toBe("in_channel");
    expect(textOf(shared)).toContain("6–10 on LiveBench Coding");
  });

  it("says so privately, and shares nothing, when the context a button points to has expired", async () => {
    const value = JSON.stringify({
      q: "and its price?",
      c: "6f1c2a52-3a8e-4d1b-9a51-1f6a0e0b7c11",
    });
    const reply = await clickShare(value);
    expect(reply.body.response_type).toBe("ephemeral");
    expect(textOf(reply)).toContain("no longer remember");
  });

  it("keeps a plain question's button value as the question itself", async () => {
    const first = await slash("gpt-5.1-codex-mini context", "U4");
    expect(buttonValue(first, "model_share")).toBe("gpt-5.1-codex-mini context");
  });
});
