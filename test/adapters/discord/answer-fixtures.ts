import type { Answer, Citation, FollowUp } from "../../../src/core/answer/types.ts";

// Hand-built answers of every kind, for the renderer. Names and numbers here are test data only.

const card: Citation = { source: "card", sourceName: "Reference card", asOf: "2026-01-08" };
const arena: Citation = {
  source: "webdev-arena",
  sourceName: "WebDev Arena",
  asOf: "2025-12-01",
  url: "https://example.org/webdev-arena",
};

function answer(part: Partial<Answer> & Pick<Answer, "intent" | "title" | "summary">): Answer {
  return {
    query: "q",
    models: [],
    field: null,
    benchmark: null,
    suggestions: [],
    blocks: [],
    followUps: [],
    citations: [card],
    ...part,
  };
}

const ask = (label: string, query = label): FollowUp => ({ label, query });
const range = <T>(n: number, make: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => make(i));
const rows = (n: number, cells: (i: number) => string[]) => range(n, cells);

export const HOSTILE = "@everyone <@123> <@!77> <@&456> <#789> @here [click](https://evil.example)";

/** One answer per intent, plus the extremes. */
export const ANSWERS: Record<string, Answer> = {
  overview: answer({
    intent: "overview",
    models: ["model-a"],
    title: "Model A",
    summary: "A small coding model from Maker with a 400K-token window.",
    blocks: [
      { kind: "text", text: "A compact model for code." },
      {
        kind: "facts",
        rows: [
          { label: "Context window", value: "400K tokens", citation: card },
          { label: "Parameters", value: "not disclosed" },
          { label: "Pricing", value: "$0.25 in / $2.00 out per 1M tokens" },
          { label: "Release date", value: "13 Nov 2025" },
        ],
      },
    ],
    followUps: [
      ask("Benchmarks", "model-a benchmarks"),
      ask("Transparency", "transparency of model-a"),
    ],
  }),
  field: answer({
    intent: "field",
    models: ["model-a"],
    field: "context_length",
    title: "Model A: context window",
    summary: "400K tokens",
    blocks: [{ kind: "facts", rows: [{ label: "Context window", value: "400K tokens" }] }],
  }),
  benchmark: answer({
    intent: "benchmark",
    models: ["model-a"],
    benchmark: "webdev-arena",
    title: "Model A on WebDev Arena",
    summary: "Rank 12 with a score of 1,320.",
    blocks: [
      {
        kind: "facts",
        rows: [
          { label: "Score", value: "1,320" },
          { label: "Rank", value: "12" },
        ],
      },
    ],
    citations: [arena],
  }),
  transparency: answer({
    intent: "transparency",
    models: ["model-a"],
    title: "Model A: transparency",
    summary: "Moderate overall: 3 high, 4 moderate, 3 low.",
    blocks: [
      {
        kind: "table",
        columns: ["Category", "Level", "Note"],
        rows: rows(10, (i) => [
          `Category ${i + 1}`,
          ["low", "moderate", "high"][i % 3] ?? "",
          "short note",
        ]),
      },
    ],
  }),
  compare: answer({
    intent: "compare",
    models: ["model-a", "model-b", "model-c", "model-d"],
    title: "Model A vs Model B vs Model C vs Model D",
    summary: "Model B has the largest window.",
    blocks: [
      {
        kind: "table",
        columns: ["", "Model A", "Model B", "Model C", "Model D"],
        rows: rows(12, (i) => [`Field ${i}`, "400K", "1M", "128K", "200K"]),
      },
    ],
  }),
  top: answer({
    intent: "top",
    benchmark: "webdev-arena",
    title: "Top 25 on WebDev Arena",
    summary: "Model A leads with 1,450.",
    blocks: [
      {
        kind: "table",
        columns: ["#", "Model", "Score"],
        rows: rows(25, (i) => [`${i + 1}`, `Model ${i}`, `${1450 - i * 7}`]),
      },
    ],
    citations: [arena],
  }),
  filter: answer({
    intent: "filter",
    title: "Open-weights models with over 1M context",
    summary: "40 models match.",
    blocks: [{ kind: "list", items: range(40, (i) => `Model ${i} (1M tokens)`) }],
  }),
  help: answer({
    intent: "help",
    title: "What I can answer",
    summary: "Ask about any model by name.",
    blocks: [
      { kind: "text", text: "Try one of these:" },
      {
        kind: "list",
        items: ["model-a context", "top 5 on webdev-arena", "compare model-a vs model-b"],
      },
    ],
    citations: [],
  }),
  not_found: answer({
    intent: "not_found",
    title: "No model called “modle-a”",
    summary: "Did you mean one of these?",
    suggestions: ["model-a", "model-b"],
    followUps: [ask("Model A", "model-a"), ask("Model B", "model-b")],
    citations: [],
  }),
  ambiguous: answer({
    intent: "ambiguous",
    title: "Which model?",
    summary: "Several models match “model”.",
    suggestions: range(30, (i) => `model-${i}`),
    followUps: range(30, (i) =>
      ask(
        `Model ${i} ${"with a very long display name ".repeat(4)}`,
        `model-${i}-${"x".repeat(120)}`,
      ),
    ),
    citations: [],
  }),
  huge: answer({
    intent: "top",
    title: `Huge ${"title ".repeat(100)}`,
    summary: "s".repeat(3000),
    blocks: [
      { kind: "text", text: "t".repeat(9000) },
      {
        kind: "facts",
        rows: range(40, (i) => ({
          label: `Label ${i} ${"l".repeat(300)}`,
          value: "v".repeat(2000),
        })),
      },
      {
        kind: "table",
        columns: ["#", "Model", "Score"],
        rows: rows(500, (i) => [`${i + 1}`, `Model ${i}`, `${i}`]),
      },
      { kind: "list", items: range(300, (i) => `item ${i}`) },
    ],
    citations: range(200, (i) => ({
      source: `source-${i}`,
      sourceName: `Source ${i}`,
      asOf: "2026-01-01",
      url: `https://example.org/source-${i}`,
    })),
    followUps: range(40, (i) => ask(`Follow ${i} ${"f".repeat(100)}`, `follow ${i}`)),
  }),
  hostile: answer({
    intent: "not_found",
    query: HOSTILE,
    title: `No model called ${HOSTILE}`,
    summary: HOSTILE,
    blocks: [
      { kind: "text", text: HOSTILE },
      { kind: "list", items: [HOSTILE] },
      { kind: "facts", rows: [{ label: HOSTILE, value: HOSTILE }] },
      { kind: "table", columns: [HOSTILE], rows: [[HOSTILE], ["```"]] },
    ],
    citations: [{ source: "x", sourceName: HOSTILE, asOf: "2026-01-01" }],
    followUps: [ask(HOSTILE, HOSTILE)],
  }),
};
