import type { Message } from "discord.js";
import { conversationKey } from "../../app/conversations.ts";
import { attachChart } from "./chart.ts";
import { NO_PINGS } from "./client.ts";
import { askTurn, type DiscordContext, renderReply } from "./context.ts";

/**
 * The question in a message, or null when the message is not for the bot. In servers only
 * messages that mention the bot count (`<@id>` or the older `<@!id>`); in DMs every message does.
 */
export function questionFromMessage(content: string, botId: string, inDm: boolean): string | null {
  const mention = new RegExp(`<@!?${botId}>`, "g");
  if (!inDm && !mention.test(content)) return null;
  return content.replace(mention, " ").replace(/\s+/g, " ").trim();
}

/**
 * Answers an @mention or a DM as a reply to it; never to other bots (no loops between bots). A
 * refusal (rate limit, error) to a mention in a server goes to the asker by DM: a message reply
 * cannot be ephemeral, and "slow down" is nobody else's business. If their DMs are closed, the
 * notice is dropped rather than posted in the channel.
 */
export async function handleMessage(ctx: DiscordContext, message: Message) {
  if (message.author.bot || message.system) return;
  const me = message.client.user.id;
  // A reply to one of the bot's answers is addressed to it, with or without an @mention.
  const repliedToMe =
    message.reference?.messageId !== undefined && message.mentions.repliedUser?.id === me;
  const question = questionFromMessage(message.content, me, !message.inGuild() || repliedToMe);
  if (question === null) return;
  try {
    // A reply chain is a conversation (the context is kept under each answer's message id, for
    // this user); a DM is one conversation; a new mention in a server starts afresh.
    const user = message.author.id;
    const chain = (id: string) => conversationKey("discord", message.channelId, id, user);
    const dm = message.inGuild()
      ? undefined
      : conversationKey("discord", message.channelId, "dm", user);
    const previous = message.reference?.messageId;
    const turn = await askTurn(
      ctx,
      user,
      message.channelId,
      question,
      previous !== undefined ? chain(previous) : dm,
    );
    const reply = turn.reply;
    const rendered = renderReply(ctx, reply);
    const body = { ...rendered, allowedMentions: NO_PINGS };
    if (reply.kind === "answer") {
      const sent = await message.reply(body);
      await turn.remember(chain(sent.id), ...(dm === undefined ? [] : [dm]));
      // The chart follows in an edit of the reply, once the text answer is out.
      await attachChart(ctx, reply.answer, rendered, (b) => sent.edit(b));
    } else if (!message.inGuild()) {
      await message.reply(body);
    } else {
      await message.author.send(body).catch((err: unknown) => {
        ctx.log.debug({ err, message: message.id }, "discord: could not DM a notice; dropped");
      });
    }
    ctx.monitor?.delivery(true);
  } catch (err) {
    ctx.monitor?.delivery(false);
    ctx.log.warn({ err, message: message.id }, "could not answer a Discord message");
  }
}
