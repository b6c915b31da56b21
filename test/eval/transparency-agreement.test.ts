import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { renderText } from "../../src/core/render/text.ts";
import { transparencyOf } from "../../src/core/transparency/index.ts";
import { agreementWith, spearman } from "./openness-agreement.ts";

const catalog = loadCatalog("data");
const engine = createEngine(catalog);

describe("computed transparency against what experts already rank", () => {
  it.each(["mof", "osai-index"] as const)("agrees with %s's ordering at rho >= 0.7", (source) => {
    const a = agreementWith(catalog, source);
    expect(a.entries).toBeGreaterThanOrEqual(10);
    expect(a.rho, JSON.stringify(a.pairs)).toBeGreaterThanOrEqual(0.7);
  });

  it("spearman: 1 for the same order, -1 for the reverse, ties averaged", () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 1, 2, 2], [5, 5, 9, 9])).toBeCloseTo(1);
  });
});

describe("the ranking a user sees", () => {
  const total = (id: string) => {
    const r = catalog.byId.get(id);
    if (!r) throw new Error(`${id} missing from data/`);
    return transparencyOf(catalog, r).total;
  };

  it("puts OLMo 3 32B above every Phi model and above the card's 41", () => {
    const olmo = total("olmo-3-32b-think");
    const phis = catalog.records.filter((r) => /^phi-/.test(r.id));
    expect(phis.length).toBeGreaterThan(5);
    for (const p of phis) expect(olmo, p.id).toBeGreaterThan(total(p.id));
    expect(olmo).toBeGreaterThan(41);
    expect(total("gpt-5.1-codex-mini")).toBe(41);
  });

  it("answers 'how transparent is olmo 3 32b' naming released data, code and weights and their sources", () => {
    const a = engine.ask("how transparent is olmo 3 32b");
    expect(a.models).toEqual(["olmo-3-32b-think"]);
    const text = renderText(a);
    expect(text).toMatch(/training data released openly/i);
    expect(text).toMatch(/training code released openly/i);
    expect(text).toMatch(/open weights/i);
    expect(text).toMatch(/Open Source AI Index/);
    expect(text).toMatch(/MOF/);
    expect(a.citations.map((c) => c.source)).toEqual(expect.arrayContaining(["mof", "osai-index"]));
  });

  it("has a fully open model in the top 5 of 'most transparent models'", () => {
    const a = engine.ask("most transparent models");
    expect(a.models.slice(0, 5).some((id) => /^olmo/.test(id))).toBe(true);
  });
});
