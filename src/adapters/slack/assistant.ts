import { Assistant } from "@slack/bolt";
import type { AdapterDeps } from "../../app/adapter.ts";
import { conversationKey } from "../../app/conversations.ts";
import { askBot, track } from "./ask.ts";
import { uploadChart } from "./chart.ts";
import { NO_UNFURL, sendMessage } from "./send.ts";
import { decodeSlackText, stripBotMention, truncate } from "./text.ts";

/** The prompts the assistant panel offers in a new thread (Slack shows at most four). */
export const SUGGESTED_PROMPTS = [
  { title: "A context window", message: "gpt-5.1-codex-mini context" },
  { title: "Compare prices", message: "compare gpt-4o and claude sonnet 4.5 on price" },
  { title: "A leaderboard", message: "top 5 on livebench coding" },
  { title: "Where to run a model", message: "where can I run llama 3.1 405b" },
] as const;

export const PROMPTS_TITLE = "Ask about any AI language model, for example:";
/** Shown under the thread while the answer is being made ("model-bot is looking it up…"). */
export const THINKING_STATUS = "is looking it up…";

// Slack's thread titles are short; a question longer than this is cut with "…".
const TITLE_MAX = 60;
// Threads already titled after their first question; old ones are forgotten first.
const TITLED_MAX = 10_000;

/**
 * The bot answers from its catalog alone, so the channel a user has open beside the assistant
 * changes nothing. Bolt's default store would read and rewrite message metadata on every
 * message (conversations.replies, chat.update) to remember it; this one keeps nothing.
 */
const NO_THREAD_CONTEXT: NonNullable<
  ConstructorParameters<typeof Assistant>[0]["threadContextStore"]
> = {
  get: async () => ({}),
  save: async () => {},
};

/**
 * Slack's assistant surface (the side panel AI apps open in), through Bolt's Assistant: a new
 * thread gets suggested prompts; each question shows a "thinking" status, gets its answer in
 * the thread, and titles the thread after it. Each assistant thread is its own conversation.
 */
export function createAssistant(deps: AdapterDeps): Assistant {
  const titled = new Set<string>();
  const titleOnce = (thread: string, text: string, setTitle: (t: string) => Promise<unknown>) => {
    if (titled.has(thread) || text === "") return Promise.resolve();
    titled.add(thread);
    if (titled.size > TITLED_MAX) titled.delete(titled.values().next().value ?? "");
    return setTitle(truncate(text, TITLE_MAX));
  };
  return new Assistant({
    threadContextStore: NO_THREAD_CONTEXT,
    threadStarted: async ({ setSuggestedPrompts }) => {
      await setSuggestedPrompts({ title: PROMPTS_TITLE, prompts: [...SUGGESTED_PROMPTS] });
    },
    userMessage: async ({ message, client, setStatus, setTitle }) => {
      if (message.subtype !== undefined || !("user" in message) || message.bot_id !== undefined)
        return;
      const user = message.user;
      const thread = "thread_ts" in message ? message.thread_ts : undefined;
      if (!user || !thread) return;
      const text = decodeSlackText(stripBotMention(message.text ?? "", undefined)).trim();
      const work = async () => {
        // The status is a courtesy: a refusal (a missing scope) must not cost the answer.
        await Promise.all([
          setStatus(THINKING_STATUS),
          titleOnce(`${message.channel}/${thread}`, text, setTitle),
        ]).catch((err: unknown) =>
          deps.log.warn({ err }, "slack: assistant status or title refused"),
        );
        // The assistant thread is the conversation: "and its price?" continues it, for this user.
        const key = conversationKey("slack", message.channel, thread, user);
        const reply = await askBot(deps, { user, channel: message.channel }, text, {}, key);
        const where = { channel: message.channel, thread_ts: thread };
        // Posting in the thread clears the status.
        await sendMessage(deps, reply.message, (m) =>
          client.chat.postMessage({ ...where, ...m, ...NO_UNFURL }),
        );
        // The picture follows the text in the same thread, never ahead of it.
        if (reply.kind === "answer") await uploadChart(deps, client, reply.answer, where);
      };
      await track(deps, work());
    },
  });
}
