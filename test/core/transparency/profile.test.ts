import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../src/core/catalog/load.ts";
import { FmtiData } from "../../../src/core/schema/fmti.ts";
import {
  ModelRecord,
  type TransparencyCategory,
  TransparencyProfile,
} from "../../../src/core/schema/record.ts";
import {
  FMTI_INDICATORS,
  levelOf,
  TRANSPARENCY_CATEGORIES,
  transparencyOf,
  transparencyTotalOf,
} from "../../../src/core/transparency/index.ts";
import { licenseKind } from "../../../src/core/transparency/record-evidence.ts";
import { BARE_MODEL, CLOSED_MODEL, fixtureCatalog, OPEN_MODEL } from "./fixture.ts";

const scoreOf = (p: TransparencyProfile, c: TransparencyCategory) =>
  p.categories.find((a) => a.category === c)?.score ?? Number.NaN;

describe("the reference card's model", () => {
  const reference = JSON.parse(readFileSync("data/reference/gpt-5.1-codex-mini.json", "utf8"));
  const catalog = loadCatalog("data");
  const record = catalog.byId.get("gpt-5.1-codex-mini");

  it("keeps the card's total of 41 and its ten assessments, labelled as the card's", () => {
    if (!record) throw new Error("card model missing from data/");
    const p = transparencyOf(catalog, record);
    expect(p.basis).toBe("card");
    expect(p.source).toBe("card");
    expect(p.total).toBe(41);
    expect(p.categories).toEqual(reference.transparency.categories);
    expect(p.categories.map((c) => c.category)).toEqual([...TRANSPARENCY_CATEGORIES]);
  });
});

describe("computed profiles", () => {
  const catalog = fixtureCatalog();
  const open = transparencyOf(catalog, OPEN_MODEL);
  const closed = transparencyOf(catalog, CLOSED_MODEL);

  it("score an open model with published size and architecture above a closed one with neither", () => {
    for (const c of ["parameter_density", "hardware_footprint"] as const) {
      expect(scoreOf(open, c)).toBeGreaterThan(scoreOf(closed, c));
    }
    expect(open.total).toBeGreaterThan(closed.total);
  });

  it("are labelled computed by model-bot and pass the schema", () => {
    for (const r of catalog.records.filter((r) => !r.transparency)) {
      const p = transparencyOf(catalog, r);
      expect(TransparencyProfile.safeParse(p).success).toBe(true);
      expect([p.basis, p.source]).toEqual(["computed", "model-bot"]);
      expect(p.total).toBe(Math.round(p.categories.reduce((s, a) => s + (a.score ?? 0), 0)));
    }
  });

  it("give each category a level that matches its score and a reason naming its evidence", () => {
    for (const p of [open, closed, transparencyOf(catalog, BARE_MODEL)]) {
      for (const a of p.categories) {
        expect(a.level).toBe(levelOf(a.score ?? -1));
        expect(a.reason).toMatch(/confidence (low|medium|high)\.$/);
        expect(a.confidence).toMatch(/^(low|medium|high)$/);
        expect(a.reason.length).toBeGreaterThan(20);
      }
    }
    // Both developers are scored by the fixture's FMTI release: its indicators are cited.
    for (const p of [open, closed])
      expect(p.categories.some((a) => /FMTI/.test(a.reason))).toBe(true);
    const reasonOf = (c: TransparencyCategory) =>
      open.categories.find((a) => a.category === c)?.reason;
    expect(reasonOf("parameter_density")).toMatch(/7B parameters published/);
    expect(reasonOf("license_clarity")).toMatch(/Apache 2\.0/);
    expect(reasonOf("training_compute")).toMatch(/credits OpenLab with 1 of 1/);
  });

  it("say so when FMTI never scored the developer, and credit nothing from it", () => {
    const p = transparencyOf(catalog, BARE_MODEL);
    expect(p.categories.some((a) => /FMTI/.test(a.reason))).toBe(false);
    // No evidence either way: the category sits at the prior, with low confidence.
    const compute = p.categories.find((a) => a.category === "training_compute");
    expect(compute?.reason).toMatch(/^No evidence found either way; confidence low\.$/);
    expect(scoreOf(p, "training_compute")).toBe(1.5);
    expect(p.summary).toMatch(/no FMTI scores \(developer not scored\)/);
  });

  it("count FMTI evidence: the same record scores lower without it", () => {
    const bare = transparencyOf(fixtureCatalog(false), OPEN_MODEL);
    expect(bare.total).toBeLessThan(open.total);
    // FMTI credits OpenLab with 1 of 1 compute indicators: the only compute evidence there is.
    expect(scoreOf(bare, "training_compute")).toBe(1.5);
    expect(scoreOf(open, "training_compute")).toBeGreaterThan(6);
  });

  it.each([
    [[], [], /^(?![\s\S]*dated version)/],
    [
      ["closed-pro-20250929", "closed-pro-2025-09-29", "other-20240101"],
      [],
      /1 dated version to pin/,
    ],
    [[], ["closed-pro-2025-01-01", "closed-pro-2025-06-01"], /2 dated versions to pin/],
  ])("count dated versions from aliases %o and snapshots %o", (aliases, snapshots, reason) => {
    const r = ModelRecord.parse({ ...CLOSED_MODEL, id: "closed-pro", aliases, snapshots });
    const p = transparencyOf(fixtureCatalog(), r);
    expect(p.categories.find((a) => a.category === "versioning_drift")?.reason).toMatch(reason);
  });

  it("are stable: memoized per catalog, and equal across separately built catalogs", () => {
    expect(transparencyOf(catalog, OPEN_MODEL)).toBe(open);
    expect(transparencyOf(fixtureCatalog(), OPEN_MODEL)).toEqual(open);
    expect(transparencyOf(fixtureCatalog(), CLOSED_MODEL)).toEqual(closed);
  });
});

describe("the profile cache", () => {
  it("keeps every total, and recomputes a dropped profile identically", () => {
    const base = fixtureCatalog();
    // More records than the cache keeps full profiles for (5,000), so the first ones get dropped.
    const records = Array.from({ length: 5200 }, (_, i) => ({ ...OPEN_MODEL, id: `open-${i}` }));
    const catalog = { ...base, records, byId: new Map(records.map((r) => [r.id, r])) };
    const first = records[0] as typeof OPEN_MODEL;
    const early = transparencyOf(catalog, first);
    for (const r of records) expect(transparencyTotalOf(catalog, r)).toBe(early.total);
    const again = transparencyOf(catalog, first);
    expect(again).not.toBe(early);
    expect(again).toEqual(early);
  });
});

describe("the committed catalog", () => {
  const catalog = loadCatalog("data");

  it("has a valid profile for every model", () => {
    expect(catalog.records.length).toBeGreaterThan(0);
    for (const r of catalog.records) {
      const parsed = TransparencyProfile.safeParse(transparencyOf(catalog, r));
      expect(parsed.success, r.id).toBe(true);
      expect(parsed.data?.basis).toBe(r.transparency ? "card" : "computed");
    }
  });

  it("maps every category onto indicators of every FMTI release", () => {
    const fmti = FmtiData.parse(JSON.parse(readFileSync("data/fmti.json", "utf8")));
    for (const release of fmti.releases) {
      const names = new Set(release.indicators.map((i) => i.name.toLowerCase()));
      for (const c of TRANSPARENCY_CATEGORIES) {
        const hits = FMTI_INDICATORS[c].filter((n) => names.has(n.toLowerCase()));
        expect(hits.length, `${release.id} ${c}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("levelOf", () => {
  it.each([
    [0, "very low"],
    [1.9, "very low"],
    [2, "low"],
    [3.9, "low"],
    [4.1, "moderate"],
    [6, "high"],
    [8, "very high"],
    [10, "very high"],
  ])("%s → %s", (score, level) => {
    expect(levelOf(score)).toBe(level);
  });
});

describe("licenseKind", () => {
  it.each([
    ["Apache 2.0", "open"],
    ["MIT", "open"],
    ["CC-BY-4.0", "open"],
    ["Llama 3.1 Community License", "community"],
    ["Gemma Terms of Use", "community"],
    ["CC-BY-NC-4.0", "community"],
    ["Proprietary", "proprietary"],
    ["Creative Commons Attribution 4.0 License", "open"],
    ["Creative Commons Attribution-NonCommercial 4.0", "community"],
    ["Jamba Open Model License", "community"],
    ["Whatever v2", "other"],
  ])("%s is %s", (name, kind) => {
    expect(licenseKind(name)).toBe(kind);
  });
});
