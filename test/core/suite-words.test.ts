import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/core/engine/create.ts";
import { acmeRecord, fixtureCatalog } from "../support/fixture-catalog.ts";

describe("a LiveBench category word inside a model's name", () => {
  const coder = acmeRecord("kimi-k9-code", "Kimi K9 Code", {
    scores: { livebench: 68.4, "livebench-coding": 74 },
  });
  const thinker = acmeRecord("grok-9-fast-reasoning", "Grok 9 Fast (Reasoning)", {
    scores: { livebench: 70.2, "livebench-reasoning": 90.1 },
  });
  const engine = createEngine(fixtureCatalog([coder, thinker]));

  it.each([
    ["kimi-k9-code livebench", "kimi-k9-code"],
    ["kimi k9 code livebench", "kimi-k9-code"],
    ["grok-9-fast-reasoning livebench", "grok-9-fast-reasoning"],
  ])("%s asks for the overall score", (question, id) => {
    const a = engine.ask(question);
    expect(a.models).toEqual([id]);
    expect(a.benchmark).toBe("livebench");
  });

  it("still names a category the model's name lacks", () => {
    expect(engine.ask("kimi-k9-code livebench coding").benchmark).toBe("livebench-coding");
    expect(engine.ask("grok-9-fast-reasoning livebench coding").benchmark).toBe("livebench-coding");
  });
});
