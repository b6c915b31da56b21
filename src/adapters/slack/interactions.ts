import type { App, BlockAction, ButtonAction, ExternalSelectAction, RespondFn } from "@slack/bolt";
import type { AdapterDeps } from "../../app/adapter.ts";
import { ACTION, FOLLOW_UP_PATTERN } from "./actions.ts";
import { askBot, track } from "./ask.ts";
import { LIMITS } from "./limits.ts";
import { renderOptions } from "./render.ts";

const askerOf = (body: BlockAction) => ({ user: body.user.id, channel: body.channel?.id ?? "" });
const isEphemeral = (body: BlockAction) => body.container?.is_ephemeral === true;

/**
 * Where a public answer's follow-up goes: its thread, so the channel stays readable; in a DM the
 * conversation is already private and one-to-one, so only an existing thread is kept.
 */
function threadFor(channel: string, message: BlockAction["message"]): string | undefined {
  if (message?.thread_ts !== undefined) return message.thread_ts;
  return channel.startsWith("D") ? undefined : message?.ts;
}

/** A private answer to whoever clicked: a new ephemeral message, or the clicked one replaced. */
async function answerPrivately(
  deps: AdapterDeps,
  body: BlockAction,
  respond: RespondFn,
  question: string,
  replace: boolean,
): Promise<void> {
  const reply = await askBot(deps, askerOf(body), question, { share: question });
  const replaceOriginal = replace && reply.kind === "answer";
  await respond({
    response_type: "ephemeral",
    replace_original: replaceOriginal,
    ...reply.message,
  });
}

/**
 * Buttons and the picker. "Share in channel" re-asks the stored question and posts the answer
 * for everyone, then removes the private copy; follow-ups re-ask their query (replacing a
 * private answer, or answering in the thread of a public one); the picker shows a model overview.
 */
export function registerInteractions(app: App, deps: AdapterDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.share, async ({ ack, body, action, respond }) => {
    await ack();
    await track(
      deps,
      (async () => {
        const reply = await askBot(deps, askerOf(body), action.value ?? "", { shared: true });
        if (reply.kind === "notice") {
          await respond({ response_type: "ephemeral", replace_original: false, ...reply.message });
          return;
        }
        await respond({ response_type: "in_channel", replace_original: false, ...reply.message });
        await respond({ delete_original: true });
      })(),
    );
  });

  app.action<BlockAction<ButtonAction>>(
    FOLLOW_UP_PATTERN,
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const query = action.value ?? "";
      await track(
        deps,
        (async () => {
          const channel = body.channel?.id;
          if (isEphemeral(body) || channel === undefined) {
            await answerPrivately(deps, body, respond, query, true);
            return;
          }
          const reply = await askBot(deps, askerOf(body), query);
          if (reply.kind === "notice") {
            await respond({
              response_type: "ephemeral",
              replace_original: false,
              ...reply.message,
            });
            return;
          }
          const thread = threadFor(channel, body.message);
          await client.chat.postMessage({
            channel,
            ...(thread === undefined ? {} : { thread_ts: thread }),
            ...reply.message,
            unfurl_links: false,
            unfurl_media: false,
          });
        })(),
      );
    },
  );

  app.action<BlockAction<ExternalSelectAction>>(
    ACTION.pick,
    async ({ ack, body, action, respond }) => {
      await ack();
      const picked = action.selected_option?.value;
      if (!picked) return;
      await track(deps, answerPrivately(deps, body, respond, picked, false));
    },
  );

  app.options(ACTION.pick, async ({ options, ack }) => {
    const typed = "value" in options && typeof options.value === "string" ? options.value : "";
    const choices = deps.bot.engine().suggestModels(typed.slice(0, 200), LIMITS.options);
    await ack({ options: renderOptions(choices) });
  });
}
