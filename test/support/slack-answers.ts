import type { Answer, Citation } from "../../src/core/answer/types.ts";

const card: Citation = {
  source: "openai-card",
  sourceName: "OpenAI model card",
  asOf: "2026-01-08",
  url: "https://example.com/cards/codex-mini?x=1&y=2",
};
const bench: Citation = { source: "livebench", sourceName: "LiveBench", asOf: "2026-02-01" };

const base = (over: Partial<Answer> & Pick<Answer, "intent" | "title" | "summary">): Answer => ({
  query: "q",
  models: [],
  field: null,
  benchmark: null,
  suggestions: [],
  blocks: [],
  followUps: [],
  citations: [],
  ...over,
});

/** One hand-built answer of every kind, plus stress cases, for the renderer tests. */
export const ANSWERS: Record<string, Answer> = {
  overview: base({
    intent: "overview",
    models: ["gpt-5.1-codex-mini"],
    title: "GPT-5.1 Codex Mini (OpenAI)",
    summary: "A small coding model with a 400K-token context window.",
    blocks: [
      {
        kind: "facts",
        rows: [
          { label: "Context window", value: "400K tokens", citation: card },
          { label: "Max output", value: "128K tokens", citation: card },
          { label: "Open weights", value: "No", citation: card },
          { label: "Pricing", value: "$0.25 in / $2.00 out per 1M tokens", citation: card },
        ],
      },
    ],
    citations: [card],
  }),
  field: base({
    intent: "field",
    field: "context_length",
    models: ["gpt-5.1-codex-mini"],
    title: "GPT-5.1 Codex Mini: context window",
    summary: "400K tokens",
    blocks: [{ kind: "text", text: "400K tokens" }],
    citations: [card],
  }),
  benchmark: base({
    intent: "benchmark",
    benchmark: "livebench-coding",
    models: ["gpt-5.1-codex-mini"],
    title: "GPT-5.1 Codex Mini on LiveBench coding",
    summary: "Score 71.2, rank 9 of 64",
    blocks: [
      {
        kind: "facts",
        rows: [
          { label: "Score", value: "71.2" },
          { label: "Rank", value: "9 of 64" },
        ],
      },
    ],
    citations: [bench],
  }),
  transparency: base({
    intent: "transparency",
    title: "Transparency of GPT-5.1 Codex Mini",
    summary: "Discloses 6 of 10 categories",
    blocks: [
      {
        kind: "table",
        columns: ["Category", "Disclosed"],
        rows: [
          "Data",
          "Compute",
          "Methods",
          "Model",
          "Capabilities",
          "Risks",
          "Mitigations",
          "Distribution",
          "Usage",
          "Impact",
        ].map((c, i) => [c, i % 3 === 0 ? "no" : "yes"]),
      },
    ],
    citations: [card],
  }),
  compare: base({
    intent: "compare",
    models: ["a", "b"],
    title: "Model A vs Model B",
    summary: "Model B has the larger context window",
    blocks: [
      {
        kind: "table",
        columns: ["", "Model A", "Model B"],
        rows: [
          ["Context", "128K", "400K"],
          ["Open weights", "Yes", "No"],
        ],
      },
    ],
    citations: [card, bench],
  }),
  top: base({
    intent: "top",
    title: "Top 5 on LiveBench coding",
    summary: "Model A leads with 80.1",
    blocks: [
      {
        kind: "table",
        columns: ["#", "Model", "Score"],
        rows: [1, 2, 3, 4, 5].map((n) => [String(n), `Model ${n}`, String(81 - n)]),
      },
    ],
    citations: [bench],
  }),
  filter: base({
    intent: "filter",
    title: "Open-weights models with over 1M context",
    summary: "3 models match",
    blocks: [{ kind: "list", items: ["Model A (1M)", "Model B (2M)", "Model C (10M)"] }],
  }),
  help: base({
    intent: "help",
    title: "Ask me about AI models",
    summary: "Try a model name, a field, a benchmark or a comparison.",
    blocks: [
      {
        kind: "list",
        items: ["gpt-5.1-codex-mini context", "top 5 on livebench", "compare a vs b"],
      },
    ],
  }),
  not_found: base({
    intent: "not_found",
    title: "No model called gtp-5.1-codx",
    summary: "I could not find that model. Did you mean one of these?",
    suggestions: ["gpt-5.1-codex-mini", "gpt-5.1-codex"],
    followUps: [
      { label: "GPT-5.1 Codex Mini", query: "gpt-5.1-codex-mini" },
      { label: "GPT-5.1 Codex", query: "gpt-5.1-codex" },
    ],
  }),
  ambiguous: base({
    intent: "ambiguous",
    title: "Which Codex did you mean?",
    summary: "Several models match",
    suggestions: ["gpt-5.1-codex-mini", "gpt-5.1-codex"],
    followUps: [
      { label: "GPT-5.1 Codex Mini", query: "gpt-5.1-codex-mini context" },
      { label: "GPT-5.1 Codex", query: "gpt-5.1-codex context" },
    ],
  }),
};

const long = (n: number, s: string) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

/** Answers built to break every limit at once. */
export const HUGE: Record<string, Answer> = {
  table500: base({
    intent: "top",
    title: long(400, "Top models by everything "),
    summary: long(2000, "summary "),
    blocks: [
      {
        kind: "table",
        columns: ["#", "Model", "Organization", "Score"],
        rows: Array.from({ length: 500 }, (_, i) => [
          String(i + 1),
          `model-<${i}>&co`,
          "Org & Sons",
          `${90 - i / 10}`,
        ]),
      },
    ],
    followUps: Array.from({ length: 40 }, (_, i) => ({
      label: long(120, `Show more ${i} `),
      query: `more ${i}`,
    })),
    citations: Array.from({ length: 300 }, (_, i) => ({
      ...bench,
      source: `s${i}`,
      sourceName: `Source ${i}`,
    })),
  }),
  everything: base({
    intent: "overview",
    title: "Everything",
    summary: "All block kinds, many times",
    blocks: Array.from({ length: 80 }, (_, i) =>
      i % 4 === 0
        ? { kind: "text" as const, text: long(5000, `para ${i} & <b> `) }
        : i % 4 === 1
          ? {
              kind: "facts" as const,
              rows: Array.from({ length: 25 }, (_, j) => ({
                label: `L${j}`,
                value: long(2500, "v&"),
              })),
            }
          : i % 4 === 2
            ? { kind: "list" as const, items: Array.from({ length: 400 }, (_, j) => `item ${j}`) }
            : {
                kind: "table" as const,
                columns: Array.from({ length: 40 }, (_, j) => `col${j}`),
                rows: [["x"]],
              },
    ),
    followUps: [{ label: "Too long", query: long(2500, "q") }],
  }),
};
