import type { App } from "@slack/bolt";
import type { AdapterDeps } from "../../app/adapter.ts";
import type { ChannelPoster } from "../../app/watches/poster.ts";
import { renderAnswer } from "./render.ts";
import { NO_UNFURL, sendMessage } from "./send.ts";

// Slack's answers when the bot cannot post to a channel any more: it was removed, or the
// channel was archived or deleted. Its watches then go.
const GONE = new Set(["channel_not_found", "not_in_channel", "is_archived", "channel_is_archived"]);

/** Posts a watch's message to a Slack channel with chat.postMessage (Block Kit, no unfurls). */
export function slackPoster(app: App, deps: Pick<AdapterDeps, "log" | "retry">): ChannelPoster {
  return {
    platform: "slack",
    async post(channel, answer) {
      const message = renderAnswer(answer);
      try {
        await sendMessage(deps, message, (m) =>
          app.client.chat.postMessage({ channel, ...m, ...NO_UNFURL }),
        );
        return "sent";
      } catch (e) {
        const code = (e as { data?: { error?: string } }).data?.error;
        if (code !== undefined && GONE.has(code)) return "gone";
        throw e;
      }
    },
  };
}
