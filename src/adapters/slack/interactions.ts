import type { App, BlockAction, ButtonAction, ExternalSelectAction, RespondFn } from "@slack/bolt";
import type { AdapterDeps } from "../../app/adapter.ts";
import { conversationsFor } from "../../app/conversations.ts";
import { ACTION, FOLLOW_UP_PATTERN } from "./actions.ts";
import { askBot, type SlackReply, track } from "./ask.ts";
import { uploadChart } from "./chart.ts";
import { LIMITS } from "./limits.ts";
import { renderOptions } from "./render.ts";
import { readReplay } from "./replay.ts";
import { NO_UNFURL, sendMessage } from "./send.ts";

const askerOf = (body: BlockAction) => ({ user: body.user.id, channel: body.channel?.id ?? "" });

/**
 * Where a public answer's follow-up goes: its thread, so the channel stays readable; in a DM the
 * conversation is already private and one-to-one, so only an existing thread is kept.
 */
function threadFor(channel: string, message: BlockAction["message"]): string | undefined {
  if (message?.thread_ts !== undefined) return message.thread_ts;
  return channel.startsWith("D") ? undefined : message?.ts;
}

/** A reply only the clicker sees: a new ephemeral message, or the clicked one replaced. */
function respondPrivately(
  deps: AdapterDeps,
  respond: RespondFn,
  reply: SlackReply,
  replace = false,
) {
  const replaceOriginal = replace && reply.kind === "answer";
  return sendMessage(deps, reply.message, (m) =>
    respond({ response_type: "ephemeral", replace_original: replaceOriginal, ...m }),
  );
}

interface ActionArgs {
  body: BlockAction;
  respond: RespondFn;
  client: App["client"];
}

const EXPIRED =
  "That answer followed from earlier questions I no longer remember (a conversation is kept for 30 minutes), so I can't ask it again: ask it in full with /model.";

/** The question a share or chart button asks again, in the conversation it came from. */
async function replay(
  deps: AdapterDeps,
  body: BlockAction,
  respond: RespondFn,
  value: string,
  options: Parameters<typeof askBot>[3] = {},
): Promise<SlackReply | undefined> {
  const again = await readReplay(conversationsFor(deps), value);
  if (again.kind === "expired") {
    await respond({ response_type: "ephemeral", replace_original: false, text: EXPIRED });
    return undefined;
  }
  return askBot(deps, askerOf(body), again.question, options, { context: again.context });
}

/** "Share in channel": re-ask the stored question, post it for everyone, drop the private copy. */
async function share(deps: AdapterDeps, { body, respond, client }: ActionArgs, value: string) {
  const reply = await replay(deps, body, respond, value, { shared: true });
  if (reply === undefined) return;
  if (reply.kind === "notice") return respondPrivately(deps, respond, reply);
  await sendMessage(deps, reply.message, (m) =>
    respond({ response_type: "in_channel", replace_original: false, ...m }),
  );
  await respond({ delete_original: true });
  const channel = body.channel?.id;
  if (channel) await uploadChart(deps, client, reply.answer, { channel });
}

const CHART_SENT = "I sent you the chart in a direct message.";
const CHART_FAILED = "Sorry, I couldn't send that chart; the answer above stands.";

/**
 * "Show chart" on a private answer: an ephemeral message cannot carry a file, so the chart goes
 * to the asker's DM with the bot (conversations.open), and a private note says where it went.
 */
async function showChart(deps: AdapterDeps, { body, respond, client }: ActionArgs, value: string) {
  const reply = await replay(deps, body, respond, value);
  if (reply === undefined) return;
  if (reply.kind === "notice") return respondPrivately(deps, respond, reply);
  let sent = false;
  try {
    const dm = await client.conversations.open({ users: body.user.id });
    const channel = dm.channel?.id;
    if (channel) sent = await uploadChart(deps, client, reply.answer, { channel });
  } catch (err) {
    deps.log.warn({ err }, "slack: could not open a DM for a chart");
  }
  await respond({
    response_type: "ephemeral",
    replace_original: false,
    text: sent ? CHART_SENT : CHART_FAILED,
  });
}

/** A follow-up re-asks its query: in place of a private answer, or in the thread of a public one. */
async function followUp(deps: AdapterDeps, args: ActionArgs, query: string) {
  const { body, respond, client } = args;
  const channel = body.channel?.id;
  if (body.container?.is_ephemeral === true || channel === undefined) {
    const reply = await askBot(deps, askerOf(body), query, { share: query, chartQuestion: query });
    return respondPrivately(deps, respond, reply, true);
  }
  const reply = await askBot(deps, askerOf(body), query);
  if (reply.kind === "notice") return respondPrivately(deps, respond, reply);
  const thread = threadFor(channel, body.message);
  const where = { channel, ...(thread === undefined ? {} : { thread_ts: thread }) };
  await sendMessage(deps, reply.message, (m) =>
    client.chat.postMessage({ ...where, ...m, ...NO_UNFURL }),
  );
  await uploadChart(deps, client, reply.answer, where);
}

/** Buttons (share, follow-ups) and the model picker, with its options fed by the engine. */
export function registerInteractions(app: App, deps: AdapterDeps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.share,
    async ({ ack, body, action, respond, client }) => {
      await ack();
      await track(deps, share(deps, { body, respond, client }, action.value ?? ""));
    },
  );

  app.action<BlockAction<ButtonAction>>(
    ACTION.chart,
    async ({ ack, body, action, respond, client }) => {
      await ack();
      await track(deps, showChart(deps, { body, respond, client }, action.value ?? ""));
    },
  );

  app.action<BlockAction<ButtonAction>>(
    FOLLOW_UP_PATTERN,
    async ({ ack, body, action, respond, client }) => {
      await ack();
      await track(deps, followUp(deps, { body, respond, client }, action.value ?? ""));
    },
  );

  app.action<BlockAction<ExternalSelectAction>>(
    ACTION.pick,
    async ({ ack, body, action, respond }) => {
      await ack();
      const picked = action.selected_option?.value;
      if (!picked) return;
      const work = async () => {
        const reply = await askBot(deps, askerOf(body), picked, {
          share: picked,
          chartQuestion: picked,
        });
        await respondPrivately(deps, respond, reply);
      };
      await track(deps, work());
    },
  );

  app.options(ACTION.pick, async ({ options, ack }) => {
    const typed = "value" in options && typeof options.value === "string" ? options.value : "";
    // Slack shows at most 100 options; the cut on what was typed keeps fuzzy matching cheap.
    const choices = deps.bot.engine().suggestModels(typed.slice(0, 200), LIMITS.options);
    await ack({ options: renderOptions(choices) });
  });
}
