import type { Logger } from "pino";
import type { ConversationContext } from "../core/conversation/context.ts";
import { parseContext } from "../core/conversation/context.ts";
import type { Bot, BotReply, BotRequest } from "./bot.ts";
import { ExpiringMap } from "./state/expiring-map.ts";
import type { PayloadStore } from "./state/types.ts";
import type { Clock } from "./token-bucket.ts";

/**
 * Where conversations live between messages. The core keeps none: each turn hands it the last
 * context and gets the next. Keys name one user in one place (a Slack thread, a Discord reply
 * chain, a DM), so a context never crosses users or channels; a context expires after 30 minutes
 * without a message. Async so a store shared by replicas (the state store's payloads, in
 * PostgreSQL with DATABASE_URL) fits the same interface.
 */
export interface ConversationStore {
  get(key: string): Promise<ConversationContext | undefined>;
  /** Stores the context and restarts its 30-minute clock. */
  set(key: string, context: ConversationContext): Promise<void>;
}

/** Silence after which a conversation is forgotten. */
export const CONVERSATION_TTL_MS = 30 * 60_000;
/** The most conversations one process remembers; the least recently continued go first. */
export const CONVERSATION_CAPACITY = 10_000;

/** Conversations in this process: bounded (oldest dropped first past `capacity`) and expiring. */
export function memoryConversations(
  options: { capacity?: number; ttlMs?: number; clock?: Clock } = {},
): ConversationStore {
  const ttl = options.ttlMs ?? CONVERSATION_TTL_MS;
  const map = new ExpiringMap<ConversationContext>(
    options.capacity ?? CONVERSATION_CAPACITY,
    options.clock ?? Date.now,
  );
  return {
    get: async (key) => map.get(key),
    set: async (key, context) => map.set(key, context, ttl),
  };
}

/**
 * Conversations in the state store's payloads (in memory, or PostgreSQL shared by replicas). What
 * comes back is validated: a damaged or older context starts the conversation afresh.
 */
export function payloadConversations(
  payloads: PayloadStore,
  ttlMs = CONVERSATION_TTL_MS,
): ConversationStore {
  const prefix = "conversation:";
  return {
    async get(key) {
      const raw = await payloads.get(prefix + key);
      if (raw === undefined) return undefined;
      try {
        return parseContext(JSON.parse(raw));
      } catch {
        return undefined;
      }
    },
    set: (key, context) => payloads.put(prefix + key, JSON.stringify(context), ttlMs),
  };
}

/** The key of one user's conversation in one place: platform, place ids, user. Ids only. */
export function conversationKey(platform: string, ...parts: string[]): string {
  return [platform, ...parts].join(":");
}

/** One turn's reply, and a way to keep its context under the keys the next message will use. */
export interface ConversationTurn {
  reply: BotReply;
  /** The context the question was asked in (undefined: a new conversation). */
  before: ConversationContext | undefined;
  /** Stores the new context under each key (the thread, the message just sent). Never throws. */
  remember(...keys: string[]): Promise<void>;
}

/**
 * Asks the bot within the conversation stored under `key` (none: a fresh one). A store that
 * fails is logged and the question is answered as if the conversation were new.
 */
export async function askInConversation(
  bot: Bot,
  store: ConversationStore,
  log: Logger,
  request: BotRequest,
  key: string | undefined,
  /** The context already read from the store (by a caller that needed it first). */
  read?: { before: ConversationContext | undefined },
): Promise<ConversationTurn> {
  const previous = read === undefined ? await readConversation(store, log, key) : read.before;
  const reply = await bot.handle({ ...request, conversation: previous ?? null });
  const context = reply.kind === "answer" ? reply.context : undefined;
  return {
    reply,
    before: previous,
    async remember(...keys) {
      if (context === undefined) return;
      for (const k of keys) {
        await store.set(k, context).catch((err: unknown) => {
          log.warn({ err }, "conversation: could not store the context");
        });
      }
    },
  };
}

/** The context stored under `key`; undefined when there is none or the store fails (logged). */
export async function readConversation(
  store: ConversationStore,
  log: Logger,
  key: string | undefined,
): Promise<ConversationContext | undefined> {
  if (key === undefined) return undefined;
  return store.get(key).catch((err: unknown) => {
    log.warn({ err }, "conversation: could not read the context; starting afresh");
    return undefined;
  });
}

const fallback = new WeakMap<object, ConversationStore>();

/**
 * The store an adapter uses: the runtime's shared state when it has one, else one in-memory
 * store per adapter deps (tests, a bare adapter).
 */
export function conversationsFor(deps: {
  conversations?: ConversationStore;
  state?: { payloads: PayloadStore };
}): ConversationStore {
  if (deps.conversations) return deps.conversations;
  if (deps.state) return payloadConversations(deps.state.payloads);
  let store = fallback.get(deps);
  if (store === undefined) {
    store = memoryConversations();
    fallback.set(deps, store);
  }
  return store;
}
