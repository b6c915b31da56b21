import { describe, expect, it } from "vitest";
import type { Intent } from "../../src/core/answer/types.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { type Filters, parseFilters } from "../../src/core/engine/filters.ts";
import { acmeRecord, fixtureCatalog } from "../support/fixture-catalog.ts";

const engine = createEngine(fixtureCatalog());

type Row = [
  question: string,
  intent: Intent,
  models: string[],
  field: string | null,
  benchmark: string | null,
];

describe("intent, models, field and benchmark of a question", () => {
  it.each<Row>([
    ["gpt-5.1-codex-mini context", "field", ["gpt-5.1-codex-mini"], "context_length", null],
    ["context gpt-5.1-codex-mini", "field", ["gpt-5.1-codex-mini"], "context_length", null],
    [
      "what's the context window of gpt 5.1 codex mini?",
      "field",
      ["gpt-5.1-codex-mini"],
      "context_length",
      null,
    ],
    ["gpt-5.1-codex-mini ctx", "field", ["gpt-5.1-codex-mini"], "context_length", null],
    [
      "how many tokens can claude sonnet 4.5 take",
      "field",
      ["claude-sonnet-4-5"],
      "context_length",
      null,
    ],
    ["claude-sonnet-4-5 price", "field", ["claude-sonnet-4-5"], "pricing", null],
    ["how much does claude sonnet 4.5 cost?", "field", ["claude-sonnet-4-5"], "pricing", null],
    ["is llama 3.3 70b open source?", "field", ["llama-3.3-70b-instruct"], "open_weights", null],
    ["who makes gemini 2.5 pro", "field", ["gemini-2.5-pro"], "organization", null],
    ["where can I run llama 3.1 405b", "field", ["llama-3.1-405b-instruct"], "providers", null],
    ["who serves llama 3.1 405b", "field", ["llama-3.1-405b-instruct"], "providers", null],
    ["which clouds have gpt-4o", "field", ["gpt-4o"], "providers", null],
    ["cheapest way to run llama 3.1 405b", "field", ["llama-3.1-405b-instruct"], "providers", null],
    ["is gpt-4o on azure", "field", ["gpt-4o"], "providers", null],
    ["does azure host gpt-4o", "field", ["gpt-4o"], "providers", null],
    [
      "how many tokens can gpt-4o generate in one response",
      "field",
      ["gpt-4o"],
      "max_output",
      null,
    ],
    ["how recent is gpt-4o's training data", "field", ["gpt-4o"], "knowledge_cutoff", null],
    ["how open is openai about gpt-4o", "transparency", ["gpt-4o"], null, null],
    ["how much does openai disclose about gpt-4o", "transparency", ["gpt-4o"], null, null],
    ["gpt-4o $/M?", "field", ["gpt-4o"], "pricing", null],
    ["does gpt-5.1-codex-mini reason", "field", ["gpt-5.1-codex-mini"], "reasoning", null],
    ["where is gpt-4o available", "field", ["gpt-4o"], "providers", null],
    ["how long a response can gpt-4o generate", "field", ["gpt-4o"], "max_output", null],
    [
      "we're picking between gpt-4o and claude sonnet 4.5 for our agent, which is cheaper?",
      "compare",
      ["gpt-4o", "claude-sonnet-4-5"],
      "pricing",
      null,
    ],
    ["who is #1 on livebench coding", "top", ["gpt-5.1-codex"], null, "livebench-coding"],
    ["gemini 9 ultra context", "not_found", [], null, null],
    [
      "knowledge cutoff of gpt-5.1-codex-mini",
      "field",
      ["gpt-5.1-codex-mini"],
      "knowledge_cutoff",
      null,
    ],
    ["gpt-5.1-codex-mini cutoff", "field", ["gpt-5.1-codex-mini"], "knowledge_cutoff", null],
    ["gpt-5.1-codex-mini params", "field", ["gpt-5.1-codex-mini"], "parameters", null],
    ["does gpt-4o support tool use", "field", ["gpt-4o"], "function_calling", null],
    ["can deepseek r1 see images", "field", ["deepseek-r1"], "vision", null],
    ["release date of gemini 2.5 flash", "field", ["gemini-2.5-flash"], "release_date", null],
    ["when was claude opus 4.1 released", "field", ["claude-opus-4-1"], "release_date", null],
    ["max output tokens for gpt-4o", "field", ["gpt-4o"], "max_output", null],
    ["rope theta of gpt-5.1-codex-mini", "field", ["gpt-5.1-codex-mini"], "rope_theta", null],
    [
      "what rank is gpt-5.1-codex-mini on WebDev Arena?",
      "benchmark",
      ["gpt-5.1-codex-mini"],
      null,
      "webdev-arena",
    ],
    [
      "livebench coding score of claude sonnet 4.5",
      "benchmark",
      ["claude-sonnet-4-5"],
      null,
      "livebench-coding",
    ],
    [
      "how does gpt 5.1 codex mini do on livebench coding",
      "benchmark",
      ["gpt-5.1-codex-mini"],
      null,
      "livebench-coding",
    ],
    [
      "gpt-5.1-codex-mini coding on livebench",
      "benchmark",
      ["gpt-5.1-codex-mini"],
      null,
      "livebench-coding",
    ],
    ["aider score for gpt-4o", "benchmark", ["gpt-4o"], null, "aider-polyglot"],
    ["gpt-5.1-codex-mini benchmarks", "benchmark", ["gpt-5.1-codex-mini"], null, null],
    ["transparency of gpt-5.1-codex-mini", "transparency", ["gpt-5.1-codex-mini"], null, null],
    ["how transparent is gpt-4o about training compute", "transparency", ["gpt-4o"], null, null],
    [
      "compare transparency of gpt-4o and claude sonnet 4.5",
      "transparency",
      ["gpt-4o", "claude-sonnet-4-5"],
      null,
      null,
    ],
    [
      "compare gpt-4o and claude sonnet 4.5",
      "compare",
      ["gpt-4o", "claude-sonnet-4-5"],
      null,
      null,
    ],
    [
      "gpt-4o vs gemini 2.5 pro vs claude opus 4.1 on price",
      "compare",
      ["gpt-4o", "gemini-2.5-pro", "claude-opus-4-1"],
      "pricing",
      null,
    ],
    ["gpt-4o, gpt-4o-mini context", "compare", ["gpt-4o", "gpt-4o-mini"], "context_length", null],
    [
      "which is cheaper, gpt-4o or claude sonnet 4.5?",
      "compare",
      ["gpt-4o", "claude-sonnet-4-5"],
      "pricing",
      null,
    ],
    [
      "gemini 2.5 pro vs gpt 5.1 codex mini livebench coding",
      "compare",
      ["gemini-2.5-pro", "gpt-5.1-codex-mini"],
      null,
      "livebench-coding",
    ],
    [
      "top 5 on livebench coding",
      "top",
      ["gpt-5.1-codex", "claude-sonnet-4-5", "gemini-2.5-pro", "gpt-5.1-codex-mini"],
      null,
      "livebench-coding",
    ],
    [
      "best models for coding",
      "top",
      ["gpt-5.1-codex", "claude-sonnet-4-5", "gemini-2.5-pro", "gpt-5.1-codex-mini"],
      null,
      "livebench-coding",
    ],
    ["open-weights models with over 1M context", "filter", ["llama-4-scout"], null, null],
    [
      "anthropic models",
      "filter",
      ["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-5-haiku"],
      null,
      null,
    ],
    ["help", "help", [], null, null],
    ["", "help", [], null, null],
    ["what can you do", "help", [], null, null],
    ["claude-sonnet-4-5-latest release date", "field", ["claude-sonnet-4-5"], "release_date", null],
    ["hey bot, what kind of questions can i ask", "help", [], null, null],
    ["how does this bot work", "help", [], null, null],
    ["who's behind deepseek r1?", "field", ["deepseek-r1"], "organization", null],
    ["when did gpt-5.1 come out", "field", ["gpt-5.1"], "release_date", null],
    ["transparancy of gpt-4o", "transparency", ["gpt-4o"], null, null],
    ["gpt-4o-mni price", "field", ["gpt-4o-mini"], "pricing", null],
    [
      "how long can claude sonnet 4.5 answers be? max output",
      "field",
      ["claude-sonnet-4-5"],
      "max_output",
      null,
    ],
    ["gpt-9 ultra", "not_found", [], null, null],
    ["claude", "ambiguous", [], null, null],
  ])("%s", (question, intent, models, field, benchmark) => {
    const a = engine.ask(question);
    expect({ intent: a.intent, models: a.models, field: a.field, benchmark: a.benchmark }).toEqual({
      intent,
      models,
      field,
      benchmark,
    });
  });
});

describe("transparency ranking", () => {
  it("lists the most transparent models, best first", () => {
    const a = engine.ask("most transparent models");
    expect(a.intent).toBe("transparency");
    expect(a.models.length).toBeGreaterThan(1);
  });
});

describe("one provider", () => {
  it("prices a model at the provider named after 'on'", () => {
    const a = engine.ask("price of llama 3.3 70b on groq");
    expect([a.intent, a.field, a.models]).toEqual(["field", "pricing", ["llama-3.3-70b-instruct"]]);
    expect(a.summary).toContain("at Groq");
    expect(a.summary).not.toContain("Together");
  });

  it("says so when the provider does not list the model", () => {
    const a = engine.ask("gpt-4o price on groq");
    expect(a.summary).toBe("GPT-4o is not listed at Groq.");
    expect(a.blocks).toEqual([{ kind: "text", text: "It is listed at: Openai, Azure." }]);
  });
});

describe("providers", () => {
  it("counts a provider with several offers of one model once", () => {
    // Two offers at Nano (a plain id and a thinking budget) and one at Azure: two providers.
    const base = acmeRecord("multi-offer-1", "Multi Offer 1", {
      price: [1, 2],
      providers: ["nano", "nano", "azure"],
    });
    const a = createEngine(fixtureCatalog([base])).ask("where can I run multi offer 1");
    expect(a.summary).toContain("2 providers (3 offers): ");
    expect(a.summary).toMatch(/Nano, Azure/);
  });
});

describe("prices with free listings", () => {
  // Three offers: free at Nano (a free tier), paid at Azure and Groq.
  const record = acmeRecord("tiered-model-1", "Tiered Model 1", {
    price: [1, 2],
    providers: ["nano", "azure", "groq"],
  });
  const first = record.listings[0];
  if (first?.price) first.price = { input: 0, output: 0 };
  const tiered = createEngine(fixtureCatalog([record]));

  it("leads with the cheapest paid price and names the free listings apart", () => {
    const a = tiered.ask("tiered model 1 price");
    expect(a.summary).toBe(
      "Tiered Model 1 pricing: $1.10 in / $2.20 out per 1M tokens at Azure; listed free at Nano",
    );
  });

  it("puts the cheapest paid offer first in the providers answer", () => {
    const a = tiered.ask("cheapest provider for tiered model 1");
    expect(a.field).toBe("providers");
    expect(a.summary).toContain("cheapest paid offer $1.10 in / $2.20 out per 1M tokens at Azure;");
  });
});

describe("limits that providers list differently", () => {
  const record = acmeRecord("limited-model-1", "Limited Model 1", {
    context: 200_000,
    providers: ["nano", "azure", "groq"],
  });
  const [nano, azure, groq] = record.listings;
  if (nano && azure && groq) {
    azure.context = 100_000;
    // 204,800 is 200K in binary thousands: the same limit, not a disagreement.
    groq.context = 204_800;
    nano.context = 200_000;
  }
  const engine = createEngine(fixtureCatalog([record]));

  it("says which providers list another context window", () => {
    const a = engine.ask("limited model 1 context");
    expect(a.summary).toContain("200K tokens");
    expect(a.blocks[0]).toMatchObject({
      kind: "facts",
      rows: [
        { label: "Context window", value: "200K tokens (200,000)" },
        { label: "Other providers list", value: "100K tokens at Azure" },
      ],
    });
  });
});

describe("filters", () => {
  it("lists vision models under $1 per million input tokens, cheapest first", () => {
    const a = engine.ask("models with vision under $1 per million input tokens");
    expect(a.intent).toBe("filter");
    expect(a.models).toEqual([
      "llama-4-scout",
      "gpt-4o-mini",
      "gpt-5.1-codex-mini",
      "gemini-2.5-flash",
    ]);
  });

  it("reads a price cap after a colon, cheapest first", () => {
    const a = engine.ask("cheap models: input price under $0.5");
    expect(a.intent).toBe("filter");
    expect(a.models[0]).toBe("llama-3.1-8b-instruct");
    expect(a.title).toContain("input < $0.50 per 1M tokens");
  });

  it.each<[string, Partial<Filters>]>([
    // "More than", "over", "under", "below" leave the bound out; "at least", "up to", "+" keep it.
    ["models with more than 200k context", { minContext: 200_000, strict: ["minContext"] }],
    ["models with over 1m context", { minContext: 1_000_000, strict: ["minContext"] }],
    ["models with at least 200k context", { minContext: 200_000 }],
    ["models with 128k+ context", { minContext: 128_000 }],
    ["models with context up to 32k", { maxContext: 32_000 }],
    ["models under $1 input", { maxInputPrice: 1, strict: ["maxInputPrice"] }],
    ["models at most $1 input", { maxInputPrice: 1 }],
    ["models below 10b parameters", { maxParams: 10e9, strict: ["maxParams"] }],
    ["free models", { maxInputPrice: 0 }],
    ["non-reasoning models", { reasoning: false }],
    ["models without vision", { vision: false }],
    ["models with tools", { functionCalling: true }],
    ["models without tool use", { functionCalling: false }],
  ])("reads the bound in %j", (question, expected) => {
    expect(parseFilters(question).filters).toEqual(expected);
  });

  it("leaves a model exactly at a strict bound out, and keeps it at an inclusive one", () => {
    // The fixture's claude-sonnet-4-5 has a 200K context.
    const more = engine.ask("anthropic models with more than 200k context");
    expect(more.models).not.toContain("claude-sonnet-4-5");
    expect(more.title).toContain("context > 200K tokens");
    const least = engine.ask("anthropic models with at least 200k context");
    expect(least.models).toContain("claude-sonnet-4-5");
  });

  it("keeps 'open' of 'open weights' out of a maker's name", () => {
    // "Open Acme 7B" makes "acme open" look like a name; the constraint keeps its word.
    const openAcme = acmeRecord("open-acme-7b", "Open Acme 7B", { open: true });
    const withOpen = createEngine(fixtureCatalog([openAcme]));
    const a = withOpen.ask("acme open weights models");
    expect(a.intent).toBe("filter");
    expect(a.title).toBe("Models: by acme, open weights");
    expect(a.models).toEqual(["open-acme-7b"]);
  });

  it("filters by max output", () => {
    const a = engine.ask("models with at least 64k max output");
    expect(a.intent).toBe("filter");
    expect(a.title).toContain("max output ≥ 64K tokens");
  });

  it("filters by release date", () => {
    const a = engine.ask("anthropic models released after 2025-06");
    expect(a.models).toEqual(["claude-sonnet-4-5", "claude-opus-4-1"]);
  });

  it("sorts by price for 'cheapest'", () => {
    const a = engine.ask("cheapest open weights models");
    expect(a.models[0]).toBe("llama-3.1-8b-instruct");
  });
});
