import type { Message } from "discord.js";
import { attachChart } from "./chart.ts";
import { NO_PINGS } from "./client.ts";
import { askBot, type DiscordContext, renderReply } from "./context.ts";

/**
 * The question in a message, or null when the message is not for the bot. In servers only
 * messages that mention the bot count (`<@id>` or the older `<@!id>`); in DMs every message does.
 */
export function questionFromMessage(content: string, botId: string, inDm: boolean): string | null {
  const mention = new RegExp(`<@!?${botId}>`, "g");
  if (!inDm && !mention.test(content)) return null;
  return content.replace(mention, " ").replace(/\s+/g, " ").trim();
}

/** Answers an @mention or a DM as a reply to it; never to other bots (no loops between bots). */
export async function handleMessage(ctx: DiscordContext, message: Message) {
  if (message.author.bot || message.system) return;
  const me = message.client.user.id;
  const question = questionFromMessage(message.content, me, !message.inGuild());
  if (question === null) return;
  try {
    const reply = await askBot(ctx, message.author.id, message.channelId, question);
    const rendered = renderReply(ctx, reply);
    const sent = await message.reply({ ...rendered, allowedMentions: NO_PINGS });
    // The chart follows in an edit of the reply, once the text answer is out.
    if (reply.kind === "answer") {
      await attachChart(ctx, reply.answer, rendered, (b) => sent.edit(b));
    }
  } catch (err) {
    ctx.log.warn({ err, message: message.id }, "could not answer a Discord message");
  }
}
