import { readFileSync } from "node:fs";
import type { Catalog } from "../../../src/core/catalog/catalog.ts";
import { checkCatalog } from "../../../src/core/catalog/cross-check.ts";
import { FmtiData } from "../../../src/core/schema/fmti.ts";
import { ModelRecord } from "../../../src/core/schema/record.ts";
import { BenchmarksFile, SourcesFile } from "../../../src/core/schema/registry.ts";

const P = { source: "fixture", asOf: "2026-07-01" } as const;
const v = <T>(value: T) => ({ value, ...P });
const hidden = { undisclosed: true, ...P } as const;

/** An open-weights model that publishes its size, architecture and tokenizer. */
export const OPEN_MODEL = ModelRecord.parse({
  id: "open-7b",
  name: "Open 7B",
  org: "openlab",
  canonical: true,
  aliases: [],
  snapshots: [],
  facts: {
    organization: v("OpenLab"),
    family: v("Open"),
    parameters: v(7e9),
    architecture: v("Dense"),
    attention_structure: v("Grouped-Query Attention"),
    layers: v(32),
    hidden_size: v(4096),
    attention_heads: v(32),
    kv_heads: v(8),
    vocab_size: v(32000),
    license: v("Apache 2.0"),
    open_weights: v(true),
    weights_url: v("https://example.org/open-7b"),
    context_length: v(32768),
    release_date: v("2025-03-01"),
  },
  listings: [],
  benchmarks: [
    { benchmark: "bench-a", score: 50, ...P },
    { benchmark: "bench-b", score: 60, selfReported: true, ...P },
  ],
  sources: ["fixture"],
});

/** A closed model that publishes neither its size nor its architecture. */
export const CLOSED_MODEL = ModelRecord.parse({
  id: "closed-pro",
  name: "Closed Pro",
  org: "closedco",
  canonical: true,
  aliases: [],
  snapshots: [],
  facts: {
    organization: v("ClosedCo"),
    parameters: hidden,
    architecture: hidden,
    license: v("Proprietary"),
    open_weights: v(false),
    context_length: v(200000),
  },
  listings: [],
  benchmarks: [],
  sources: ["fixture"],
});

/** A reseller-only record with nothing but a name: the floor of the scale. */
export const BARE_MODEL = ModelRecord.parse({
  id: "bare-model",
  name: "Bare Model",
  org: "nobody",
  canonical: false,
  aliases: [],
  snapshots: [],
  facts: {},
  listings: [],
  benchmarks: [],
  sources: ["fixture"],
});

const CARD_RECORD = ModelRecord.parse(
  JSON.parse(readFileSync("data/reference/gpt-5.1-codex-mini.json", "utf8")),
);

/** FMTI-shaped scores for the two fixture developers: OpenLab credited more than ClosedCo. */
const FMTI = FmtiData.parse({
  source: "fmti",
  releases: [
    {
      id: "Fixture2025",
      asOf: "2025-12",
      indicators: [
        { name: "Basic model properties", domain: "Model", subdomain: "Model information" },
        { name: "Open weights", domain: "Model", subdomain: "Model access" },
        { name: "Compute usage for final training run", domain: "Upstream", subdomain: "Compute" },
        { name: "Data size", domain: "Upstream", subdomain: "Data Properties" },
        { name: "Versioning protocol", domain: "Model", subdomain: "Release" },
        { name: "Terms of use", domain: "Model", subdomain: "Release" },
      ],
      developers: [
        { name: "OpenLab", org: "openlab", scores: [1, 1, 1, 1, 0, 1] },
        { name: "ClosedCo", org: "closedco", scores: [0, 0, 0, 0, 1, 1] },
      ],
    },
  ],
});

/** A small catalog built through the real schemas, with or without FMTI scores. */
export function fixtureCatalog(withFmti = true): Catalog {
  const records = [OPEN_MODEL, CLOSED_MODEL, BARE_MODEL, CARD_RECORD];
  const benchmarks = BenchmarksFile.parse(
    ["bench-a", "bench-b", ...CARD_RECORD.benchmarks.map((b) => b.benchmark)].map((id) => ({
      id,
      name: id.toUpperCase(),
      aliases: [],
      category: "coding",
      unit: "percent",
      higherIsBetter: true,
    })),
  );
  const sources = SourcesFile.parse(
    ["fixture", "card", "fmti", "model-bot"].map((id) => ({
      id,
      name: `${id} source`,
      license: "test",
      asOf: "2026-07-01",
    })),
  );
  const catalog: Catalog = {
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    benchmarks: new Map(benchmarks.map((b) => [b.id, b])),
    sources: new Map(sources.map((s) => [s.id, s])),
    ...(withFmti ? { fmti: FMTI } : {}),
    version: { hash: "fixture", records: records.length },
  };
  const problems = checkCatalog(catalog);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return catalog;
}
