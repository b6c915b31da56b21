import type { App } from "@slack/bolt";
import type { AdapterDeps } from "../../app/adapter.ts";
import { conversationKey, conversationsFor, readConversation } from "../../app/conversations.ts";
import { askBot, track } from "./ask.ts";
import { replayValue } from "./replay.ts";
import { sendMessage } from "./send.ts";
import { decodeSlackText } from "./text.ts";

/** The slash command the manifest declares. */
export const COMMAND = "/model";

/**
 * `/model <question>`: ack at once (Slack gives 3 s), then answer privately through the
 * response_url with a "Share in channel" button. `/model` alone answers with help and the picker.
 * One user's `/model` questions in one channel are a conversation of their own, private like the
 * answers: `/model claude sonnet 4.5 context`, then `/model and its price?`. The share and chart
 * buttons carry that conversation's context (replay.ts), so sharing "and its price?" shares it.
 * The manifest sets should_escape false, but decodeSlackText reads the escaped forms too
 * (`<@U…|name>`, `<#C…|name>`, `<url|label>`), so the question is the same either way.
 */
export function registerCommand(app: App, deps: AdapterDeps): void {
  app.command(COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const question = decodeSlackText(command.text ?? "").trim();
    const asker = { user: command.user_id, channel: command.channel_id };
    const work = async () => {
      const key = conversationKey("slack", command.channel_id, "command", command.user_id);
      const store = conversationsFor(deps);
      const before = await readConversation(store, deps.log, key);
      const again = await replayValue(store, question, before).catch((err: unknown) => {
        deps.log.warn({ err }, "slack: could not keep the context for a share button");
        return undefined;
      });
      const reply = await askBot(
        deps,
        asker,
        question,
        {
          ...(again === undefined ? {} : { share: again, chartQuestion: again }),
          picker: question === "",
        },
        { key, before },
      );
      await sendMessage(deps, reply.message, (m) => respond({ response_type: "ephemeral", ...m }));
    };
    await track(deps, work());
  });
}
