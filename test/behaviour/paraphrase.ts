/**
 * CheckList suites for the kinds of phrasing the fifth held-out set (test/eval/holdout5.jsonl)
 * found misread, each over many generated questions rather than the lines that found them:
 * - paraphrase: a topic said in plain words reads as the topic's plain form ("how long a prompt
 *   can I send to X" = "X context window"; "how many tokens can X write" = "X max output tokens";
 *   "X cost per 1m input tokens" = "how much does X cost"; "openrouter id for X" = "where can I
 *   run X"; "when did X drop" = "when was X released"; "does X think" = "is X a reasoning model";
 *   "top seven on B" = "top 7 on B");
 * - decline: a question about something else ("what's the weather in Oslo") gets the help answer,
 *   and a yes/no question about an unknown plain name ("is blorpgpt open source") is not found,
 *   under chat filler, casing, punctuation and markup;
 * - directional, money beside context: "models with 128k context under 20 cents per million
 *   input" keeps the context bound and adds the price bound, so it can only shrink the list.
 */
import { createRng } from "../../bench/prng.ts";
import { buildFactsCache } from "../../src/core/engine/answers/select.ts";
import type { Engine } from "../../src/core/engine/engine.ts";
import type { ModelRecord } from "../../src/core/schema/record.ts";
import { type BaseQuestion, orgName, render } from "./generate.ts";
import { PERTURBATIONS } from "./perturb.ts";
import { reading, type SuiteResult, tally } from "./suites.ts";

/** Plain-word paraphrases of a field question, keyed by the field of the base question. */
const PARAPHRASES: Record<string, string[]> = {
  context_length: [
    "how long a prompt can I send to {m}",
    "how big a prompt does {m} take",
    "how many tokens can {m} take in",
  ],
  max_output: ["how many tokens can {m} write in one response", "how many tokens can {m} generate"],
  pricing: [
    "{m} cost per 1m input tokens",
    "{m} price per million output tokens",
    "what does {m} cost per 1k tokens",
  ],
  providers: ["openrouter id for {m}", "bedrock model id for {m}"],
  release_date: ["when did {m} drop", "when did {m} come out"],
};

/** The reasoning topic asked as a verb, against its plain form "is {m} a reasoning model". */
const REASONING = ["does {m} think", "can {m} reason", "does {m} think / reason?"];

export function runParaphrase(engine: Engine, bases: BaseQuestion[]): SuiteResult {
  const [result, check] = tally("paraphrase");
  const same = (base: string, variant: string) => {
    const want = reading(engine.ask(base));
    const got = reading(engine.ask(variant));
    check(got === want, () => `"${variant}": ${got}, as "${base}": ${want}`);
  };
  const models = new Map<string, string>();
  for (const q of bases) {
    const [kind, field] = q.label.split(":");
    if (q.slots.m !== undefined && (kind === "field" || kind === "overview"))
      models.set(q.slots.m, q.slots.m);
    if (kind !== "field" || field === undefined) continue;
    for (const t of PARAPHRASES[field] ?? []) same(render(q.template, q.slots), render(t, q.slots));
  }
  // Every fourth sampled model: a yes/no question whose verb is the topic.
  [...models.keys()]
    .filter((_, i) => i % 4 === 0)
    .forEach((m, i) => {
      same(`is ${m} a reasoning model`, render(REASONING[i % REASONING.length] ?? "", { m }));
    });
  // Counts spelled out.
  const words: [number, string][] = [
    [3, "three"],
    [5, "five"],
    [7, "seven"],
    [10, "ten"],
    [12, "a dozen"],
  ];
  bases
    .filter((q) => q.expected.intent === "top" && q.slots.b !== undefined)
    .forEach((q, i) => {
      const [n, word] = words[i % words.length] ?? [5, "five"];
      same(`top ${n} on ${q.slots.b}`, `top ${word} on ${q.slots.b}`);
    });
  return result;
}

/** Questions about something else, over a few slot values each. */
const OFF_TOPIC: [string, string[]][] = [
  ["what's the weather in {x}", ["Berlin", "Oslo", "Lagos", "Lima"]],
  ["weather forecast for {x} tomorrow", ["Paris", "Tokyo", "Denver"]],
  ["tell me a joke", [""]],
  ["tell me a {x} joke", ["dad", "funny", "short"]],
  ["write me a poem about {x}", ["autumn", "the sea", "my cat"]],
  ["who won the {x} last night", ["football game", "soccer match", "basketball game"]],
  ["who won the world cup in {x}", ["2018", "2022"]],
  ["any good {x} recipes", ["pasta", "curry", "soup"]],
  ["what's the {x} stock doing today", ["tesla", "apple"]],
  ["latest news on the {x} election", ["french", "us"]],
  ["recommend a movie for {x}", ["tonight", "the weekend"]],
];

/** Made-up plain words (no digits): unknown things a yes/no question may ask about. */
function fakeWords(engine: Engine, count: number): string[] {
  const rng = createRng(5);
  const parts = ["blor", "zub", "quib", "fen", "trax", "mollo", "snib", "vrel", "dax", "plon"];
  const ends = ["gpt", "ix", "ora", "lex", "bot", "mind", "ara", "ulon"];
  const names = engine.catalog.records.map((r) => `${r.id} ${r.name}`.toLowerCase()).join(" ");
  const out = new Set<string>();
  while (out.size < count) {
    const w = rng.pick(parts) + rng.pick(ends);
    if (!names.includes(w)) out.add(w);
  }
  return [...out];
}

const YES_NO = [
  "is {x} open source",
  "is {x} open weights?",
  "does {x} support vision",
  "can {x} reason",
  "does {x} have tool calling",
];

/** The perturbations that keep every word of a question (a typo in "weather" is another word). */
const KEEPS_WORDS = new Set(["filler before", "filler after", "casing", "punctuation", "markup"]);

export function runDecline(engine: Engine): SuiteResult {
  const [result, check] = tally("decline");
  const expect = (text: string, intent: string) => {
    const a = engine.ask(text);
    check(a.intent === intent && a.models.length === 0, () => `"${text}": ${reading(a)}`);
  };
  const asBase = (template: string, intent: "help" | "not_found"): BaseQuestion => ({
    label: `${intent}:${template}`,
    template,
    slots: {},
    expected: { intent },
  });
  let i = 0;
  for (const [template, values] of OFF_TOPIC) {
    for (const x of values) {
      const base = asBase(template.replace("{x}", x), "help");
      expect(base.template, "help");
      for (const p of PERTURBATIONS) {
        if (!KEEPS_WORDS.has(p.name)) continue;
        const text = p.apply(base, i++, engine.catalog);
        if (text !== undefined) expect(text, "help");
      }
    }
  }
  fakeWords(engine, 16).forEach((x, k) => {
    const base = asBase((YES_NO[k % YES_NO.length] ?? "").replace("{x}", x), "not_found");
    expect(base.template, "not_found");
    for (const p of PERTURBATIONS) {
      if (!KEEPS_WORDS.has(p.name)) continue;
      const text = p.apply(base, i++, engine.catalog);
      if (text !== undefined) expect(text, "not_found");
    }
  });
  return result;
}

/**
 * Superlatives with words between them and "model" ("biggest open source model") sort by size and
 * keep the words' constraint; a token count in a list ("models that support 2 million tokens") is
 * a context bound.
 */
export function runListWording(engine: Engine): SuiteResult {
  const [result, check] = tally("directional: list wording");
  const facts = buildFactsCache();
  const of = (id: string) => {
    const r = engine.catalog.byId.get(id);
    return r === undefined ? undefined : facts(r);
  };
  const constraints: [string, (id: string) => boolean][] = [
    ["open source", (id) => of(id)?.openWeights === true],
    ["open weights", (id) => of(id)?.openWeights === true],
    ["reasoning", (id) => of(id)?.reasoning === true],
    ["vision", (id) => of(id)?.vision === true],
    ["", () => true],
  ];
  for (const [said, meets] of constraints) {
    for (const [adjective, order] of [
      ["biggest", -1],
      ["largest", -1],
      ["smallest", 1],
      ["tiniest", 1],
    ] as const) {
      for (const form of ["{a} {c}model", "{a} {c}models", "the {a} {c}models available"]) {
        const q = form.replace("{a}", adjective).replace("{c}", said ? `${said} ` : "");
        const a = engine.ask(q);
        const sizes = a.models.map((id) => of(id)?.params);
        const known = sizes.filter((n): n is number => n !== undefined);
        const sorted = known.every((n, k) => k === 0 || (n - (known[k - 1] ?? 0)) * order >= 0);
        check(
          a.intent === "filter" && a.models.length > 0 && sorted && a.models.every(meets),
          () =>
            `"${q}": ${a.intent} [${a.models.slice(0, 4).join(", ")}] sizes ${sizes.slice(0, 4)}`,
        );
      }
    }
  }
  // Money in words and "sub-$1" bound the price like "under $1".
  for (const [said, meets] of constraints) {
    for (const money of ["under a dollar", "sub-$1", "under one buck", "for less than a dollar"]) {
      const q = `${said ? `${said} ` : ""}models ${money}`;
      const a = engine.ask(q);
      check(
        a.intent === "filter" &&
          a.models.length > 0 &&
          a.models.every((id) => meets(id) && (of(id)?.inputPrice ?? Infinity) <= 1),
        () => `"${q}": ${a.intent} [${a.models.slice(0, 4).join(", ")}]`,
      );
    }
  }
  // "does <maker> have any open weights models": the maker's list, even where the maker's name is
  // also a provider's ("does openai have …" is not what OpenAI's API hosts).
  const makers = [...new Set(engine.catalog.records.map((r) => r.org))]
    .filter((o) => o !== "other" && engine.catalog.records.filter((r) => r.org === o).length >= 6)
    .sort()
    .slice(0, 20);
  for (const org of makers) {
    const name = orgName(engine.catalog, org);
    const q = `does ${name} have any open weights models`;
    const a = engine.ask(q);
    check(
      a.intent === "filter" &&
        a.models.every(
          (id) => engine.catalog.byId.get(id)?.org === org && of(id)?.openWeights === true,
        ),
      () => `"${q}": ${a.intent} [${a.models.slice(0, 4).join(", ")}]`,
    );
  }
  for (const [said, amount] of [
    ["1 million", 1_000_000],
    ["2 million", 2_000_000],
    ["500k", 500_000],
    ["200k", 200_000],
    ["1m", 1_000_000],
    ["128k", 128_000],
    ["300k", 300_000],
  ] as const) {
    for (const form of [
      `which models support ${said} tokens`,
      `models that handle ${said} tokens`,
      `models with over ${said} tokens`,
      `models that take at least ${said} tokens`,
      `open weights models with ${said} tokens`,
      `any models that can take ${said} tokens?`,
    ]) {
      const a = engine.ask(form);
      check(
        a.intent === "filter" &&
          a.models.length > 0 &&
          a.models.every((id) => (of(id)?.context ?? 0) >= amount),
        () => `"${form}": ${a.intent} [${a.models.slice(0, 4).join(", ")}]`,
      );
    }
  }
  return result;
}

/** "… under N cents per million input" beside a context bound: both bounds hold, the list shrinks. */
export function runMoneyBesideContext(engine: Engine): SuiteResult {
  const [result, check] = tally("directional: money beside context");
  const facts = buildFactsCache();
  const of = (id: string) => {
    const r: ModelRecord | undefined = engine.catalog.byId.get(id);
    return r === undefined ? undefined : facts(r);
  };
  // Whether any text model meets both bounds: then the answer must not be empty.
  const exists = (context: number, price: number) =>
    engine.catalog.records.some((r) => {
      const f = facts(r);
      return (
        /llm/.test(r.kind?.value ?? "llm") &&
        (f.context ?? 0) >= context &&
        (f.inputPrice ?? Infinity) <= price
      );
    });
  for (const [said, context] of [
    ["32k", 32_000],
    ["128k", 128_000],
    ["200k", 200_000],
    ["1M", 1_000_000],
  ] as const) {
    const base = engine.ask(`models with ${said} context`);
    for (const cents of [5, 10, 15, 20, 30, 50, 80]) {
      for (const form of [
        `models with ${said} context under ${cents} cents per million input`,
        `models with at least ${said} context under ${cents} cents per million input tokens`,
        `${said} context models under ${cents} cents`,
        `models with a context over ${said} and a price below ${cents} cents per 1M input`,
      ]) {
        const a = engine.ask(form);
        const ok =
          a.intent === "filter" &&
          (a.models.length > 0 || !exists(context, cents / 100)) &&
          a.models.length <= Math.max(base.models.length, 25) &&
          a.models.every(
            (id) =>
              (of(id)?.context ?? 0) >= context && (of(id)?.inputPrice ?? Infinity) <= cents / 100,
          );
        check(ok, () => `"${form}": ${a.intent} [${a.models.slice(0, 4).join(", ")}]`);
      }
    }
  }
  return result;
}
