import type { Answer } from "../core/answer/types.ts";
import type { ConversationContext } from "../core/conversation/context.ts";
import type { Engine } from "../core/engine/engine.ts";

export type Platform = "slack" | "discord" | "console" | "cli";

/** One question from a chat platform, already turned into text. */
export interface BotRequest {
  platform: Platform;
  /** Platform user id, for rate limits and logs. */
  user: string;
  /** Platform channel or conversation id, for rate limits and logs. */
  channel: string;
  text: string;
  /**
   * Present when the question continues a conversation: what it established so far (null for
   * its first message). The answer then comes with the conversation's next context.
   */
  conversation?: ConversationContext | null;
}

/** What an adapter renders: an answer, a polite refusal, or an apology with an error id. */
export type BotReply =
  | { kind: "answer"; answer: Answer; context?: ConversationContext }
  | { kind: "rate_limited"; message: string; retryAfterMs: number }
  /** A reply to a command rather than a question (a channel's watches), for the asker. */
  | { kind: "notice"; message: string }
  | { kind: "error"; errorId: string; message: string };

/**
 * The one thing every adapter calls. It owns the current engine (swapped on data reload), the
 * rate limits, the request log and the error boundary, so adapters stay thin.
 */
export interface Bot {
  handle(request: BotRequest): Promise<BotReply>;
  /** The engine answering right now; autocomplete and pickers read it directly. */
  engine(): Engine;
}

/** A bot with no limits or logging, over a fixed engine. The runtime wraps it for production. */
export function createBasicBot(engine: Engine): Bot {
  return {
    engine: () => engine,
    handle: async (request) => {
      if (request.conversation === undefined)
        return { kind: "answer", answer: engine.ask(request.text) };
      const turn = engine.ask(request.text, { conversation: request.conversation });
      return { kind: "answer", answer: turn.answer, context: turn.context };
    },
  };
}
