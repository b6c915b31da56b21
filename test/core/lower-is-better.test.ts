import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/core/engine/create.ts";
import { acmeRecord, fixtureCatalog } from "../support/fixture-catalog.ts";

describe("a board where lower is better (Vectara's hallucination rate)", () => {
  const engine = createEngine(
    fixtureCatalog([
      acmeRecord("careful-1", "Careful 1", { scores: { "vectara-hallucination-rate": 1.8 } }),
      acmeRecord("sloppy-1", "Sloppy 1", { scores: { "vectara-hallucination-rate": 12.5 } }),
      acmeRecord("middling-1", "Middling 1", { scores: { "vectara-hallucination-rate": 5 } }),
    ]),
  );

  it.each(["lowest hallucination rate", "top 3 on hallucination rate"])(
    "%s ranks ascending",
    (q) => {
      const a = engine.ask(q);
      expect(a.benchmark).toBe("vectara-hallucination-rate");
      expect(a.models).toEqual(["careful-1", "middling-1", "sloppy-1"]);
    },
  );

  it("ranks a model's rate from the lowest", () => {
    const a = engine.ask("sloppy 1 hallucination rate");
    expect(a.models).toEqual(["sloppy-1"]);
    expect(JSON.stringify(a.blocks)).toContain("rank 3 of 3");
  });
});
