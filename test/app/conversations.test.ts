import pino from "pino";
import { describe, expect, it } from "vitest";
import { createBasicBot } from "../../src/app/bot.ts";
import {
  askInConversation,
  CONVERSATION_TTL_MS,
  type ConversationStore,
  memoryConversations,
  payloadConversations,
} from "../../src/app/conversations.ts";
import { EMPTY_CONTEXT } from "../../src/core/conversation/context.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { fixtureCatalog } from "../support/fixture-catalog.ts";

const log = pino({ level: "silent" });
const context = (turns: number) => ({ ...EMPTY_CONTEXT, turns });

describe("conversation stores", () => {
  it("forget a conversation after 30 minutes of silence, and each message restarts the clock", async () => {
    let now = 0;
    const store = memoryConversations({ clock: () => now });
    await store.set("k", context(1));
    now += CONVERSATION_TTL_MS - 1;
    expect(await store.get("k")).toEqual(context(1));
    await store.set("k", context(2));
    now += CONVERSATION_TTL_MS - 1;
    expect(await store.get("k")).toEqual(context(2));
    now += 1;
    expect(await store.get("k")).toBeUndefined();
  });

  it("hold at most their capacity, dropping the least recently continued", async () => {
    const store = memoryConversations({ capacity: 2 });
    await store.set("a", context(1));
    await store.set("b", context(1));
    await store.set("a", context(2));
    await store.set("c", context(1));
    expect(await store.get("b")).toBeUndefined();
    expect(await store.get("a")).toEqual(context(2));
    expect(await store.get("c")).toEqual(context(1));
  });

  it("in the state store's payloads: round trip, with damaged values read as no conversation", async () => {
    const raw = new Map<string, string>();
    const ttls: number[] = [];
    const payloads = {
      put: async (k: string, v: string, ttl: number) => {
        raw.set(k, v);
        ttls.push(ttl);
      },
      get: async (k: string) => raw.get(k),
      delete: async (k: string) => {
        raw.delete(k);
      },
    };
    const store = payloadConversations(payloads);
    await store.set("slack:C1:1.2:U1", context(3));
    expect(await store.get("slack:C1:1.2:U1")).toEqual(context(3));
    expect(ttls).toEqual([CONVERSATION_TTL_MS]);
    raw.set("conversation:bad", "{not json");
    raw.set("conversation:old", JSON.stringify({ ...context(1), version: 0 }));
    expect(await store.get("bad")).toBeUndefined();
    expect(await store.get("old")).toBeUndefined();
  });
});

describe("askInConversation", () => {
  const bot = createBasicBot(createEngine(fixtureCatalog()));
  const request = { platform: "console" as const, user: "u", channel: "c" };

  it("carries the context from one message to the next under its key", async () => {
    const store = memoryConversations();
    const first = await askInConversation(
      bot,
      store,
      log,
      { ...request, text: "gpt-5.1-codex-mini context" },
      "k",
    );
    await first.remember("k");
    const second = await askInConversation(
      bot,
      store,
      log,
      { ...request, text: "and its price?" },
      "k",
    );
    expect(second.reply.kind === "answer" && second.reply.answer.models).toEqual([
      "gpt-5.1-codex-mini",
    ]);
  });

  it("answers afresh when the store fails, and never throws on a failing write", async () => {
    const broken: ConversationStore = {
      get: async () => {
        throw new Error("database down");
      },
      set: async () => {
        throw new Error("database down");
      },
    };
    const turn = await askInConversation(
      bot,
      broken,
      log,
      { ...request, text: "gpt-5.1-codex-mini context" },
      "k",
    );
    expect(turn.reply.kind).toBe("answer");
    await expect(turn.remember("k")).resolves.toBeUndefined();
  });
});
