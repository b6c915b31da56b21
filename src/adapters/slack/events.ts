import type { App } from "@slack/bolt";
import type { AdapterDeps } from "../../app/adapter.ts";
import { conversationKey } from "../../app/conversations.ts";
import { askBot, track } from "./ask.ts";
import { uploadChart } from "./chart.ts";
import { NO_UNFURL, sendMessage } from "./send.ts";
import { decodeSlackText, stripBotMention } from "./text.ts";

/**
 * @mentions answer in the thread of the mention; direct messages answer in the DM. Messages from
 * bots (the bot itself included) and edits, joins and other subtypes are ignored, so two bots can
 * never talk each other into a loop.
 */
export function registerEvents(app: App, deps: AdapterDeps): void {
  app.event("app_mention", async ({ event, context, client }) => {
    const user = event.user;
    if (event.bot_id !== undefined || event.subtype !== undefined || !user) return;
    const text = decodeSlackText(stripBotMention(event.text, context.botUserId)).trim();
    const where = { channel: event.channel, thread_ts: event.thread_ts ?? event.ts };
    const work = async () => {
      // Public in the thread already, so no share button; refusals go to the asker alone.
      // The thread is the conversation: a follow-up mention there continues it, for this user.
      const thread = conversationKey("slack", event.channel, where.thread_ts, user);
      const reply = await askBot(
        deps,
        { user, channel: event.channel },
        text,
        { picker: text === "" },
        thread,
      );
      await sendMessage(deps, reply.message, (m) =>
        reply.kind === "answer"
          ? client.chat.postMessage({ ...where, ...m, ...NO_UNFURL })
          : client.chat.postEphemeral({ ...where, user, ...m }),
      );
      // The picture follows the text in the same thread, never ahead of it.
      if (reply.kind === "answer") await uploadChart(deps, client, reply.answer, where);
    };
    await track(deps, work());
  });

  app.message(async ({ message, client }) => {
    if (message.subtype !== undefined || message.channel_type !== "im") return;
    const user = message.user;
    if (message.bot_id !== undefined || !user) return;
    const text = decodeSlackText(stripBotMention(message.text ?? "", undefined)).trim();
    const where = {
      channel: message.channel,
      ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
    };
    const work = async () => {
      // The DM (or a thread in it) is one conversation.
      const dm = conversationKey("slack", message.channel, message.thread_ts ?? "dm", user);
      const reply = await askBot(
        deps,
        { user, channel: message.channel },
        text,
        { picker: text === "" },
        dm,
      );
      await sendMessage(deps, reply.message, (m) =>
        client.chat.postMessage({ ...where, ...m, ...NO_UNFURL }),
      );
      if (reply.kind === "answer") await uploadChart(deps, client, reply.answer, where);
    };
    await track(deps, work());
  });
}
