import type { App } from "@slack/bolt";
import type { AdapterDeps } from "../../app/adapter.ts";
import { askBot, track } from "./ask.ts";
import { decodeSlackText, stripBotMention } from "./text.ts";

// Link previews of source pages would bury the answer; the sources line already names them.
const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/**
 * @mentions answer in the thread of the mention; direct messages answer in the DM. Messages from
 * bots (the bot itself included) and edits, joins and other subtypes are ignored, so two bots can
 * never talk each other into a loop.
 */
export function registerEvents(app: App, deps: AdapterDeps): void {
  app.event("app_mention", async ({ event, context, client }) => {
    if (event.bot_id !== undefined || event.subtype !== undefined || !event.user) return;
    const text = decodeSlackText(stripBotMention(event.text, context.botUserId)).trim();
    const asker = { user: event.user, channel: event.channel };
    const where = { channel: event.channel, thread_ts: event.thread_ts ?? event.ts };
    await track(
      deps,
      (async () => {
        // Public in the thread already, so no share button; refusals go to the asker alone.
        const reply = await askBot(deps, asker, text, { picker: text === "" });
        if (reply.kind === "answer") {
          await client.chat.postMessage({ ...where, ...reply.message, ...NO_UNFURL });
        } else {
          await client.chat.postEphemeral({
            ...where,
            user: event.user as string,
            ...reply.message,
          });
        }
      })(),
    );
  });

  app.message(async ({ message, client }) => {
    if (message.subtype !== undefined || message.channel_type !== "im") return;
    if (message.bot_id !== undefined || !message.user) return;
    const text = decodeSlackText(stripBotMention(message.text ?? "", undefined)).trim();
    const asker = { user: message.user, channel: message.channel };
    const thread = message.thread_ts === undefined ? {} : { thread_ts: message.thread_ts };
    await track(
      deps,
      (async () => {
        const reply = await askBot(deps, asker, text, { picker: text === "" });
        await client.chat.postMessage({
          channel: message.channel,
          ...thread,
          ...reply.message,
          ...NO_UNFURL,
        });
      })(),
    );
  });
}
