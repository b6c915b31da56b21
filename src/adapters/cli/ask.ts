import type { Answer } from "../../core/answer/types.ts";
import type { ConversationContext } from "../../core/conversation/context.ts";
import type { Turn } from "../../core/conversation/converse.ts";
import { renderLine, renderText } from "../../core/render/text.ts";
import { type CliCommand, type CliIo, EXIT } from "./command.ts";
import { toAskJson } from "./contract.ts";
import { readLines } from "./lines.ts";
import {
  CHART_OPTION,
  type CliOption,
  HELP_OPTION,
  JSON_OPTION,
  type OptionValues,
  UsageError,
} from "./options.ts";

const CONVERSATION_OPTION: CliOption = {
  name: "conversation",
  type: "boolean",
  help: 'each stdin line continues one conversation ("and its price?", "more")',
};

/** A single question whose model is missing or unclear did not get its answer: exit 1. */
const UNANSWERED: ReadonlySet<Answer["intent"]> = new Set(["not_found", "ambiguous"]);

/**
 * How one answer is printed: in full for a question given as arguments, as one line for each
 * stdin line (so output lines match input lines), or as the JSON contract. Other options that
 * change the output (a conversation, a chart file) hook in here.
 */
export interface AskOutput {
  single(answer: Answer, context?: ConversationContext): string;
  line(answer: Answer, context?: ConversationContext): string;
}

function outputFor(values: OptionValues, io: CliIo): AskOutput {
  if (values.json) {
    const json = (a: Answer, c?: ConversationContext) => JSON.stringify(toAskJson(a, c));
    return { single: json, line: json };
  }
  return { single: (a) => renderText(a, { width: io.columns }), line: renderLine };
}

export const askCommand: CliCommand = {
  name: "ask",
  summary: "answer a question (or one per line of stdin)",
  usage: "[options] [question...]",
  description: [
    "Answers a question about AI language models with the source and date of every fact.",
    "With no question it reads stdin and prints exactly one line per input line (JSON Lines",
    "with --json; a blank line gets the help answer). Exits 1 when the model of a single",
    "question is not found or ambiguous, 2 on a usage error.",
  ].join("\n"),
  options: [JSON_OPTION, CHART_OPTION, CONVERSATION_OPTION, HELP_OPTION],
  positionals: true,
  examples: [
    'model-bot ask "gpt-5.1-codex-mini context"',
    'model-bot ask --json "compare gpt-4o and claude sonnet 4.5 on price"',
    'model-bot ask --chart top.png "top 10 on livebench coding"',
    "printf 'gpt-4o price\\nclaude sonnet 4.5 context\\n' | model-bot ask --json",
    "printf 'claude sonnet 4.5 context\\nand its price?\\n' | model-bot ask --conversation",
  ],
  async run(io, values, positionals) {
    const output = outputFor(values, io);
    const chartFile = typeof values.chart === "string" ? values.chart : undefined;
    if (chartFile !== undefined && positionals.length === 0) {
      throw new UsageError("--chart needs a question on the command line");
    }
    const engine = io.engine();
    // The core has no clock: "what's new this week" counts back from the day given here.
    const context = { today: new Date().toISOString().slice(0, 10) };
    if (positionals.length > 0) {
      const question = positionals.join(" ");
      const turn = values.conversation
        ? engine.ask(question, { ...context, conversation: null })
        : undefined;
      const answer = turn?.answer ?? engine.ask(question, context);
      // The text first: drawing the chart never holds up the answer.
      io.out(`${output.single(answer, turn?.context)}
`);
      if (chartFile !== undefined) {
        // Vega and resvg take longer to load than answering does: only when a chart is asked for.
        const { writeChartFile } = await import("./chart-file.ts");
        await writeChartFile(io, answer, chartFile);
      }
      return UNANSWERED.has(answer.intent) ? EXIT.notAnswered : EXIT.ok;
    }
    if (values.conversation) {
      // One conversation over every line: each answer's context is the next line's.
      let conversation: ConversationContext | null = null;
      for await (const line of readLines(io.stdin)) {
        const turn: Turn = engine.ask(line, { ...context, conversation });
        conversation = turn.context;
        io.out(`${output.line(turn.answer, turn.context)}\n`);
      }
      return EXIT.ok;
    }
    for await (const line of readLines(io.stdin)) {
      io.out(`${output.line(engine.ask(line, context))}\n`);
    }
    return EXIT.ok;
  },
};
