import type { Answer, FollowUp } from "../../answer/types.ts";
import type { ModelRecord } from "../../schema/record.ts";
import { makeAnswer, quoteUserText } from "./base.ts";

/** Questions that show what the bot can do; help, Slack's App Home and the CLI show them. */
export const EXAMPLES = [
  "gpt-5.1-codex-mini context",
  "how much does claude sonnet 4.5 cost?",
  "what rank is gpt-5.1-codex-mini on WebDev Arena?",
  "transparency of gpt-5.1-codex-mini",
  "compare gpt-4o and claude sonnet 4.5 on price",
  "top 5 on livebench coding",
  "top 5 on livebench in the 2025-04-25 release",
  "open-weights models with over 1M context",
  "where can I run llama 3.1 405b",
];

/** What the bot can do, with examples to click. `note` explains why help is shown instead. */
export function answerHelp(query: string, note?: string): Answer {
  return makeAnswer(query, {
    intent: "help",
    title: "model-bot: ask about AI language models",
    summary:
      note ??
      "Ask about a model's context, price, providers, benchmarks, transparency, or compare and list models.",
    blocks: [
      ...(note ? [{ kind: "text" as const, text: note }] : []),
      {
        kind: "text",
        text: "Name a model and, optionally, a topic: context, max output, price, providers, parameters, license, open weights, release date, knowledge cutoff, architecture, capabilities (tools, vision, reasoning), benchmarks or transparency. You can also compare up to 4 models, ask for the top models on a benchmark (the latest release, or one you name by date), or filter the catalog.",
      },
      { kind: "list", items: EXAMPLES },
    ],
    followUps: EXAMPLES.slice(0, 4).map((q) => ({ label: q, query: q })),
  });
}

function retry(r: ModelRecord, topic: string): FollowUp {
  return { label: r.name.slice(0, 60), query: topic ? `${r.id} ${topic}` : r.id };
}

/** No model matched: did-you-mean suggestions, each a one-click retry with the same topic. */
export function answerNotFound(
  query: string,
  asked: string,
  suggestions: ModelRecord[],
  topic: string,
): Answer {
  const shown = quoteUserText(asked);
  const names = suggestions.map((s) => s.name);
  return makeAnswer(query, {
    intent: "not_found",
    suggestions: suggestions.map((s) => s.id),
    title: "Model not found",
    summary: `No model named "${shown}" in the catalog.${names.length ? ` Did you mean ${names.slice(0, 3).join(", ")}?` : ""}`,
    blocks: [
      { kind: "text", text: `I couldn't find a model named "${shown}".` },
      ...(names.length
        ? [{ kind: "list" as const, items: names.map((n) => `Did you mean ${n}?`) }]
        : []),
    ],
    followUps: suggestions.map((s) => retry(s, topic)),
  });
}

/** Several models fit equally well: list them to pick from. */
export function answerAmbiguous(
  query: string,
  asked: string,
  candidates: ModelRecord[],
  topic: string,
): Answer {
  const shown = quoteUserText(asked);
  return makeAnswer(query, {
    intent: "ambiguous",
    suggestions: candidates.map((c) => c.id),
    title: `Which "${shown}"?`,
    summary: `"${shown}" fits several models: ${candidates.map((c) => c.name).join(", ")}. Which one?`,
    blocks: [
      { kind: "text", text: `"${shown}" could mean several models. Pick one:` },
      { kind: "list", items: candidates.map((c) => `${c.name} (${c.id})`) },
    ],
    followUps: candidates.map((c) => retry(c, topic)),
  });
}
