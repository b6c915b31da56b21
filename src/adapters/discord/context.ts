import type { Logger } from "pino";
import type { Bot, BotReply } from "../../app/bot.ts";
import {
  askInConversation,
  type ConversationStore,
  type ConversationTurn,
  conversationsFor,
} from "../../app/conversations.ts";
import type { PlatformMonitor } from "../../app/health.ts";
import type { FollowUpCodec } from "./follow-ups.ts";
import { type DiscordMessage, renderAnswer, renderNotice } from "./render.ts";

/** What the event handlers share for the life of one client. */
export interface DiscordContext {
  bot: Bot;
  log: Logger;
  codec: FollowUpCodec;
  /** How long to wait for an answer before deferring the reply (Discord allows 3 s). */
  deferAfterMs: number;
  /** Told whether each reply got through (AdapterDeps.monitor), for /healthz. */
  monitor?: PlatformMonitor;
  /** Lets shutdown wait for replies being sent (AdapterDeps.track); identity when absent. */
  track: <T>(work: Promise<T>) => Promise<T>;
  /** Where conversations live (AdapterDeps' store); this client's memory when absent. */
  conversations?: ConversationStore;
}

/** A bot reply as a message: an answer renders as an embed, anything else as a short notice. */
export function renderReply(ctx: DiscordContext, reply: BotReply): DiscordMessage {
  if (reply.kind === "answer") return renderAnswer(reply.answer, (q, i) => ctx.codec.encode(q, i));
  return renderNotice(reply.message);
}

/**
 * Asks the core within the conversation stored under `key` (none: a fresh one); the caller
 * stores the new context under the keys the next message will use. A throwing bot or store
 * becomes an apology instead of a dead handler.
 */
export async function askTurn(
  ctx: DiscordContext,
  user: string,
  channel: string,
  text: string,
  key: string | undefined,
): Promise<ConversationTurn> {
  try {
    const store = conversationsFor(ctx);
    const request = { platform: "discord" as const, user, channel, text };
    return await askInConversation(ctx.bot, store, ctx.log, request, key);
  } catch (err) {
    ctx.log.error({ err }, "bot.handle threw");
    const reply = {
      kind: "error",
      errorId: "discord-adapter",
      message: "Sorry, something went wrong.",
    } as const;
    return { reply, before: undefined, remember: async () => {} };
  }
}
