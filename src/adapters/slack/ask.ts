import type { AdapterDeps } from "../../app/adapter.ts";
import { askInConversation, conversationsFor } from "../../app/conversations.ts";
import type { Answer } from "../../core/answer/types.ts";
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

/** Asks the bot and renders what comes back; rate limits and errors become private notices. */
export async function askBot(
  deps: AdapterDeps,
  asker: Asker,
  text: string,
  options: RenderOptions = {},
  /** The conversation this question continues (a thread, a DM), by its key. */
  conversation?: string,
): Promise<SlackReply> {
  const request = { platform: "slack" as const, ...asker, text };
  const asked =
    conversation === undefined
      ? deps.bot.handle(request)
      : askInConversation(deps.bot, conversationsFor(deps), deps.log, request, conversation).then(
          async (turn) => {
            await turn.remember(conversation);
            return turn.reply;
          },
        );
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
