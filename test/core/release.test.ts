import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/core/engine/create.ts";
import { prepareText } from "../../src/core/engine/normalize.ts";
import { findRelease, pickRelease } from "../../src/core/engine/release.ts";
import { acmeRecord, fixtureCatalog } from "../support/fixture-catalog.ts";

const KNOWN = new Set(["2024-06-24", "2025-04-25", "2026-01-08"]);

describe("findRelease", () => {
  it.each<[string, string | undefined]>([
    ["top 3 on livebench coding in the 2025-04-25 release", "2025-04-25"],
    ["livebench 2024-06-24 top 5", "2024-06-24"],
    ["livebench 2024_06_24", "2024-06-24"],
    ["livebench coding as of may 2025", "2025-05"],
    ["livebench as of april 25th, 2025", "2025-04-25"],
    ["livebench as of 25 april 2025", "2025-04-25"],
    ["livebench in the 2025 release", "2025"],
    ["livebench as of 2025", "2025"],
    ["livebench release 2025-4-25", "2025-04-25"],
    // A date that is no release and has no release word is part of a name.
    ["gpt-4o 2024-08-06 livebench", undefined],
    // A model's own release date is a filter.
    ["top livebench models released after 2025-06", undefined],
    ["top livebench models released in april 2025", undefined],
    // "from 2025" could be the models' year: left to the filters.
    ["top livebench models from 2025", undefined],
    ["livebench 2025-13-01 release", undefined],
  ])("%j → %s", (question, date) => {
    expect(findRelease(prepareText(question), KNOWN)?.date).toBe(date);
  });
});

describe("pickRelease", () => {
  const releases = ["2026-01-08", "2025-04-25", "2025-04-02", "2024-06-24"];
  it.each<[string, { release: string; exact: boolean } | undefined]>([
    ["2025-04-02", { release: "2025-04-02", exact: true }],
    // A month or a year means its latest release.
    ["2025-04", { release: "2025-04-25", exact: true }],
    ["2024", { release: "2024-06-24", exact: true }],
    // A day without a release means the latest before it ("as of").
    ["2025-05-01", { release: "2025-04-25", exact: false }],
    ["2025-06", { release: "2025-04-25", exact: false }],
    ["2023-12-31", undefined],
  ])("%s → %j", (asked, picked) => expect(pickRelease(asked, releases)).toEqual(picked));
});

describe("answers for a release", () => {
  // One model with LiveBench Coding results in two releases; the fixture's others have 2026-01-08.
  const veteran = acmeRecord("veteran-model-1", "Veteran Model 1", {
    scores: { "livebench-coding": 80 },
  });
  veteran.benchmarks.push({
    benchmark: "livebench-coding",
    score: 55.5,
    release: "2025-04-25",
    source: "fixture",
    asOf: "2025-04-25",
  });
  const engine = createEngine(fixtureCatalog([veteran]));

  it("ranks the release asked for", () => {
    const a = engine.ask("top 3 on livebench coding in the 2025-04-25 release");
    expect(a.intent).toBe("top");
    expect(a.title).toBe("Top 1 on LiveBench Coding, 2025-04-25 release");
    expect(a.models).toEqual(["veteran-model-1"]);
  });

  it("ranks the latest release by default", () => {
    const a = engine.ask("top 3 on livebench coding");
    expect(a.title).toContain("2026-01-08 release");
    expect(a.models[0]).toBe("veteran-model-1");
  });

  it("says which release it shows when none falls on the day asked", () => {
    const a = engine.ask("top 3 on livebench coding as of 2025-06-01");
    expect(a.title).toContain("2025-04-25 release");
    expect(a.blocks[0]).toEqual({
      kind: "text",
      text: "No LiveBench Coding release on 2025-06-01; this is the 2025-04-25 release, the latest before it.",
    });
  });

  it("says when the benchmark has no release that early", () => {
    const a = engine.ask("top 3 on livebench coding as of 2023");
    expect(a.models).toEqual([]);
    expect(a.summary).toBe(
      "LiveBench Coding has no release on or before 2023; its releases run from 2025-04-25 to 2026-01-08.",
    );
  });

  it("gives a model's score in the release asked for", () => {
    const a = engine.ask("veteran model 1 livebench coding in the 2025-04-25 release");
    expect([a.intent, a.models, a.benchmark]).toEqual([
      "benchmark",
      ["veteran-model-1"],
      "livebench-coding",
    ]);
    expect(a.summary).toBe(
      "Veteran Model 1 on LiveBench Coding, 2025-04-25 release: 55.5 (rank 1 of 1)",
    );
  });

  it("says in which releases a model has results when the one asked has none", () => {
    const a = engine.ask("gpt-5.1-codex-mini livebench coding in the 2025-04-25 release");
    expect(a.summary).toBe(
      "No result for GPT-5.1 Codex Mini in LiveBench Coding, 2025-04-25 release.",
    );
    expect(a.blocks[0]).toMatchObject({ text: expect.stringContaining("2026-01-08 release") });
  });
});
