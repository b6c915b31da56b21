import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import type { ModelRecord } from "../../src/core/schema/record.ts";
import { parseCsv } from "../../src/importer/csv.ts";
import { readLiveBench } from "../../src/importer/livebench.ts";
import { importAll } from "../../src/importer/run-import.ts";
import { writeFiles } from "../../src/importer/write.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
const DATASETS = join(FIXTURES, "datasets");
const REFERENCE = join(FIXTURES, "reference");

let out: string;
let records: Map<string, ModelRecord>;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "import-test-"));
  const { files } = importAll(DATASETS, REFERENCE);
  writeFiles(out, files);
  records = new Map(loadCatalog(out).records.map((r) => [r.id, r]));
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

const record = (id: string): ModelRecord => {
  const r = records.get(id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

describe("import of the fixture data sets", () => {
  it("writes data that loads and cross-checks", () => {
    expect([...records.keys()].sort()).toEqual([
      "claude-3.7-sonnet",
      "claude-sonnet-4-5",
      "deepseek-r1-distill-qwen-32b",
      "deepseek-v3.2",
      "gpt-4o",
      "gpt-4o-2024-08-06",
      "gpt-4o-mini",
      "gpt-4o-thinking",
      "gpt-5.1-codex-mini",
      "llama-3.1-405b-instruct",
      "llama-4-scout-17b-instruct",
      "mistral-medium-2505",
      "mystery-model-7b",
      "nova-lite",
      "qwen3-235b-a22b",
      "qwen3-coder-30b",
      "qwen3-coder-480b-a35b",
      "vintage-model-13b",
    ]);
  });

  it.each([
    // A short form of a canonical id: the active-parameter tag or Llama's size-and-instruct tail dropped.
    ["reseller", "qwen/qwen3-235b", "qwen3-235b-a22b"],
    ["together", "llama-4-scout", "llama-4-scout-17b-instruct"],
    // Two provider-only groups, the short one and its one mixture-of-experts form.
    ["cortecs", "qwen3-coder-480b", "qwen3-coder-480b-a35b"],
    ["together", "qwen/qwen3-coder-480b-a35b", "qwen3-coder-480b-a35b"],
    // DeepSeek's version without its "v", or without the family word.
    ["cortecs", "deepseek-3.2", "deepseek-v3.2"],
    ["azure", "deepseek.v3.2", "deepseek-v3.2"],
    ["together", "deepseek-v3.2", "deepseek-v3.2"],
    // No longer form exists: the short name keeps a record of its own.
    ["cortecs", "qwen3-coder-30b", "qwen3-coder-30b"],
  ])("files %s's %s under %s", (provider, providerModelId, id) => {
    const listing = record(id).listings.find(
      (l) => l.provider === provider && l.providerModelId === providerModelId,
    );
    expect(listing).toBeDefined();
  });

  it("reads TOML numbers written with underscores", () => {
    const l = record("gpt-5.1-codex-mini").listings.find((x) => x.provider === "openai");
    expect(l).toMatchObject({
      context: 400000,
      maxOutput: 128000,
      price: { input: 0.25, output: 2 },
    });
  });

  it("merges the canonical record under a base_model file, minus base_model_omit", () => {
    const r = record("claude-sonnet-4-5");
    const l = r.listings.find((x) => x.provider === "reseller");
    // limit.context from the file itself, reasoning from the canonical record underneath
    expect(l).toMatchObject({ context: 200000, maxOutput: 50000, reasoning: true, vision: true });
    expect(l?.providerName).toBe("Reseller");
    expect(r.aliases).toContain("anthropic/claude-sonnet-4.5");
  });

  it("refuses a base_model link the provider's own id contradicts", () => {
    expect(record("deepseek-r1-distill-qwen-32b").listings).toHaveLength(1);
    expect(record("gpt-4o").listings).toHaveLength(0);
  });

  it("merges one model across providers under the cleanest id, with every spelling as an alias", () => {
    const r = record("llama-3.1-405b-instruct");
    expect(r.canonical).toBe(false);
    expect(r.org).toBe("meta");
    // Groq's "-versatile" deployment is this model too, and so is the reseller's
    // "meta-llama/llama-3.1-405b", which it names "Llama 3.1 405B Instruct".
    expect(r.listings.map((l) => l.provider)).toEqual([
      "azure",
      "cortecs",
      "groq",
      "reseller",
      "together",
    ]);
    for (const alias of [
      "meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo",
      "Meta-Llama-3.1-405B-Instruct-Turbo",
      "meta-llama-3.1-405b-instruct",
    ]) {
      expect(r.aliases).toContain(alias);
    }
  });

  it("files a provider's thinking mode of a maker's reasoning model under that model", () => {
    const r = record("claude-sonnet-4-5");
    expect(r.listings.map((l) => l.providerModelId)).toContain("claude-sonnet-4-5-thinking");
    expect(r.aliases).toContain("claude-sonnet-4-5-thinking");
    expect(records.has("claude-sonnet-4-5-thinking")).toBe(false);
  });

  it("files an effort setting of a reasoning model and a serving tier of any maker's model under it", () => {
    expect(record("claude-sonnet-4-5").aliases).toContain("claude-sonnet-4-5-high");
    const qwen = record("qwen3-235b-a22b").listings.map((l) => l.providerModelId);
    expect(qwen).toContain("qwen3-235b-a22b-fast");
    expect(records.has("qwen3-235b-a22b-fast")).toBe(false);
  });

  it("keeps a thinking id apart when the maker's model does not reason", () => {
    // gpt-4o's maker record says reasoning = false, so "gpt-4o-thinking" is some other product.
    expect(record("gpt-4o-thinking").listings).toHaveLength(1);
    expect(record("gpt-4o").aliases).not.toContain("gpt-4o-thinking");
  });

  it("reads a first-version tag as the model without it, as an alias, not a snapshot", () => {
    const r = record("nova-lite");
    expect(r.listings.map((l) => l.providerModelId).sort()).toEqual([
      "amazon/nova-lite",
      "amazon/nova-lite-v1",
    ]);
    expect(r.aliases).toContain("nova-lite-v1");
    expect(r.snapshots).toEqual([]);
  });

  it("files a reseller's id the maker writes with a release stamp under the maker's record", () => {
    // "mistral-medium-3" at the reseller is named "Mistral Medium 3", the maker's "mistral-medium-2505".
    const r = record("mistral-medium-2505");
    expect(r.listings.map((l) => l.providerModelId)).toEqual(["mistral-medium-3"]);
    expect(records.has("mistral-medium-3")).toBe(false);
  });

  it("files a dated provider id as a snapshot of its model", () => {
    const r = record("gpt-4o-mini");
    expect(r.snapshots).toEqual(["gpt-4o-mini-2024-07-18"]);
    expect(r.listings).toHaveLength(2);
  });

  it("keeps a canonical dated record as its own record", () => {
    const r = record("gpt-4o-2024-08-06");
    expect(r.canonical).toBe(true);
    expect(record("gpt-4o").snapshots).not.toContain("gpt-4o-2024-08-06");
    expect(r.benchmarks.map((b) => b.variant)).toContain("gpt-4o-2024-08-06");
  });

  it("lists a deprecated offer's names but not the offer", () => {
    const r = record("claude-3.7-sonnet");
    expect(r.listings).toEqual([]);
    expect(r.org).toBe("anthropic");
  });

  it("keeps the maker's value primary and another source's differing value in others", () => {
    const release = record("claude-sonnet-4-5").facts.release_date;
    expect(release).toMatchObject({ value: "2025-09-29", source: "models.dev" });
    expect(release && "others" in release ? release.others : []).toEqual([
      { value: "2025-09-30", source: "llm-stats", asOf: "2025-10-01" },
    ]);
  });

  it("lets the card's facts win and fills the facts it lacks from other sources", () => {
    const f = record("gpt-5.1-codex-mini").facts;
    expect(f.knowledge_cutoff).toEqual({
      value: "2024-09",
      source: "card",
      asOf: "2026-01-08",
      others: [{ value: "2024-09-30", source: "models.dev", asOf: "2026-07-02" }],
    });
    expect(f.parameters).toEqual({ undisclosed: true, source: "card", asOf: "2026-01-08" });
    expect(f.max_output).toMatchObject({ value: 128000, source: "models.dev" });
    expect(f.input_modalities).toMatchObject({ value: ["text", "image"] });
  });

  it("takes parameters, license and weights link from llm-stats, but no prose", () => {
    const r = record("llama-3.1-405b-instruct");
    expect(r.facts.parameters).toMatchObject({ value: 405e9, source: "llm-stats" });
    expect(r.facts.license).toMatchObject({ value: "Llama 3.1 Community License" });
    expect(r.facts.description).toBeUndefined();
    expect(JSON.stringify(r)).not.toContain("Prose the importer must not copy");
  });

  it("keeps llm-stats' speed at a provider, with its date, even where another source lists the provider", () => {
    const r = record("llama-3.1-405b-instruct");
    expect(r.speeds).toEqual([
      {
        provider: "groq",
        providerName: "Groq",
        tokensPerSecond: 78,
        firstTokenSeconds: 0.5,
        source: "llm-stats",
        asOf: "2025-07-19",
      },
    ]);
    // A record no source measured has no speeds at all, not an empty list.
    expect(record("claude-sonnet-4-5").speeds).toBeUndefined();
  });

  it("stores llm-stats fraction scores as percent, others raw, and drops placeholder links", () => {
    const r = record("llama-3.1-405b-instruct");
    const gpqa = r.benchmarks.find((b) => b.benchmark === "gpqa");
    expect(gpqa).toMatchObject({ score: 51.1, selfReported: true, source: "llm-stats" });
    expect(gpqa?.url).toBe("https://ai.meta.com/blog/meta-llama-3-1/");
    const cf = r.benchmarks.find((b) => b.benchmark === "codeforces");
    expect(cf).toMatchObject({ score: 1500, selfReported: false });
    expect(cf?.url).toBeUndefined();
  });

  it("folds a dated canonical twin into the undated record users ask about", () => {
    const r = record("claude-sonnet-4-5");
    expect(r.benchmarks.find((b) => b.benchmark === "swe-bench-verified")?.score).toBe(77.2);
    expect(r.snapshots).toContain("claude-sonnet-4-5-20250929");
    // The "(latest)" label names the alias; the model's own name is the dated record's.
    expect(r.name).toBe("Claude Sonnet 4.5");
    expect(records.has("claude-sonnet-4-5-20250929")).toBe(false);
  });
});

describe("LiveBench", () => {
  it("averages tasks into categories and categories into the global score", () => {
    const r = record("gpt-5.1-codex-mini");
    const lb = (id: string) =>
      r.benchmarks.find((b) => b.benchmark === id && b.source === "livebench");
    // Full precision: the table's cells averaged, not rounded (answers format for display).
    expect(lb("livebench-coding")?.score).toBeCloseTo(69.9325, 9);
    expect(lb("livebench-coding")).toMatchObject({
      release: "2026-01-08",
      variant: "gpt-5.1-codex-mini",
      asOf: "2026-01-08",
    });
    expect(lb("livebench-reasoning")?.score).toBeCloseTo(64.6667, 4);
    expect(lb("livebench")?.score).toBeCloseTo((69.9325 + 64.6667 + 59) / 3, 4);
  });

  it("maps a variant row to its model and keeps the row's name", () => {
    const r = record("claude-sonnet-4-5");
    const coding = r.benchmarks.find((b) => b.benchmark === "livebench-coding");
    expect(coding).toMatchObject({ score: 75, variant: "claude-sonnet-4-5-20250929-thinking-64k" });
  });

  it("leaves out a category with an empty task cell, and with it the global score", () => {
    const ids = record("llama-3.1-405b-instruct")
      .benchmarks.filter((b) => b.source === "livebench")
      .map((b) => b.benchmark);
    expect(ids).toEqual(["livebench-coding", "livebench-instruction-following"]);
  });

  it("gives a row no other source names a record of its own", () => {
    const r = record("mystery-model-7b");
    expect(r.sources).toEqual(["livebench"]);
    expect(r.benchmarks[0]?.variant).toBe("mystery-model-7b-high");
  });

  it("reads every release, oldest first", () => {
    const releases = readLiveBench(join(DATASETS, "livebench"));
    expect(releases.map((r) => r.date)).toEqual(["2025-11-25", "2026-01-08"]);
    expect(releases[0]?.rows.map((r) => r.name)).toEqual([
      "gpt-4o-2024-08-06",
      "gpt-4o-mini-2024-07-18",
      "vintage-model-13b",
    ]);
  });

  it("gives a row only an older release names a record, and counts it in the report", () => {
    // Coding, IF and the global score, all from the one release that names it.
    expect(record("vintage-model-13b").benchmarks.map((b) => b.release)).toEqual([
      "2025-11-25",
      "2025-11-25",
      "2025-11-25",
    ]);
    const { livebench } = importAll(DATASETS, REFERENCE).report;
    expect(livebench).toMatchObject({ latestRows: 4, mapped: 3, created: 2 });
  });

  it.each([
    [
      "a,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      'a,"b,c"\r\n"x ""y""",2',
      [
        ["a", "b,c"],
        ['x "y"', "2"],
      ],
    ],
    ["\uFEFFa\n\nb", [["a"], ["b"]]],
  ])("parses CSV %j", (text, rows) => expect(parseCsv(text)).toEqual(rows));
});

describe("output", () => {
  it("is byte-identical across two imports and a re-import changes no file", () => {
    const first = importAll(DATASETS, REFERENCE).files;
    const second = importAll(DATASETS, REFERENCE).files;
    expect([...second]).toEqual([...first]);
    expect(writeFiles(out, second)).toEqual([]);
  });

  it("writes two-space JSON with a trailing newline, one file per org, records sorted by id", () => {
    const files = readdirSync(join(out, "models")).sort();
    expect(files).toEqual([
      "alibaba.json",
      "amazon.json",
      "anthropic.json",
      "deepseek.json",
      "meta.json",
      "mistral.json",
      "openai.json",
      "other.json",
    ]);
    const text = readFileSync(join(out, "models", "openai.json"), "utf8");
    expect(text.endsWith("]\n")).toBe(true);
    expect(text.startsWith('[\n  {\n    "id": ')).toBe(true);
    const ids = (JSON.parse(text) as ModelRecord[]).map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });

  it("dates each source by its SOURCE.txt and keeps the card's date", () => {
    const sources = JSON.parse(readFileSync(join(out, "sources.json"), "utf8")) as {
      id: string;
      asOf: string;
    }[];
    const asOf = Object.fromEntries(sources.map((s) => [s.id, s.asOf]));
    expect(asOf).toMatchObject({
      "models.dev": "2026-07-02",
      livebench: "2026-07-02",
      "llm-stats": "2025-10-16",
      card: "2026-01-08",
    });
  });

  it("names benchmarks by slug with aliases users type", () => {
    const list = JSON.parse(readFileSync(join(out, "benchmarks.json"), "utf8")) as {
      id: string;
      unit: string;
      aliases: string[];
    }[];
    const swe = list.find((b) => b.id === "swe-bench-verified");
    expect(swe?.aliases).toContain("swe-bench");
    expect(list.find((b) => b.id === "codeforces")?.unit).toBe("score");
    expect(list.find((b) => b.id === "gpqa")?.unit).toBe("percent");
  });
});
