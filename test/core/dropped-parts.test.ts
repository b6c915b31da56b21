import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/core/answer/types.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { renderText } from "../../src/core/render/text.ts";

// Nothing a question asks is dropped without a word: every topic is answered, and every name,
// model or row the answer leaves out is named in it.

const engine = createEngine(loadCatalog("data"));
const text = (a: Answer) => renderText(a);

describe("several topics of one model", () => {
  it.each([
    ["price and context window of claude sonnet 4.5", ["pricing", "context_length"]],
    ["what's gpt-4o's context and who makes it?", ["context_length", "organization"]],
    [
      "gpt-4o context, max output and release date",
      ["context_length", "max_output", "release_date"],
    ],
  ])("%s answers each topic asked, in order", (q, fields) => {
    const a = engine.ask(q);
    expect(a.intent).toBe("field");
    expect(a.data?.facts?.map((f) => f.field)).toEqual(fields);
    const rows = a.blocks.flatMap((b) => (b.kind === "facts" ? b.rows : []));
    expect(rows).toHaveLength(fields.length);
  });

  it("reads phrases with no 'and' between them as one topic", () => {
    for (const q of [
      "how many tokens can o3 generate in one response",
      "what does 4o mini cost per million output tokens",
      "how much does gpt 4o mini cost per 1M input tokens",
    ]) {
      const a = engine.ask(q);
      expect(a.data?.facts, q).toHaveLength(1);
    }
  });

  it("compares several models on several topics", () => {
    const a = engine.ask("compare gpt-4o and claude sonnet 4.5 on price and context");
    expect(a.intent).toBe("compare");
    const table = a.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r[0])).toEqual([
      "Pricing",
      "Context window",
    ]);
  });
});

describe("parts left out are named", () => {
  it("an unknown name beside a known one: answered alone, and said so", () => {
    const a = engine.ask("gpt-4o vs foobar");
    expect(a.models).toEqual(["gpt-4o"]);
    expect(a.summary).toContain(`I don't know "foobar", so this is GPT-4o alone`);
    expect(text(a)).toContain("foobar");
  });

  it("a fifth model in a comparison", () => {
    const a = engine.ask("compare gpt-4o, claude sonnet 4.5, gemini 2.5 pro, o3 and gpt-5");
    expect(a.intent).toBe("compare");
    expect(a.models).toHaveLength(4);
    expect(text(a)).toMatch(/Comparing the first 4 of 5: .*GPT-5/);
  });

  it("a count past what one message holds", () => {
    const a = engine.ask("top 30 on livebench");
    expect(a.models).toHaveLength(25);
    expect(text(a)).toContain(`Showing 25, the most one message holds; say "more" for the rest.`);
  });

  it("amounts and units are no name left out", () => {
    for (const q of ["sonar pro cost per 1M tokens", "claude opus 4.1 pricing $/M"]) {
      expect(text(engine.ask(q)), q).not.toMatch(/I don't know|fits several models/);
    }
  });
});
