import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { boardEnd, endCue } from "../../src/core/engine/board-end.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { acmeRecord, fixtureCatalog } from "../support/fixture-catalog.ts";

// "Worst", "bottom 5", "lowest scoring" ask for the end of a board where its weakest models are;
// "lowest"/"highest" of a value ask for low or high values, which on a board where lower is
// better (a hallucination rate) are its best and worst models.
const engine = createEngine(
  fixtureCatalog([
    acmeRecord("careful-1", "Careful 1", {
      scores: { "vectara-hallucination-rate": 1.8, "aider-polyglot": 80 },
      open: true,
    }),
    acmeRecord("middling-1", "Middling 1", {
      scores: { "vectara-hallucination-rate": 5, "aider-polyglot": 50 },
      open: false,
    }),
    acmeRecord("sloppy-1", "Sloppy 1", {
      scores: { "vectara-hallucination-rate": 12.5, "aider-polyglot": 20 },
      open: true,
    }),
  ]),
);
const BEST_RATE = ["careful-1", "middling-1", "sloppy-1"];
const WORST_RATE = [...BEST_RATE].reverse();

describe("which end of a lower-is-better board", () => {
  it.each([
    "lowest hallucination rate",
    "top 3 on hallucination rate",
    "best hallucination rate",
    "least hallucinating models",
    "models with the fewest hallucinations",
  ])("%s: the lowest rates, best first", (q) => {
    const a = engine.ask(q);
    expect(a.benchmark).toBe("vectara-hallucination-rate");
    expect(a.models).toEqual(BEST_RATE);
    expect(a.title).toMatch(/^Top 3/);
  });

  it.each([
    "worst hallucination rate",
    "highest hallucination rate",
    "most hallucinating models",
    "bottom 3 on hallucination rate",
    "models with the most hallucinations",
  ])("%s: the highest rates, worst first", (q) => {
    const a = engine.ask(q);
    expect(a.intent).toBe("top");
    expect(a.benchmark).toBe("vectara-hallucination-rate");
    expect(a.models).toEqual(WORST_RATE);
    expect(a.title).toMatch(/^Bottom 3/);
    expect(a.summary).toMatch(
      /^Sloppy 1 is last on Vectara Hallucination Rate with 12\.5%?: rank 3 of 3, lower is better\b/,
    );
  });
});

describe("which end of a higher-is-better board", () => {
  it.each(["top 3 on aider", "highest aider score", "best on aider polyglot"])("%s", (q) => {
    expect(engine.ask(q).models).toEqual(["careful-1", "middling-1", "sloppy-1"]);
  });

  it.each([
    "worst on aider",
    "bottom 3 on aider polyglot",
    "lowest scoring models on aider",
    "lowest aider polyglot score",
    "3 worst models on aider",
    "weakest models on aider polyglot",
    "least accurate on aider",
  ])("%s: last place first", (q) => {
    const a = engine.ask(q);
    expect(a.intent).toBe("top");
    expect(a.benchmark).toBe("aider-polyglot");
    expect(a.models).toEqual(["sloppy-1", "middling-1", "careful-1"]);
    expect(a.summary).toMatch(/^Sloppy 1 is last on Aider Polyglot with 20(\.0)?%?: rank 3 of 3\b/);
  });

  it("counts from the bottom and keeps the board's ranks", () => {
    const a = engine.ask("bottom 2 on aider");
    expect(a.models).toEqual(["sloppy-1", "middling-1"]);
    const table = a.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r[0])).toEqual(["3", "2"]);
  });

  it("filters first, then takes the bottom of what is left", () => {
    const a = engine.ask("worst open weights models on aider");
    expect(a.models).toEqual(["sloppy-1", "careful-1"]);
    expect(a.summary).toMatch(/^Sloppy 1 is last of those matching \(open weights\)/);
  });

  it("'more' after a bottom list goes on upwards", () => {
    const first = engine.ask("bottom 1 on aider", { conversation: null });
    expect(first.answer.models).toEqual(["sloppy-1"]);
    const more = engine.ask("2 more", { conversation: first.context });
    expect(more.answer.models).toEqual(["middling-1", "careful-1"]);
    expect(more.answer.title).toMatch(/^2–3 from the bottom/);
  });
});

describe("on the committed catalog's hallucination board", () => {
  const real = createEngine(loadCatalog(join(import.meta.dirname, "..", "..", "data")));
  const rates = (ids: readonly string[]) =>
    ids.map(
      (id) =>
        real.catalog.byId
          .get(id)
          ?.benchmarks.find((b) => b.benchmark === "vectara-hallucination-rate")?.score ??
        Number.NaN,
    );
  it.each([
    "which model hallucinates the most",
    "worst hallucination rate",
    "top 5 most hallucinating models",
  ])("%s: the highest rates first", (q) => {
    const a = real.ask(q);
    expect(a.benchmark).toBe("vectara-hallucination-rate");
    const got = rates(a.models);
    expect(got.length).toBeGreaterThan(2);
    expect(got).toEqual([...got].sort((x, y) => y - x));
    const all = real.catalog.records.flatMap((r) =>
      r.benchmarks.filter((b) => b.benchmark === "vectara-hallucination-rate").map((b) => b.score),
    );
    expect(got[0]).toBe(Math.max(...all));
  });

  it.each(["which model hallucinates the least", "lowest hallucination rate"])(
    "%s: the lowest rates first",
    (q) => {
      const got = rates(real.ask(q).models);
      expect(got).toEqual([...got].sort((x, y) => x - y));
    },
  );
});

describe("end cues", () => {
  it.each([
    ["worst models", "worst"],
    ["lowest scoring", "worst"],
    ["lowest price with vision", undefined],
    ["models with the most context", undefined],
    ["highest score but the lowest price", "high"],
    ["lowest error rate and the highest price", "low"],
    ["most accurate", undefined],
  ] as const)("%s → %s", (q, cue) => {
    expect(endCue(q)).toBe(cue);
  });

  it("a cue for low or high values turns on which way the board runs", () => {
    expect([boardEnd("low", true), boardEnd("low", false)]).toEqual(["bottom", "top"]);
    expect([boardEnd("high", true), boardEnd("high", false)]).toEqual(["top", "bottom"]);
    expect([boardEnd("worst", true), boardEnd("worst", false)]).toEqual(["bottom", "bottom"]);
    expect(boardEnd(undefined, false)).toBe("top");
  });
});
