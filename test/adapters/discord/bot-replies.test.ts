import { afterEach, describe, expect, it } from "vitest";
import type { Bot, BotReply } from "../../../src/app/bot.ts";
import { loadCatalog } from "../../../src/core/catalog/load.ts";
import { createEngine } from "../../../src/core/engine/create.ts";
import { startTestDiscord } from "../../support/discord-harness.ts";
import { collectTexts, findLiveMarkup } from "../../support/discord-limits.ts";
import {
  APP_ID,
  CHANNEL_ID,
  commandInteraction,
  DM_CHANNEL_ID,
  messageCreate,
} from "../../support/discord-payloads.ts";

// The adapter's side of BotReply: refusals and errors, slow answers, a throwing bot.

const engine = createEngine(loadCatalog("data"));
const botReplying = (handle: Bot["handle"]): Bot => ({ engine: () => engine, handle });
const HOSTILE = "Slow down @everyone <@123> [x](https://evil.example)";

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

async function start(bot: Bot, deferAfterMs?: number) {
  const t = await startTestDiscord(bot, deferAfterMs);
  stop = t.stop;
  return t.fake;
}

describe.each<[string, BotReply]>([
  ["rate_limited", { kind: "rate_limited", message: HOSTILE, retryAfterMs: 1000 }],
  ["error", { kind: "error", errorId: "e1", message: HOSTILE }],
])("a %s reply", (_, reply) => {
  it("answers a public command privately with the message, inert", async () => {
    const fake = await start(botReplying(async () => reply));
    const i = commandInteraction("model", { model: "gpt-5.1-codex-mini" });
    fake.dispatch("INTERACTION_CREATE", i);
    const r = await fake.waitFor((c) => c.path.startsWith(`/api/v10/interactions/${i.id}/`));
    const body = r.body as {
      type: number;
      data: { flags?: number; content?: string; embeds?: [] };
    };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.content).toContain("Slow down");
    expect(collectTexts(body.data).flatMap(findLiveMarkup)).toEqual([]);
  });

  it("answers a mention in a server by DM, inert, never in the channel", async () => {
    const fake = await start(botReplying(async () => reply));
    const m = messageCreate(`<@${APP_ID}> hi`, "guild");
    fake.dispatch("MESSAGE_CREATE", m);
    const r = await fake.waitFor((c) => c.path.endsWith("/messages") && c.method === "POST");
    expect(r.path).toBe(`/api/v10/channels/${DM_CHANNEL_ID}/messages`);
    const body = r.body as { content?: string; allowed_mentions?: unknown };
    expect(body.content).toContain("Slow down");
    expect(collectTexts(body).flatMap(findLiveMarkup)).toEqual([]);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(fake.requests.filter((c) => c.path.includes(CHANNEL_ID))).toEqual([]);
  });

  it("drops the notice when the asker's DMs are closed, rather than post it publicly", async () => {
    const fake = await start(botReplying(async () => reply));
    fake.dmsClosed = true;
    fake.dispatch("MESSAGE_CREATE", messageCreate(`<@${APP_ID}> hi`, "guild"));
    await fake.waitFor((c) => c.path === "/api/v10/users/@me/channels");
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.requests.filter((c) => c.path.endsWith("/messages"))).toEqual([]);
  });

  it("answers a DM in the DM", async () => {
    const fake = await start(botReplying(async () => reply));
    fake.dispatch("MESSAGE_CREATE", messageCreate("hi", "dm"));
    const r = await fake.waitFor((c) => c.path.endsWith("/messages") && c.method === "POST");
    expect(r.path).toBe(`/api/v10/channels/${DM_CHANNEL_ID}/messages`);
    expect((r.body as { content?: string }).content).toContain("Slow down");
  });
});

describe("a slow answer", () => {
  it("is deferred first, then edited in, keeping private:true", async () => {
    let finish: (r: BotReply) => void = () => {};
    const answered = new Promise<BotReply>((resolve) => {
      finish = resolve;
    });
    const fake = await start(
      botReplying(() => answered),
      0,
    );
    const i = commandInteraction("model", { model: "gpt-5.1-codex-mini", private: true });
    fake.dispatch("INTERACTION_CREATE", i);
    const deferred = await fake.waitFor((c) => c.path.startsWith(`/api/v10/interactions/${i.id}/`));
    expect(deferred.body).toEqual({ type: 5, data: { flags: 64 } });
    finish({ kind: "answer", answer: engine.ask("gpt-5.1-codex-mini context") });
    const edit = await fake.waitFor(
      (c) => c.method === "PATCH" && c.path.endsWith("/messages/@original"),
    );
    expect(edit.path).toBe(`/api/v10/webhooks/${APP_ID}/${i.token}/messages/@original`);
    expect(JSON.stringify(edit.body)).toContain("400K");
    expect((edit.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({
      parse: [],
      replied_user: false,
    });
  });
});

describe("a slow refusal", () => {
  it("replaces a public 'thinking' with a private notice", async () => {
    let finish: (r: BotReply) => void = () => {};
    const answered = new Promise<BotReply>((resolve) => {
      finish = resolve;
    });
    const fake = await start(
      botReplying(() => answered),
      0,
    );
    const i = commandInteraction("model", { model: "gpt-5.1-codex-mini" });
    fake.dispatch("INTERACTION_CREATE", i);
    const deferred = await fake.waitFor((c) => c.path.startsWith(`/api/v10/interactions/${i.id}/`));
    expect(deferred.body).toMatchObject({ type: 5, data: { flags: 0 } });
    finish({ kind: "rate_limited", message: "Slow down, please.", retryAfterMs: 1000 });
    const hook = `/api/v10/webhooks/${APP_ID}/${i.token}`;
    await fake.waitFor((c) => c.method === "DELETE" && c.path === `${hook}/messages/@original`);
    const follow = await fake.waitFor((c) => c.method === "POST" && c.path === hook);
    expect(follow.body).toMatchObject({ content: "Slow down, please.", flags: 64 });
  });
});

describe("a bot that throws", () => {
  it("still gets a private apology out, and the client keeps answering", async () => {
    let calls = 0;
    const fake = await start(
      botReplying(async (req) => {
        calls++;
        if (calls === 1) throw new Error("boom");
        return { kind: "answer", answer: engine.ask(req.text) };
      }),
    );
    const first = commandInteraction("ask", { question: "anything" });
    fake.dispatch("INTERACTION_CREATE", first);
    const r1 = await fake.waitFor((c) => c.path.startsWith(`/api/v10/interactions/${first.id}/`));
    expect((r1.body as { data: { flags?: number } }).data.flags).toBe(64);
    const second = commandInteraction("model", { model: "gpt-5.1-codex-mini", topic: "context" });
    fake.dispatch("INTERACTION_CREATE", second);
    const r2 = await fake.waitFor((c) => c.path.startsWith(`/api/v10/interactions/${second.id}/`));
    expect(JSON.stringify(r2.body)).toContain("400K");
  });
});
