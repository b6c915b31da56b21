import type { AdapterDeps } from "../../app/adapter.ts";
import type { BotReply } from "../../app/bot.ts";
import { askInConversation, conversationsFor } from "../../app/conversations.ts";
import type { Answer } from "../../core/answer/types.ts";
import type { ConversationContext } from "../../core/conversation/context.ts";
import { type RenderOptions, renderAnswer, renderNotice, type SlackMessage } from "./render.ts";

const FAILED = "Sorry, something went wrong while answering. Please try again.";

/** Who asked where; the bot keys its rate limits and logs on these. */
export interface Asker {
  user: string;
  channel: string;
}

/** A rendered reply: public-worthy answers, or a notice that only the asker should see. */
export type SlackReply =
  | { kind: "answer"; answer: Answer; message: SlackMessage }
  | { kind: "notice"; message: SlackMessage };

/**
 * The conversation a question belongs to: by its key (a thread, a DM), optionally with its
 * context already read; or a fixed context that nothing is remembered into (a replayed button).
 */
export type AskIn =
  | string
  | { key: string; before: ConversationContext | undefined }
  | { context: ConversationContext | null };

function ask(
  deps: AdapterDeps,
  request: Parameters<AdapterDeps["bot"]["handle"]>[0],
  where?: AskIn,
) {
  if (where === undefined) return deps.bot.handle(request);
  if (typeof where !== "string" && "context" in where) {
    return deps.bot.handle({ ...request, conversation: where.context });
  }
  const key = typeof where === "string" ? where : where.key;
  const read = typeof where === "string" ? undefined : { before: where.before };
  const store = conversationsFor(deps);
  return askInConversation(deps.bot, store, deps.log, request, key, read).then(async (turn) => {
    await turn.remember(key);
    return turn.reply;
  });
}

/** Asks the bot and renders what comes back; rate limits and errors become private notices. */
export async function askBot(
  deps: AdapterDeps,
  asker: Asker,
  text: string,
  options: RenderOptions = {},
  /** The conversation this question continues, if any. */
  conversation?: AskIn,
): Promise<SlackReply> {
  const request = { platform: "slack" as const, ...asker, text };
  const asked: Promise<BotReply> = ask(deps, request, conversation);
  // The bot answers every question with a value; this guards the asker against a broken one.
  const reply = await asked.catch((error: unknown) => {
    deps.log.error({ err: error }, "slack: the bot failed to answer");
    return { kind: "error", errorId: "", message: FAILED } as const;
  });
  if (reply.kind === "answer") {
    return { kind: "answer", answer: reply.answer, message: renderAnswer(reply.answer, options) };
  }
  return { kind: "notice", message: renderNotice(reply.message) };
}

/**
 * Runs reply work under the runtime's tracker, so shutdown waits for replies in flight, and
 * tells the health monitor whether the reply got through.
 */
export function track<T>(deps: AdapterDeps, work: Promise<T>): Promise<T> {
  const observed = work.then(
    (value) => {
      deps.monitor?.delivery(true);
      return value;
    },
    (error: unknown) => {
      deps.monitor?.delivery(false);
      throw error;
    },
  );
  return deps.track ? deps.track(observed) : observed;
}
