import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/core/engine/create.ts";
import { acmeRecord, fixtureCatalog } from "../support/fixture-catalog.ts";

// The one-line summary is what a notification or a pipe shows alone: it must not claim that the
// leader of a filtered board leads the whole board.
describe("the summary of a filtered board", () => {
  const engine = createEngine(
    fixtureCatalog([
      acmeRecord("closed-top", "Closed Top", { open: false, scores: { "livebench-coding": 90 } }),
      acmeRecord("open-best", "Open Best", { open: true, scores: { "livebench-coding": 80 } }),
    ]),
  );

  it.each(["best open weights model on livebench coding", "top 3 open models on livebench coding"])(
    "%s names the constraint its leader leads under",
    (q) => {
      const a = engine.ask(q);
      expect(a.models[0]).toBe("open-best");
      expect(a.summary).toMatch(/^Open Best leads LiveBench Coding \(open weights\) with/);
    },
  );

  it("says plainly who leads an unfiltered board", () => {
    expect(engine.ask("top 3 on livebench coding").summary).toMatch(
      /^Closed Top leads LiveBench Coding with/,
    );
  });
});
