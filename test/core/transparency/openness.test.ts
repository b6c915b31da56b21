import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Catalog } from "../../../src/core/catalog/catalog.ts";
import {
  OPENNESS_COMPONENTS,
  type OpennessEntry,
  type OpennessItem,
} from "../../../src/core/schema/openness.ts";
import { ModelRecord, TRANSPARENCY_CATEGORIES } from "../../../src/core/schema/record.ts";
import { transparencyOf } from "../../../src/core/transparency/index.ts";
import { familyTokens, opennessOf } from "../../../src/core/transparency/openness-match.ts";
import { CLOSED_MODEL, fixtureCatalog, OPEN_MODEL } from "./fixture.ts";

const entry = (over: Partial<OpennessEntry>): OpennessEntry => ({
  source: "mof",
  asOf: "2026-05-11",
  name: "x",
  items: [],
  ...over,
});
const released = (...components: OpennessItem["component"][]): OpennessItem[] =>
  components.map((component) => ({ component, status: "open" }));

/** The fixture catalog with openness entries and extra records added. */
function withOpenness(entries: OpennessEntry[], extra: ModelRecord[] = []): Catalog {
  const base = fixtureCatalog();
  const records = [...base.records, ...extra];
  return {
    ...base,
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    openness: {
      sources: ["mof", "osai-index"].map((id) => ({
        id,
        name: id,
        license: "test",
        asOf: "2026-05-11",
      })),
      entries,
    },
  };
}

describe("matching openness entries to models", () => {
  const sibling = ModelRecord.parse({ ...OPEN_MODEL, id: "open-2-70b", name: "Open 2 70B" });
  const stranger = ModelRecord.parse({
    ...OPEN_MODEL,
    id: "openchat-9b",
    name: "OpenChat 9B",
    org: "other",
  });
  const catalog = withOpenness(
    [
      entry({ name: "Open-7B", huggingface: "openlab/Open-7B", org: "openlab" }),
      entry({ name: "Open 1.5 3B", org: "openlab", source: "osai-index" }),
      entry({ name: "Lab Tool", org: "openlab" }),
      entry({ name: "Open 13B", org: undefined }),
    ],
    [sibling, stranger],
  );
  const scopes = (r: ModelRecord) =>
    opennessOf(catalog, r).map((m) => `${m.entry.name}:${m.scope}`);

  it("finds a model's own entry by name, its family's by the product line, its maker's by org", () => {
    expect(scopes(OPEN_MODEL)).toEqual([
      "Open-7B:model",
      "Open 1.5 3B:developer",
      "Lab Tool:developer",
    ]);
    expect(scopes(sibling)).toEqual([
      "Open-7B:family",
      "Open 1.5 3B:developer",
      "Lab Tool:developer",
    ]);
  });

  it("never reads another maker's entry, nor one whose maker is unknown, as family evidence", () => {
    expect(scopes(stranger)).toEqual([]);
    expect(scopes(CLOSED_MODEL)).toEqual([]);
  });

  it.each([
    ["OLMo-7B", ["olmo"]],
    ["OLMo 7B Instruct", ["olmo"]],
    ["Phi 3 Instruct", ["phi", "3"]],
    ["Llama 3.1", ["llama", "3", "1"]],
    ["Qwen2.5-7B-Instruct", ["qwen", "2", "5"]],
    ["gemma-2-9b-it", ["gemma", "2"]],
  ])("product line of %s is %o", (name, line) => {
    expect(familyTokens(name)).toEqual(line);
  });
});

describe("scores that follow disclosure", () => {
  const closedSibling = ModelRecord.parse({
    ...OPEN_MODEL,
    id: "open-7b-secret",
    name: "Open 7B Secret",
    aliases: [],
  });
  const catalog = withOpenness(
    [
      entry({
        name: "Open-7B",
        org: "openlab",
        items: released(
          "datasets",
          "data_card",
          "training_code",
          "preprocessing_code",
          "weights_final",
        ),
      }),
      entry({
        name: "Open 7B Secret",
        org: "openlab",
        items: [
          { component: "datasets", status: "closed" },
          { component: "training_code", status: "closed" },
        ],
      }),
    ],
    [closedSibling],
  );

  it("ranks a model with released training data and code above its closed sibling", () => {
    const open = transparencyOf(catalog, OPEN_MODEL);
    const closed = transparencyOf(catalog, closedSibling);
    expect(open.total).toBeGreaterThan(closed.total);
    const data = (p: typeof open) => p.categories.find((c) => c.category === "dataset_composition");
    expect(data(open)?.score).toBeGreaterThan(data(closed)?.score ?? 10);
    expect(data(open)?.reason).toMatch(/training data released openly \(MOF\)/i);
    expect(data(closed)?.reason).toMatch(/training data not released/i);
  });

  it("lowers confidence, not the score, where evidence is missing", () => {
    const none = transparencyOf(fixtureCatalog(false), OPEN_MODEL);
    const data = none.categories.find((c) => c.category === "dataset_composition");
    expect(data?.confidence).toBe("low");
    expect(data?.score).toBe(1.5);
  });

  it("never lowers a score when released artefacts are added (property)", () => {
    const component = fc.constantFrom(...OPENNESS_COMPONENTS);
    const status = fc.constantFrom<OpennessItem["status"]>("open", "partial", "closed");
    const items = fc.uniqueArray(fc.record({ component, status }), {
      selector: (i) => i.component,
      maxLength: 10,
    });
    fc.assert(
      fc.property(items, component, fc.constantFrom("model", "family"), (before, added, where) => {
        const name = where === "model" ? "Open-7B" : "Open 3B";
        const make = (list: OpennessItem[]) =>
          withOpenness([entry({ name, org: "openlab", items: list })]);
        const after = [
          ...before.filter((i) => i.component !== added),
          { component: added, status: "open" as const },
        ];
        const was = transparencyOf(make(before), OPEN_MODEL);
        const now = transparencyOf(make(after), OPEN_MODEL);
        expect(now.total).toBeGreaterThanOrEqual(was.total);
        for (const c of TRANSPARENCY_CATEGORIES) {
          const score = (p: typeof was) => p.categories.find((a) => a.category === c)?.score ?? 0;
          expect(score(now)).toBeGreaterThanOrEqual(score(was));
        }
      }),
      { numRuns: 200 },
    );
  });
});
