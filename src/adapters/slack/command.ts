import type { App } from "@slack/bolt";
import type { AdapterDeps } from "../../app/adapter.ts";
import { askBot, track } from "./ask.ts";
import { sendMessage } from "./send.ts";
import { decodeSlackText } from "./text.ts";

/** The slash command the manifest declares. */
export const COMMAND = "/model";

/**
 * `/model <question>`: ack at once (Slack gives 3 s), then answer privately through the
 * response_url with a "Share in channel" button. `/model` alone answers with help and the picker.
 * The manifest sets should_escape false, but decodeSlackText reads the escaped forms too
 * (`<@U…|name>`, `<#C…|name>`, `<url|label>`), so the question is the same either way.
 */
export function registerCommand(app: App, deps: AdapterDeps): void {
  app.command(COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const question = decodeSlackText(command.text ?? "").trim();
    const asker = { user: command.user_id, channel: command.channel_id };
    const work = async () => {
      const reply = await askBot(deps, asker, question, {
        share: question,
        picker: question === "",
        chartQuestion: question,
      });
      await sendMessage(deps, reply.message, (m) => respond({ response_type: "ephemeral", ...m }));
    };
    await track(deps, work());
  });
}
