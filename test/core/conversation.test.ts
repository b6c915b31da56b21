import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import {
  type ConversationContext,
  EMPTY_CONTEXT,
  parseContext,
} from "../../src/core/conversation/context.ts";
import { readReferences } from "../../src/core/conversation/references.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { renderText } from "../../src/core/render/text.ts";
import { ISSUE_THREAD } from "../support/issue-thread.ts";

const engine = createEngine(loadCatalog("data"));

/** Asks each question in turn, each with the context the previous answer left. */
function talk(questions: string[], start: ConversationContext | null = null) {
  let context = start;
  return questions.map((q) => {
    const turn = engine.ask(q, { conversation: context });
    context = turn.context;
    // What a store would keep: a round trip through JSON and the schema changes nothing.
    expect(parseContext(JSON.parse(JSON.stringify(turn.context)))).toEqual(turn.context);
    return turn;
  });
}

describe("a conversation", () => {
  it("answers the issue's thread: pronouns, a carried topic, compare, a list, more, a filter", () => {
    const [ctx, price, opus, both, top, more, open] = talk([...ISSUE_THREAD]).map((t) => t.answer);
    expect(ctx).toMatchObject({
      intent: "field",
      models: ["claude-sonnet-4-5"],
      field: "context_length",
    });
    expect(price).toMatchObject({
      intent: "field",
      models: ["claude-sonnet-4-5"],
      field: "pricing",
    });
    expect(price?.query).toBe("and its price?");
    expect(opus).toMatchObject({ intent: "field", models: ["claude-opus-4-5"], field: "pricing" });
    expect(both).toMatchObject({
      intent: "compare",
      models: ["claude-sonnet-4-5", "claude-opus-4-5"],
    });
    expect(top).toMatchObject({ intent: "top", benchmark: "livebench-coding" });
    expect(top?.models).toHaveLength(5);
    expect(more).toMatchObject({ intent: "top", benchmark: "livebench-coding" });
    expect(more?.models).toHaveLength(5);
    expect(more?.models.filter((m) => top?.models.includes(m))).toEqual([]);
    expect(more?.data?.page?.offset).toBe(5);
    // The same board, open weights only, from its top.
    const board = engine.ask("top 25 on livebench coding open weights");
    expect(open).toMatchObject({ intent: "top", benchmark: "livebench-coding" });
    expect(open?.models).toEqual(board.models.slice(0, 5));
  });

  it("a question that names its own subject ignores the context", () => {
    const [, fresh] = talk(["claude sonnet 4.5 context", "gpt-4o price"]);
    expect(fresh?.answer).toMatchObject({ models: ["gpt-4o"], field: "pricing" });
    const [, own] = talk([
      "claude sonnet 4.5 context",
      "what's gpt-4o's context and who makes it?",
    ]);
    expect(own?.answer.models).toEqual(["gpt-4o"]);
    const [, board] = talk(["top 5 on livebench coding", "top 3 on livebench math"]);
    expect(board?.answer.benchmark).toBe("livebench-mathematics");
    expect(board?.answer.models).toHaveLength(3);
  });

  it("picks from what was shown: the second one, #3, the last one", () => {
    const [top, second, third, last] = talk([
      "top 5 on livebench coding",
      "tell me about the second one",
      "#3",
      "the last one",
    ]).map((t) => t.answer);
    expect(second?.models).toEqual([top?.models[1]]);
    expect(third?.models).toEqual([top?.models[2]]);
    expect(last?.models).toEqual([top?.models[4]]);
  });

  it("picks a candidate of an ambiguous name and keeps the topic asked", () => {
    const [which, picked] = talk(["llama 3.1 context", "the first one"]).map((t) => t.answer);
    expect(which?.intent).toBe("ambiguous");
    expect(picked).toMatchObject({ intent: "field", field: "context_length" });
    expect(picked?.models).toEqual([which?.suggestions[0]]);
  });

  it("compares what was named, or the top N of a list", () => {
    const [, , pair] = talk(["gpt-4o price", "and claude sonnet 4.5?", "compare them"]);
    expect(pair?.answer.models).toEqual(["gpt-4o", "claude-sonnet-4-5"]);
    const [top, three] = talk(["top 5 on livebench coding", "compare the top 3"]);
    expect(three?.answer.intent).toBe("compare");
    expect(three?.answer.models).toEqual(top?.answer.models.slice(0, 3));
  });

  it("asks a topic of the models talked about: one, or several side by side", () => {
    const [, ctx] = talk(["gpt-4o vs gpt-5 on price", "and the context?"]);
    expect(ctx?.answer).toMatchObject({
      intent: "compare",
      models: ["gpt-4o", "gpt-5"],
      field: "context_length",
    });
    const [, bench] = talk(["gpt-4o", "what about it on livebench coding?"]);
    expect(bench?.answer).toMatchObject({ intent: "benchmark", benchmark: "livebench-coding" });
  });

  it("continues and refines lists: next N, show all, under $1, sorted by price, from a maker", () => {
    const [, next, all] = talk(["top 3 on livebench coding", "next 4", "show all"]).map(
      (t) => t.answer,
    );
    expect(next?.models).toHaveLength(4);
    expect(next?.data?.page?.offset).toBe(3);
    expect(all?.data?.page?.offset).toBe(7);
    expect(all?.models).toHaveLength(25);
    expect(all && renderText(all)).toContain("Showing 25, the most one message holds");
    const [, cheap, sorted] = talk([
      "open weights models with over 100k context",
      "under $1",
      "sorted by price",
    ]).map((t) => t.answer);
    expect(cheap?.intent).toBe("filter");
    for (const row of cheap?.data?.table?.rows ?? []) {
      expect(row.openWeights).toBe(true);
      expect(Number(row.input)).toBeLessThanOrEqual(1);
    }
    const prices = (sorted?.data?.table?.rows ?? []).map((r) => Number(r.input));
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const [, mistral] = talk(["top 10 on livebench coding", "from mistral"]);
    expect(mistral?.answer.title).toContain("mistral");
  });

  it("says what is missing and offers choices when a follow-up points at nothing", () => {
    const [alone] = talk(["and its price?"]);
    expect(alone?.answer.intent).toBe("help");
    expect(alone?.answer.summary).toContain("points back to an earlier answer");
    const [nothing] = talk(["more"]);
    expect(nothing?.answer.summary).toContain("no list");
    const [, which] = talk(["gpt-4o vs gpt-5", "its context"]);
    expect(which?.answer).toMatchObject({ intent: "ambiguous", suggestions: ["gpt-4o", "gpt-5"] });
    expect(which?.answer.followUps.map((f) => f.query)).toEqual([
      "gpt-4o context_length",
      "gpt-5 context_length",
    ]);
    const [, far] = talk(["top 3 on livebench coding", "#9"]);
    expect(far?.answer.summary).toContain("#9");
  });

  it("starts afresh from a context that is malformed or of another version", () => {
    expect(parseContext({ ...EMPTY_CONTEXT, version: 2 })).toBeUndefined();
    expect(parseContext({ ...EMPTY_CONTEXT, subjects: "gpt-4o" })).toBeUndefined();
    expect(parseContext("nonsense")).toBeUndefined();
    expect(parseContext(EMPTY_CONTEXT)).toEqual(EMPTY_CONTEXT);
    // Ids no longer in the catalog (a data reload) point at nothing rather than failing.
    const stale = { ...EMPTY_CONTEXT, last: "models" as const, subjects: ["no-such-model"] };
    expect(engine.ask("and its price?", { conversation: stale }).answer.intent).toBe("help");
  });
});

describe("readReferences", () => {
  it.each([
    ["more", { more: {} }],
    ["next 10", { more: { count: 10 } }],
    ["show all", { more: { all: true } }],
    ["ok, show me the next five please", { more: { count: 5 } }],
    ["the second one", { pick: { position: 2, absolute: false } }],
    ["#3", { pick: { position: 3, absolute: true } }],
    ["the last one", { pick: { last: true } }],
    ["compare them", { those: {} }],
    ["compare the top 3", { those: { count: 3 } }],
    ["and its price?", { it: true, carry: true }],
    ["what about opus 4.5?", { carry: true }],
    ["only open weights", { refine: true }],
    ["sorted by price", { sort: "price-asc" }],
  ])("%s", (q, expected) => {
    expect(readReferences(q)).toMatchObject(expected);
  });

  it.each([
    "top 5 on livebench coding",
    "top 5 models on livebench",
    "more context than gpt-4o",
    "the first model with 1m context",
    "last week's releases",
  ])("%s points at nothing before it", (q) => {
    const r = readReferences(q);
    expect(r.more).toBeUndefined();
    expect(r.those).toBeUndefined();
    if (r.pick) expect(q).toMatch(/first model/);
  });
});
