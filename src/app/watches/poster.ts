import type { Answer } from "../../core/answer/types.ts";

/** How posting to a channel went: sent, or the channel is gone for the bot (removed, archived). */
export type PostOutcome = "sent" | "gone";

/**
 * An adapter's way to post an answer to a channel of its own (a watch's message). It throws for a
 * failure that may pass (network, rate limit); "gone" means the bot can no longer post there, and
 * the channel's watches are dropped.
 */
export interface ChannelPoster {
  platform: "slack" | "discord";
  post(channel: string, answer: Answer): Promise<PostOutcome>;
}
