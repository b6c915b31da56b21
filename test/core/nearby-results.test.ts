import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/core/engine/create.ts";
import { acmeRecord, fixtureCatalog } from "../support/fixture-catalog.ts";

describe("results near a missing one", () => {
  const coder = acmeRecord("coder-model-2", "Coder Model 2", {
    scores: { "aider-polyglot-whole": 61, "livebench-coding": 50 },
  });
  const dated = acmeRecord("coder-model-2-2025-03-01", "Coder Model 2 (2025-03-01)", {
    scores: { livebench: 44 },
  });
  const engine = createEngine(fixtureCatalog([coder, dated]));

  it("offers the model's result on a variant of the benchmark", () => {
    const a = engine.ask("coder model 2 aider polyglot");
    expect(a.summary).toBe("No Aider Polyglot result for Coder Model 2 in the catalog.");
    expect(a.blocks[1]).toMatchObject({
      kind: "facts",
      rows: [
        { label: "Aider Polyglot (whole format), 2026-01-08 release", value: "61.0 (rank 1 of 1)" },
      ],
    });
  });

  it("offers a dated snapshot's result, and never a suite's category as a variant", () => {
    const a = engine.ask("coder model 2 livebench");
    expect(a.models).toEqual(["coder-model-2"]);
    expect(a.blocks[1]).toMatchObject({
      kind: "facts",
      rows: [
        {
          label: "Coder Model 2 (2025-03-01), LiveBench, 2026-01-08 release",
          value: "44.0 (rank 1 of 1)",
        },
      ],
    });
  });

  it("says plainly when nothing is near", () => {
    const a = engine.ask("gpt-4o-mini aider polyglot");
    expect(a.blocks).toEqual([
      {
        kind: "text",
        text: "No source in the catalog reports a Aider Polyglot result for GPT-4o mini (OpenAI).",
      },
    ]);
  });
});
