import fc from "fast-check";
import type { Answer, AnswerBlock, Citation } from "../../src/core/answer/types.ts";
import { FIELD_KEYS, INTENTS } from "../../src/core/answer/types.ts";

/**
 * Inputs per property. The default keeps `npm test` quick; the release run is
 * `FUZZ_RUNS=10000 npx vitest run test/fuzz` (docs/operations.md).
 */
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1000) || 1000);

/** Reproducible failures: FUZZ_SEED=<seed from a failure report> replays that run. */
export const FUZZ_PARAMS: fc.Parameters<unknown> = {
  numRuns: FUZZ_RUNS,
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
};

/** Per-test time allowance: generous, and growing with the run count (not a latency check). */
export const FUZZ_TIMEOUT = Math.max(60_000, FUZZ_RUNS * 30);

export const MAX_INPUT = 10_000;

// What people (and attackers) type into a chat box: mention and link syntax of both platforms,
// markdown, code fences, direction marks, control characters, entities and escapes.
const HOSTILE = [
  "@everyone",
  "@here",
  "@channel",
  "@EVERYONE",
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<!subteam^S123>",
  "<@123>",
  "<@U024BE7LH>",
  "<@!123456789012345678>",
  "<@&123456789012345678>",
  "<#C123>",
  "<#123456789012345678>",
  "</model:123456789012345678>",
  "<t:1700000000:R>",
  "<https://evil.example|click>",
  "<https://evil.example>",
  "[click](https://evil.example)",
  "\\[click\\](https://evil.example)",
  "\\",
  "[",
  "]",
  "](",
  "(https://evil.example)",
  "https://evil.example/a_(b)",
  "javascript:alert(1)",
  "```",
  "`",
  "**",
  "__",
  "~~",
  "||",
  "> ",
  "# ",
  "- ",
  "1. ",
  "*",
  "_",
  "|",
  "&",
  "&amp;",
  "&lt;",
  "&gt;",
  "<",
  ">",
  "\u202e",
  "\u202d",
  "\u200f",
  "\u200e",
  "\u2066",
  "\u2069",
  "\u200b",
  "\ufeff",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\r\n",
  "\n",
  "\t",
  "\r",
  "\u2028",
  "👩‍👩‍👧‍👦",
  "🏳️‍🌈",
  "👍🏽",
  "ﷺ",
  "Z̤͔ͧ̑̓",
  "مرحبا",
  "שלום",
  "中文",
  "%s",
  "%n",
  "$" + "{x}", // a template placeholder, as text
  "{{x}}",
  "__proto__",
  "constructor",
];

// Question words, so inputs also reach the engine's deeper paths (compare, top-N, filters).
const QUESTION_WORDS = [
  "gpt-5.1-codex-mini",
  "GPT-5.1 Codex Mini",
  "gpt 5.1 codex mini",
  "gtp-5.1-codxe-mini",
  "context",
  "context window",
  "pricing",
  "providers",
  "benchmarks",
  "transparency of",
  "compare",
  "vs",
  "top 10",
  "top 100000",
  "best on",
  "webdev arena",
  "rank",
  "open-weights",
  "open weights models with over 1M context",
  "license",
  "release date",
  "what is",
  "?",
  "help",
  "models",
  "parameters",
  "0",
  "-1",
  "99999999999999999999",
  "1e308",
  "NaN",
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 4, arbitrary: fc.constantFrom(...QUESTION_WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  // Lone surrogates: invalid UTF-16 that JavaScript strings still carry.
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  },
  // Very long tokens, past any search pattern limit (fuse.js reads 32 characters per pattern).
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom("a", "gpt-", "@", "<", "`", "é", "😀", "\\", "[", "9"),
        fc.integer({ min: 33, max: MAX_INPUT }),
      )
      .map(([s, n]) => s.repeat(Math.ceil(n / s.length))),
  },
);

/** Any chat input up to 10,000 characters: hostile fragments and question words, mixed. */
export const hostileText = (maxLength = MAX_INPUT) =>
  fc
    .array(fc.tuple(fragment, fc.constantFrom("", " ", " ", "\n")), { maxLength: 40 })
    .map((parts) =>
      parts
        .map(([f, sep]) => f + sep)
        .join("")
        .slice(0, maxLength),
    );

const shortText = hostileText(300);

// A source as data/sources.json can hold one (SourceInfo): a name on one line, an ISO date, and a
// URL that parses (z.url() accepts javascript: too, so renderers must still check the scheme).
const citation: fc.Arbitrary<Citation> = fc.record(
  {
    source: fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,20}$/),
    sourceName: hostileText(120).filter((s) => s.trim() !== "" && !/[\n\r\u2028]/.test(s)),
    asOf: fc.constantFrom("2026", "2026-01", "2026-01-08", "1999-12-31"),
    url: fc.oneof(
      fc.constantFrom(
        "https://example.com/card",
        "http://example.org/x?a=1&b=2",
        "javascript:alert(1)",
        "https://a.example/(x)",
        "https://a.example/x>y<z",
        "ftp://files.example/a",
      ),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
    ),
  },
  { requiredKeys: ["source", "sourceName", "asOf"] },
);

// The engine always labels its follow-ups; the question behind one may be anything.
const followUp = fc.record({
  label: shortText.filter((s) => s.trim() !== ""),
  query: hostileText(3000),
});

const block: fc.Arbitrary<AnswerBlock> = fc.oneof(
  fc.record({ kind: fc.constant("text" as const), text: hostileText(4000) }),
  fc.record({
    kind: fc.constant("facts" as const),
    rows: fc.array(
      fc.record(
        { label: shortText, value: hostileText(1500), citation },
        { requiredKeys: ["label", "value"] },
      ),
      { maxLength: 40 },
    ),
  }),
  fc.record({
    kind: fc.constant("table" as const),
    columns: fc.array(shortText, { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(shortText, { maxLength: 8 }), { maxLength: 120 }),
  }),
  fc.record({ kind: fc.constant("list" as const), items: fc.array(shortText, { maxLength: 120 }) }),
);

/**
 * Any Answer a buggy engine or a hostile data set could produce: every string hostile, lists
 * past every platform limit. Renderers must stay safe and in bounds for all of them.
 */
export const hostileAnswer: fc.Arbitrary<Answer> = fc.record({
  query: hostileText(),
  intent: fc.constantFrom(...INTENTS),
  models: fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }),
  field: fc.option(fc.constantFrom(...FIELD_KEYS), { nil: null }),
  benchmark: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
  suggestions: fc.array(fc.string({ maxLength: 40 }), { maxLength: 10 }),
  title: shortText,
  summary: hostileText(2000),
  blocks: fc.array(block, { maxLength: 12 }),
  followUps: fc.array(followUp, { maxLength: 30 }),
  citations: fc.array(citation, { maxLength: 15 }),
});

/** Slowest single call seen by a property, for the one log line each suite prints. */
export class MaxTime {
  max = 0;
  count = 0;
  time<T>(work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.max = Math.max(this.max, performance.now() - start);
      this.count++;
    }
  }
  report(what: string): string {
    return `[fuzz] ${what}: ${this.count} inputs, slowest ${this.max.toFixed(1)} ms`;
  }
}
