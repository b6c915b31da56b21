import { createInterface } from "node:readline";
import type { AdapterDeps, RunningAdapter } from "../../app/adapter.ts";
import type { BotReply } from "../../app/bot.ts";
import { askInConversation, conversationKey, conversationsFor } from "../../app/conversations.ts";
import type { Answer } from "../../core/answer/types.ts";
import { renderText } from "../../core/render/text.ts";

export interface ConsoleIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

const SESSION = conversationKey("console", "session");

const QUIT = new Set(["quit", "exit", ":q", "bye", "/quit", "/exit"]);

/** A terminal shows no pictures: an answer with a chart says how to draw it to a file. */
function chartHint(answer: Answer): string {
  if (answer.chart === undefined) return "";
  const quoted = `'${answer.query.trim().replace(/'/g, "'\\''")}'`;
  return `\n\nChart (${answer.chart.kind}): npm run ask -- --chart chart.png ${quoted}`;
}

function renderReply(reply: BotReply): string {
  if (reply.kind === "answer") return renderText(reply.answer) + chartHint(reply.answer);
  return reply.message;
}

/**
 * The chat that needs no tokens: a terminal prompt over the same bot as Slack and Discord, with
 * line history (arrow keys), `help` and `quit`.
 */
export async function startConsoleChat(deps: AdapterDeps, io?: ConsoleIo): Promise<RunningAdapter> {
  const input = io?.input ?? process.stdin;
  const output = io?.output ?? process.stdout;
  const terminal = io === undefined && process.stdin.isTTY === true;
  const store = conversationsFor(deps);
  const rl = createInterface({ input, output, terminal, historySize: 200, prompt: "model-bot> " });
  const { records } = deps.bot.engine().catalog.version;
  output.write(
    `model-bot: ${records} models loaded. Ask a question, "help" for examples, "quit" to leave.\n`,
  );
  let queue = Promise.resolve();
  const closed = new Promise<void>((resolveClosed) => {
    rl.on("close", () => {
      // Answer every line already typed (piped input) before saying the chat has ended.
      queue.then(
        () => resolveClosed(),
        () => resolveClosed(),
      );
    });
  });
  rl.on("line", (line) => {
    const text = line.trim();
    if (QUIT.has(text.toLowerCase())) {
      rl.close();
      return;
    }
    queue = queue.then(async () => {
      // The session is one conversation: "and its price?" follows the line before.
      const request = { platform: "console" as const, user: "console", channel: "console", text };
      const turn = await askInConversation(deps.bot, store, deps.log, request, SESSION);
      await turn.remember(SESSION);
      const reply = turn.reply;
      output.write(`\n${renderReply(reply)}\n\n`);
      if (terminal) rl.prompt();
    });
  });
  if (terminal) rl.prompt();
  return {
    name: "console",
    closed,
    stop: async () => {
      rl.close();
      await closed;
    },
  };
}
