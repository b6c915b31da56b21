import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/core/engine/create.ts";
import type { ModelRecord } from "../../src/core/schema/record.ts";
import { acmeRecord, fixtureCatalog } from "../support/fixture-catalog.ts";

const MEASURED = { source: "fixture", asOf: "2026-01-08" } as const;

function withSpeeds(r: ModelRecord, speeds: [string, number, number][]): ModelRecord {
  return {
    ...r,
    speeds: speeds.map(([provider, tokensPerSecond, firstTokenSeconds]) => ({
      provider,
      providerName: provider[0]?.toUpperCase() + provider.slice(1),
      tokensPerSecond,
      firstTokenSeconds,
      ...MEASURED,
    })),
  };
}

const engine = createEngine(
  fixtureCatalog([
    withSpeeds(acmeRecord("zippy-1", "Zippy 1", { open: true }), [
      ["groq", 900, 0.4],
      ["acme", 120, 0.2],
    ]),
    withSpeeds(acmeRecord("steady-1", "Steady 1", { open: false }), [["acme", 300, 0.9]]),
    withSpeeds(acmeRecord("crawl-1", "Crawl 1", { open: true }), [["acme", 40, 1.5]]),
  ]),
);

describe("speed as sources measured it at providers", () => {
  it.each([
    "how fast is zippy 1",
    "zippy 1 tokens per second",
    "zippy-1 throughput?",
    "what's the latency of zippy 1",
    "time to first token for zippy 1",
  ])("%s: the fastest provider first, every provider with its figures and date", (q) => {
    const a = engine.ask(q);
    expect(a.intent).toBe("field");
    expect(a.field).toBe("speed");
    expect(a.summary).toContain("900 tokens/s, 0.4 s to first token at Groq");
    const text = JSON.stringify(a.blocks);
    expect(text).toContain("120 tokens/s, 0.2 s to first token");
    expect(text).toContain("8 Jan 2026");
  });

  it("gives the measurements as values for scripts (--json data)", () => {
    const fact = engine.ask("zippy 1 speed").data?.facts?.[0];
    expect(fact).toMatchObject({ field: "speed", status: "known", source: "fixture" });
    expect(fact?.value).toEqual([
      { provider: "groq", tokensPerSecond: 900, firstTokenSeconds: 0.4, asOf: "2026-01-08" },
      { provider: "acme", tokensPerSecond: 120, firstTokenSeconds: 0.2, asOf: "2026-01-08" },
    ]);
  });

  it("says a model nobody measured has no known speed, rather than guessing", () => {
    const a = engine.ask("how fast is gpt-5.1-codex-mini");
    expect(a.field).toBe("speed");
    expect(a.summary).toMatch(/not known/);
  });

  it.each(["fastest models", "quickest models", "models with the highest throughput"])(
    "%s ranks measured models by their best output speed, and only those",
    (q) => {
      const a = engine.ask(q);
      expect(a.intent).toBe("filter");
      expect(a.models).toEqual(["zippy-1", "steady-1", "crawl-1"]);
      expect(JSON.stringify(a.blocks)).toContain("900 tok/s");
    },
  );

  it("keeps the other constraints of a speed ranking", () => {
    expect(engine.ask("fastest open weights models").models).toEqual(["zippy-1", "crawl-1"]);
  });

  it("ranks by the quickest first token for 'lowest latency'", () => {
    expect(engine.ask("lowest latency models").models).toEqual(["zippy-1", "steady-1", "crawl-1"]);
  });
});
