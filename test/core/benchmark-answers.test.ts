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

describe("a leaderboard several sources report", () => {
  const fromB = (score: number) => ({
    benchmark: "aider-polyglot",
    score,
    source: "fixture-b",
    asOf: "2026-05-01",
  });
  const solo = acmeRecord("solo-model-1", "Solo Model 1");
  solo.benchmarks.push(fromB(60));
  const both = acmeRecord("both-model-1", "Both Model 1");
  both.benchmarks.push(fromB(70), { ...fromB(40), source: "fixture" });
  const engine = createEngine(fixtureCatalog([solo, both]));

  it("ranks every model's best result across the sources and names each row's source", () => {
    const a = engine.ask("top 3 on aider polyglot");
    // Both Model 1's 40 from the first fixture gives way to its 70 from the second.
    expect(a.title).toBe("Top 2 on Aider Polyglot, all sources");
    expect(a.models).toEqual(["both-model-1", "solo-model-1"]);
    expect(a.blocks[0]).toMatchObject({
      kind: "table",
      columns: ["Rank", "Model", "Score", "Source"],
      rows: [
        ["1", "Both Model 1", "70.0", "Second fixture"],
        ["2", "Solo Model 1", "60.0", "Second fixture"],
      ],
    });
  });

  it("still gives a model's score per source", () => {
    const a = engine.ask("both model 1 aider polyglot");
    expect(a.blocks[0]).toMatchObject({ kind: "facts" });
    const rows = (a.blocks[0] as { rows: { label: string }[] }).rows.map((r) => r.label);
    expect(rows).toEqual([
      "Aider Polyglot, per Second fixture",
      "Aider Polyglot, per Fixture data",
    ]);
  });
});
