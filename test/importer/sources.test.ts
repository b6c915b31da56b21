import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import type { ModelRecord } from "../../src/core/schema/record.ts";
import type { SourceInfo } from "../../src/core/schema/registry.ts";
import type { CoverageReport } from "../../src/importer/build.ts";
import { importAll } from "../../src/importer/run-import.ts";
import { writeFiles } from "../../src/importer/write.ts";

// The newer sources (models.dev addendum, LiveBench metadata, LiteLLM, MaxText, Aider, Epoch AI,
// Vectara) on small fixtures of their own.
const DATASETS = join(import.meta.dirname, "fixtures-sources", "datasets");

let out: string;
let records: Map<string, ModelRecord>;
let sources: SourceInfo[];
let report: CoverageReport;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "import-sources-"));
  const result = importAll(DATASETS, join(out, "no-reference"));
  report = result.report;
  writeFiles(out, result.files);
  const catalog = loadCatalog(out);
  records = new Map(catalog.records.map((r) => [r.id, r]));
  sources = [...catalog.sources.values()];
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

const record = (id: string): ModelRecord => {
  const r = records.get(id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

describe("models.dev addendum", () => {
  it("is its own source, dated by the newest day its files state", () => {
    const s = sources.find((x) => x.id === "models.dev-addendum");
    expect(s?.asOf).toBe("2026-10-03");
    expect(s?.license).toBe("MIT");
  });

  it("adds a maker's record with facts dated by the file", () => {
    const r = record("claude-opus-5");
    expect(r.canonical).toBe(true);
    expect(r.facts.context_length).toEqual({
      value: 1_000_000,
      source: "models.dev-addendum",
      asOf: "2026-07-24",
    });
    expect(r.facts.organization?.source).toBe("models.dev-addendum");
    expect(r.sources).toEqual(["livebench", "models.dev-addendum"]);
  });

  it("keeps the first-party price under the addendum's name and date", () => {
    const l = record("claude-opus-5").listings;
    expect(l).toHaveLength(1);
    expect(l[0]).toMatchObject({
      provider: "anthropic",
      providerName: "Anthropic",
      price: { input: 5, output: 25 },
      source: "models.dev-addendum",
      asOf: "2026-07-24",
    });
  });

  it("marks the makers' own benchmark claims as self-reported", () => {
    const b = record("claude-opus-5").benchmarks.find((x) => x.benchmark === "swe-bench-verified");
    expect(b).toMatchObject({ benchmark: "swe-bench-verified", score: 96, selfReported: true });
  });

  it("reads a maker's API id linked to another of its models as a name of that model", () => {
    expect(records.has("gpt-5.6")).toBe(false);
    expect(record("gpt-5.6-sol").aliases).toContain("gpt-5.6");
  });

  it("keeps a priced first-party model no record names, dated by the file's check", () => {
    const l = record("claude-opus-5-5").listings[0];
    expect(l).toMatchObject({ price: { input: 4, output: 20 }, asOf: "2026-10-03" });
  });

  it("leaves the snapshot's records as they were", () => {
    expect(record("claude-opus-4-1").facts.context_length?.source).toBe("models.dev");
    expect(report.canonical).toBeGreaterThanOrEqual(5);
  });
});

describe("LiveBench with the site's model metadata", () => {
  const results = (id: string, benchmark: string) =>
    record(id).benchmarks.filter((b) => b.benchmark === benchmark);

  it("files a row run at max effort under its model, by the site's label", () => {
    expect(results("gpt-5.6-sol", "livebench")[0]?.variant).toBe("gpt-5.6-sol-max");
    expect(results("claude-opus-5", "livebench")[0]?.variant).toBe("claude-opus-5-max-effort");
  });

  it("keeps scores at full precision, dated by their release", () => {
    const [coding] = results("claude-opus-5", "livebench-coding");
    expect(coding).toMatchObject({
      score: (80.435 + 78.873) / 2,
      release: "2026-06-25",
      asOf: "2026-06-25",
    });
    const old = results("gpt-oss-120b", "livebench").find((b) => b.release === "2026-01-08");
    expect(old?.asOf).toBe("2026-01-08");
  });

  it("takes release date, open weights and reasoning from the site, below the maker", () => {
    const opus = record("claude-opus-5").facts;
    expect(opus.release_date?.source).toBe("models.dev-addendum");
    const oss = record("gpt-oss-120b").facts;
    expect(oss.release_date).toMatchObject({ value: "2025-08-05", source: "models.dev" });
  });

  it("names a model only LiveBench has by the site's label and maker", () => {
    const r = record("smaug-agentic");
    expect(r.name).toBe("Smaug-Agentic");
    expect(r.facts.open_weights).toMatchObject({ value: true, source: "livebench" });
    expect(r.facts.weights_url).toMatchObject({
      value: "https://huggingface.co/abacusai/Smaug-Agentic",
    });
    expect(r.facts.organization).toMatchObject({ value: "Abacus.AI" });
  });
});
