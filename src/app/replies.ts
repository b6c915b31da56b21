import type { BotReply } from "./bot.ts";

// The words of the bot's own refusals, in one place so every platform says the same thing.

export function rateLimitedReply(scope: "user" | "channel", retryAfterMs: number): BotReply {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const wait = seconds === 1 ? "a second" : `${seconds} seconds`;
  const message =
    scope === "user"
      ? `You're asking faster than I can keep up. Give it ${wait} and ask again.`
      : `This channel has kept me busy. Give it ${wait}, or ask me in a direct message.`;
  return { kind: "rate_limited", message, retryAfterMs };
}

export function errorReply(errorId: string): BotReply {
  return {
    kind: "error",
    errorId,
    message: `Sorry, something went wrong on my side while answering that. If it keeps happening, tell the bot's operator: error id ${errorId}.`,
  };
}

export function closingReply(errorId: string): BotReply {
  return {
    kind: "error",
    errorId,
    message: "I'm restarting right now. Please ask again in a minute.",
  };
}
