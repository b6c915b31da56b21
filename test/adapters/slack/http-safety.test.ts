import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot, BotReply } from "../../../src/app/bot.ts";
import { createBasicBot } from "../../../src/app/bot.ts";
import type { Answer } from "../../../src/core/answer/types.ts";
import { loadCatalog } from "../../../src/core/catalog/load.ts";
import { createEngine } from "../../../src/core/engine/create.ts";
import { commandForm, createTestDeps, SECRET, startSlackPair } from "../../support/slack-app.ts";
import type { Captured } from "../../support/slack-fake.ts";
import { checkSlackLimits, collectText, sentLinks } from "../../support/slack-limits.ts";
import { postEvent, postPayload, postSigned } from "../../support/slack-sign.ts";

const HOSTILE =
  "<!channel> <!here> @everyone <@U123> <https://evil.example|click> & <!subteam^S1|@devs>";

/** Echoes the question into every part of an answer, the worst a core could do; "slow" is refused. */
function echo(text: string): BotReply {
  if (text.includes("slow"))
    return { kind: "rate_limited", message: `Slow down <!here> (${text})`, retryAfterMs: 1000 };
  if (text.includes("boom"))
    return { kind: "error", errorId: "E1", message: `Something broke: ${text}` };
  const answer: Answer = {
    query: text,
    intent: "not_found",
    models: [],
    field: null,
    benchmark: null,
    suggestions: [],
    title: text,
    summary: text,
    blocks: [
      { kind: "text", text },
      { kind: "facts", rows: [{ label: text, value: text }] },
      { kind: "table", columns: [text], rows: [[text]] },
      { kind: "list", items: [text] },
    ],
    followUps: [{ label: text, query: text }],
    citations: [{ source: "s", sourceName: text, asOf: text, url: "https://evil.example/|x" }],
  };
  return { kind: "answer", answer };
}

const real = createBasicBot(createEngine(loadCatalog("data")));
// An engine that ignores the limit it is given, with labels far over Slack's 75 characters.
const flood = Array.from({ length: 150 }, (_, i) => ({
  label: `<!here> ${"Model ".repeat(20)}${i}`,
  value: `m-${i}`,
}));
const echoBot: Bot = {
  engine: () => ({ ...real.engine(), suggestModels: () => flood }),
  handle: async (r) => echo(r.text),
};

let pair: Awaited<ReturnType<typeof startSlackPair>>;
beforeAll(async () => {
  pair = await startSlackPair("http", createTestDeps(echoBot));
});
afterAll(async () => {
  await pair.stop();
});

const textOf = (c: Captured) => collectText(c.body).join("\n");

function expectInert(call: Captured) {
  expect(checkSlackLimits(call.body)).toEqual([]);
  expect(sentLinks(call.body)).toEqual([]);
  expect(textOf(call)).not.toMatch(/<[!@#]|<https?:|@(everyone|here|channel)\b/);
}

describe("Slack safety, with a core that echoes everything back", () => {
  it("keeps an echoed slash-command question inert in every part of the answer", async () => {
    await postSigned(pair.events, commandForm(HOSTILE, pair.fake.responseUrl("hostile")), SECRET);
    const call = await pair.fake.nextCall((c) => c.name === "hostile");
    expectInert(call);
    expect(textOf(call)).toContain(
      "@\u200bchannel @\u200bhere @\u200beveryone @U123 click &amp; @devs",
    );
  });

  it("decodes an @mention's markup to words and keeps the echo inert", async () => {
    await postEvent(
      pair.events,
      {
        type: "app_mention",
        user: "U1",
        text: `<@UBOT> ${HOSTILE}`,
        ts: "1.1",
        channel: "C5",
        event_ts: "1.1",
      },
      SECRET,
    );
    const call = await pair.fake.nextCall(
      (c) => c.name === "chat.postMessage" && c.body.channel === "C5",
    );
    expectInert(call);
    // The core saw plain words: "@channel", "click", "@devs" (no Slack markup, no bot mention).
    expect(call.body.text).toBe(
      "@\u200bchannel @\u200bhere @\u200beveryone @U123 click &amp; @devs",
    );
  });

  it("answers a rate-limited slash command privately with the bot's message", async () => {
    await postSigned(
      pair.events,
      commandForm("slow please", pair.fake.responseUrl("slow")),
      SECRET,
    );
    const call = await pair.fake.nextCall((c) => c.name === "slow");
    expect(call.body.response_type).toBe("ephemeral");
    expect(call.body.text).toBe("Slow down &lt;!here&gt; (slow please)");
    expectInert(call);
  });

  it("answers a failing @mention privately (ephemeral to the asker, in the thread)", async () => {
    await postEvent(
      pair.events,
      {
        type: "app_mention",
        user: "U4",
        text: "<@UBOT> boom",
        ts: "2.2",
        channel: "C6",
        event_ts: "2.2",
      },
      SECRET,
    );
    const call = await pair.fake.nextCall((c) => c.name === "chat.postEphemeral");
    expect(call.body).toMatchObject({
      channel: "C6",
      user: "U4",
      thread_ts: "2.2",
      text: "Something broke: boom",
    });
    expect(
      pair.fake.calls.some((c) => c.name === "chat.postMessage" && c.body.channel === "C6"),
    ).toBe(false);
  });

  it("caps the picker at 100 safe options even when the engine offers more", async () => {
    const suggestion = {
      type: "block_suggestion",
      action_id: "model_pick",
      block_id: "b",
      value: "m",
      user: { id: "U1" },
      team: { id: "T1" },
      container: {},
    };
    const res = await postPayload(pair.events, suggestion, SECRET);
    const body = (await res.json()) as { options: unknown[] };
    expect(body.options).toHaveLength(100);
    expect(checkSlackLimits(body)).toEqual([]);
  });

  // Runs last: every message any test above made the bot send, whatever it asserted itself.
  it("kept every payload it sent inside Slack's limits", () => {
    expect(pair.fake.calls.length).toBeGreaterThan(0);
    for (const call of pair.fake.calls) expect(checkSlackLimits(call.body), call.name).toEqual([]);
  });
});
