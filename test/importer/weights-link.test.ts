import { describe, expect, it } from "vitest";
import { Draft, RANK } from "../../src/importer/draft.ts";
import { addWeightsLinkEvidence } from "../../src/importer/weights-link.ts";

const CLOUD = { source: "models.dev", asOf: "2026-07-02" };
const STATS = { source: "llm-stats", asOf: "2025-07-19" };

function draftWith(link: string): Draft {
  const d = new Draft("gemma-3-12b-it", "Gemma 3 12B", "google", false);
  // A cloud's flag for what it serves: "not open".
  d.addFact("open_weights", false, RANK.cloud, CLOUD);
  d.addFact("weights_url", link, RANK.llmStats, STATS);
  addWeightsLinkEvidence(d);
  return d;
}

describe("a weights link that names the model", () => {
  it("makes its weights open, above a cloud's flag, cited to the link's source; the flag stays in others", () => {
    const r = draftWith("https://huggingface.co/google/gemma-3-12b-it").toRecord(() => true);
    expect(r.facts.open_weights).toEqual({
      value: true,
      ...STATS,
      others: [{ value: false, ...CLOUD }],
    });
  });

  it.each([
    ["another repository (a bigger sibling)", "https://huggingface.co/google/gemma-3-27b-it"],
    ["a page that is not a model hub's repository", "https://ai.google.dev/gemma"],
  ])("proves nothing when it points to %s", (_, link) => {
    const r = draftWith(link).toRecord(() => true);
    expect(r.facts.open_weights).toMatchObject({ value: false, source: "models.dev" });
  });

  it("does not outrank the maker's own record", () => {
    const d = new Draft("m-1", "M 1", "acme", true);
    d.addFact("open_weights", false, RANK.maker, CLOUD);
    d.addFact("weights_url", "https://huggingface.co/acme/m-1", RANK.llmStats, STATS);
    addWeightsLinkEvidence(d);
    expect(d.toRecord(() => true).facts.open_weights).toMatchObject({ value: false });
  });
});
