import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";

/**
 * Minimum-functionality tables for the kinds of phrasing fresh question sets tripped on (issue 14):
 * each row is one kind, stated once; the generated suites (behaviour.test.ts) vary them at scale.
 */
const engine = createEngine(loadCatalog("data"));
const ask = (q: string) => {
  const a = engine.ask(q);
  return { intent: a.intent, models: a.models, field: a.field, benchmark: a.benchmark };
};

describe("two names that share words are both compared", () => {
  it.each([
    [
      "nemotron 3 super vs nemotron 3 nano",
      ["nemotron-3-super-120b-a12b", "nemotron-3-nano-30b-a3b"],
    ],
    ["command r vs command r+", ["command-r-08-2024", "command-r-plus-08-2024"]],
    ["command r+ vs command r", ["command-r-plus-08-2024", "command-r-08-2024"]],
  ])("%s", (q, models) => {
    expect(ask(q)).toMatchObject({ intent: "compare", models });
  });
});

describe("a maker named before the model is not part of its name", () => {
  it.each([
    ["ibm granite 3.3 8b context", "granite-3.3-8b-instruct"],
    ["IBM's granite 3.3 8b context", "granite-3.3-8b-instruct"],
    ["google gemini 2.5 pro context", "gemini-2.5-pro"],
    ["meta llama 3.3 70b context", "llama-3.3-70b-instruct"],
    ["z.ai glm-4.6 context", "glm-4.6"],
    ["zhipu glm 4.6 context", "glm-4.6"],
    ["mistral large context", "mistral-large"],
  ])("%s", (q, model) => {
    expect(ask(q)).toMatchObject({ intent: "field", models: [model], field: "context_length" });
  });
});

describe("makers by the names people use", () => {
  it.each([
    ["zhipu models", "zhipuai"],
    ["z.ai models", "zhipuai"],
    ["zai models", "zhipuai"],
    ["moonshot models", "moonshotai"],
    ["models from moonshot ai", "moonshotai"],
    ["deepmind models", "google"],
  ])("%s", (q, org) => {
    const a = ask(q);
    expect(a.intent).toBe("filter");
    expect(a.models.length).toBeGreaterThan(0);
    for (const id of a.models) expect(engine.catalog.byId.get(id)?.org).toBe(org);
  });
});

describe("chat filler and markup around a question", () => {
  it.each([
    "yo sonnet 4.5 context lol",
    "hey bot, pls sonnet 4.5 context thx",
    "sonnet 4.5 context 🙏🔥",
    "<b>sonnet 4.5</b> context",
    "```\nsonnet 4.5 context\n```",
    "`sonnet 4.5` context",
    "**sonnet 4.5** context",
    "||sonnet 4.5|| context",
    "_sonnet 4.5_ context :)",
    "> sonnet 4.5 context",
    "<@U0123ABCD> sonnet 4.5 context",
    "sonnet 4.5 context &amp; thx xD",
  ])("%j", (q) => {
    expect(ask(q)).toMatchObject({
      intent: "field",
      models: ["claude-sonnet-4-5"],
      field: "context_length",
    });
  });
});

describe("an unknown model-shaped name is not found, never a list or a filter", () => {
  it.each([
    "zorblax-70b",
    "zorblax-70b context",
    "foobar 9000 context",
    "is foobar-9000 open weights",
    "zorblax-70b on livebench",
    "cheapest zorblax-70b",
    "foobar-9000 with vision",
  ])("%s", (q) => {
    expect(ask(q)).toMatchObject({ intent: "not_found", models: [] });
  });
});

describe("a count after a benchmark is the count", () => {
  it.each([
    ["/top livebench coding 3", "livebench-coding", 3],
    ["top livebench 7", "livebench", 7],
    ["best on swe-bench verified 5", "swe-bench-verified", 5],
  ])("%s", (q, benchmark, n) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: "top", benchmark });
    expect(a.models).toHaveLength(n);
  });
});
