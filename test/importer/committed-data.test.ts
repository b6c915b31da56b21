import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/core/catalog/catalog.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import type { ModelRecord } from "../../src/core/schema/record.ts";

// Spot checks on the committed data/ (what the bot runs on), against the known values.
const DATA = join(import.meta.dirname, "..", "..", "data");
let catalog: Catalog;

beforeAll(() => {
  catalog = loadCatalog(DATA);
});

const record = (id: string): ModelRecord => {
  const r = catalog.byId.get(id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

describe("committed catalog", () => {
  it("holds every models.dev canonical model and well over a thousand others", () => {
    // The data sets name about 1,950 provider ids; merged into one record per model (free tiers,
    // TEE and quantized deployments, spelling variants, thinking modes and serving tiers) they hold
    // about 1,330 distinct models (docs/data.md, "Entity resolution", says how they are grouped).
    expect(catalog.records.length).toBeGreaterThanOrEqual(1300);
    // 231 makers' records of the models.dev snapshot and 29 of its addendum (30 files, one of
    // them, OpenAI's "gpt-5.6", a name of gpt-5.6-sol), less Anthropic's dated twins and Mistral's
    // "-latest" aliases of one dated record, folded into the record they mean (issue 12).
    expect(catalog.records.filter((r) => r.canonical).length).toBe(252);
  });

  it("gpt-5.1-codex-mini: 400K context, $0.25 in / $2.00 out per 1M tokens at OpenAI", () => {
    const r = record("gpt-5.1-codex-mini");
    expect(r.facts.context_length).toMatchObject({ value: 400000 });
    const openai = r.listings.find((l) => l.provider === "openai");
    expect(openai?.price).toMatchObject({ input: 0.25, output: 2 });
  });

  it("claude-sonnet-4-5: 200K context", () => {
    expect(record("claude-sonnet-4-5").facts.context_length).toMatchObject({ value: 200000 });
  });

  it("llama-3.1-405b-instruct: at least 3 provider listings", () => {
    const providers = new Set(record("llama-3.1-405b-instruct").listings.map((l) => l.provider));
    expect(providers.size).toBeGreaterThanOrEqual(3);
  });

  it("gpt-5.1-codex-mini: LiveBench coding 69.9 in the 2026-01-08 release", () => {
    const result = record("gpt-5.1-codex-mini").benchmarks.find(
      (b) =>
        b.benchmark === "livebench-coding" &&
        b.source === "livebench" &&
        b.release === "2026-01-08",
    );
    expect(result?.score.toFixed(1)).toBe("69.9");
  });

  it("every source is dated, the card on its own date", () => {
    expect(catalog.sources.get("card")?.asOf).toBe("2026-01-08");
    for (const id of ["models.dev", "livebench", "llm-stats", "fmti"]) {
      expect(catalog.sources.get(id)?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
