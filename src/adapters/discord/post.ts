import type { Client } from "discord.js";
import type { ChannelPoster } from "../../app/watches/poster.ts";
import { NO_PINGS } from "./client.ts";
import { renderAnswer } from "./render.ts";

// Discord's answers when the bot cannot post to a channel any more: Unknown Channel, Missing
// Access, Missing Permissions (removed from the server or the channel). Its watches then go.
const GONE = new Set([10003, 50001, 50013]);

/** Posts a watch's message to a Discord channel as an embed, pinging nobody. */
export function discordPoster(client: Client): ChannelPoster {
  return {
    platform: "discord",
    async post(channel, answer) {
      try {
        const target = await client.channels.fetch(channel);
        if (!target?.isSendable()) return "gone";
        // Buttons of a post would re-ask in a channel nobody asked in: the embed alone.
        const { components: _buttons, ...message } = renderAnswer(answer, () => "");
        await target.send({ ...message, allowedMentions: NO_PINGS });
        return "sent";
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        if (typeof code === "number" && GONE.has(code)) return "gone";
        throw e;
      }
    },
  };
}
