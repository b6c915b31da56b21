import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { realQuestions, syntheticQuestions } from "../../bench/questions.ts";
import {
  buildSyntheticCatalog,
  parseParameters,
  SYNTHETIC_SOURCE,
  writeCatalogDir,
} from "../../bench/synthetic.ts";
import { checkCatalog } from "../../src/core/catalog/cross-check.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { ModelFile } from "../../src/core/schema/record.ts";
import { fixtureCatalog } from "../support/fixture-catalog.ts";

const real = fixtureCatalog();
const { catalog, synthetic } = buildSyntheticCatalog(real, 200, 42);
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("synthetic catalog", () => {
  it("holds the real records plus 200 valid ModelRecords", () => {
    expect(synthetic).toHaveLength(200);
    expect(catalog.records).toHaveLength(real.records.length + 200);
    const parsed = ModelFile.safeParse(synthetic);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
  });

  it("passes the catalog cross-check: no name collides with a real id, alias or snapshot", () => {
    expect(checkCatalog(catalog)).toEqual([]);
    const realNames = new Set(
      real.records.flatMap((r) => [r.id, ...r.aliases, ...r.snapshots].map((n) => n.toLowerCase())),
    );
    const clashes = synthetic
      .flatMap((r) => [r.id, ...r.aliases, ...r.snapshots])
      .filter((n) => realNames.has(n.toLowerCase()));
    expect(clashes).toEqual([]);
  });

  it("is the same for the same seed and different for another", () => {
    const again = buildSyntheticCatalog(real, 200, 42).synthetic.map((r) => r.id);
    const other = buildSyntheticCatalog(real, 200, 43).synthetic.map((r) => r.id);
    expect(again).toEqual(synthetic.map((r) => r.id));
    expect(other).not.toEqual(again);
  });

  it("has real-looking names: host prefixes, dated snapshots, families near real ones", () => {
    const ids = synthetic.map((r) => r.id);
    expect(ids.some((id) => id.includes("/"))).toBe(true);
    expect(ids.some((id) => /-(20\d{6}|\d{4})$/.test(id) || /-20\d\d-\d\d-\d\d$/.test(id))).toBe(
      true,
    );
    expect(ids.some((id) => id.startsWith("llama-") || id.includes("/llama-"))).toBe(true);
    expect(synthetic.every((r) => r.sources.includes(SYNTHETIC_SOURCE.id))).toBe(true);
  });

  it("round-trips through a data directory that loadCatalog accepts", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-syn-"));
    dirs.push(dir);
    writeCatalogDir(catalog, dir, undefined, 64);
    const loaded = loadCatalog(dir);
    expect(loaded.records.map((r) => r.id)).toEqual(catalog.records.map((r) => r.id));
  });
});

describe("bench questions", () => {
  it("expect only models the catalog holds, and skip the rest by name", () => {
    const { questions, skipped } = realQuestions(real);
    expect(questions.length).toBeGreaterThan(20);
    for (const q of questions) if (q.expect) expect(real.byId.has(q.expect)).toBe(true);
    expect(skipped.every((q) => !questions.some((x) => x.q === q))).toBe(true);
  });

  it("ask about synthetic models whose display name is unique", () => {
    const qs = syntheticQuestions(catalog, synthetic, 10);
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      const rec = catalog.byId.get(q.expect ?? "");
      expect(rec?.sources).toContain(SYNTHETIC_SOURCE.id);
      expect(catalog.records.filter((r) => r.name === rec?.name)).toHaveLength(1);
    }
  });
});

describe("parseParameters", () => {
  it.each([
    ["70b", { total: 70e9 }],
    ["0.5b", { total: 0.5e9 }],
    ["235b-a22b", { total: 235e9, active: 22e9 }],
    ["8x7b", { total: 56e9 }],
    ["mini", undefined],
    ["", undefined],
  ])("%s", (size, expected) => {
    expect(parseParameters(size)).toEqual(expected);
  });
});
