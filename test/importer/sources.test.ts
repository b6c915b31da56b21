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

describe("MaxText architectures", () => {
  it("gives an open model its layers, heads, sizes and vocabulary, with a link to the config", () => {
    const f = record("gpt-oss-120b").facts;
    expect(f.layers).toMatchObject({
      value: 36,
      source: "maxtext",
      asOf: "2026-08-22",
      url: "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/gpt-oss-120b.yml",
    });
    expect(f.hidden_size?.source).toBe("maxtext");
    expect([f.attention_heads, f.kv_heads, f.head_dim, f.vocab_size, f.rope_theta]).toMatchObject([
      { value: 64 },
      { value: 8 },
      { value: 64 },
      { value: 201088 },
      { value: 150000 },
    ]);
    // Every layer is experts of one size: that is the FFN size; the sliding window is stated.
    expect(f.ffn_size).toMatchObject({ value: 2880 });
    expect(f.sliding_window_size).toMatchObject({ value: 128 });
  });

  it("finds an instruct model by the hand-written names of its config", () => {
    expect(record("llama-3.1-70b-instruct").facts.attention_heads).toMatchObject({ value: 64 });
  });

  it("doubles Gemma 2's halved layer count", () => {
    expect(record("gemma-2-27b-it").facts.layers).toMatchObject({ value: 46 });
  });

  it("leaves out values MaxText's defaults fill in, and a later checkpoint's RoPE base", () => {
    // llama3.1-70b takes its expert settings from base.yml: no experts are stated.
    expect(record("llama-3.1-70b-instruct").facts.ffn_size).toMatchObject({ value: 28672 });
    expect(record("qwen3-235b-a22b").facts.vocab_size).toMatchObject({ value: 151936 });
    expect(record("qwen3-235b-a22b").facts.rope_theta).toBeUndefined();
    expect(record("qwen3-235b-a22b-instruct-2507").facts.rope_theta).toMatchObject({
      value: 5_000_000,
    });
  });

  it("makes no record for a config no other source names, and reports it", () => {
    expect(records.has("qwen3-0.6b")).toBe(false);
    expect(records.has("gpt3-175b")).toBe(false);
    const line = report.sourceLines.find((l) => l.startsWith("maxtext"));
    expect(line).toContain("no record for");
    expect(line).toContain("qwen3-0.6b");
    expect(line).not.toContain("gpt3-175b");
  });

  it("keeps a closed model's architecture as it was", () => {
    expect(record("claude-opus-4-1").facts.layers).toBeUndefined();
  });
});

describe("new leaderboards", () => {
  const result = (id: string, benchmark: string, source: string) =>
    record(id).benchmarks.filter((b) => b.benchmark === benchmark && b.source === source);

  it("reads Aider's polyglot runs through the --model id: percent correct, format and cost", () => {
    const [run] = result("gpt-oss-120b", "aider-polyglot", "aider");
    expect(run).toMatchObject({
      score: 41.8,
      variant: "gpt-oss-120b (high), diff format, run cost $0.74",
      asOf: "2025-08-05",
    });
    expect(run?.selfReported).toBeUndefined();
    // A free or unknown cost is not shown as $0.
    expect(result("claude-opus-4-1", "aider-polyglot", "aider")[0]?.variant).toBe(
      "claude-opus-4-1 (32k think), diff format",
    );
  });

  it("leaves out architect/editor pairs and makes no record for an unknown id", () => {
    expect(result("claude-opus-4-1", "aider-polyglot", "aider")).toHaveLength(1);
    expect([...records.keys()].some((id) => id.includes("quasar"))).toBe(false);
    expect(report.sourceLines.find((l) => l.startsWith("aider"))).toContain(
      "unmapped 1 (openrouter/openrouter/quasar-alpha)",
    );
  });

  it("reads Epoch AI's own runs as percent, dated by the run, naming Epoch as who ran them", () => {
    const [gpqa] = result("claude-opus-4-1", "gpqa-diamond", "epoch-ai");
    expect(gpqa).toMatchObject({
      score: 79,
      asOf: "2025-11-16",
      url: "https://logs.example.invalid/a1",
      variant: "claude-opus-4-1-20250805_32K, run by Epoch AI",
    });
    // The private FrontierMath set is the board; the public split and failed runs are left out.
    const frontier = result("gpt-oss-120b", "frontiermath", "epoch-ai");
    expect(frontier).toHaveLength(1);
    expect(frontier[0]?.score).toBeCloseTo(9.7, 9);
    expect(result("gpt-oss-120b", "gpqa-diamond", "epoch-ai")).toEqual([]);
  });

  it("credits Epoch AI for an outside board it transcribed, naming who ran it", () => {
    expect(result("gpt-oss-120b", "arc-agi", "epoch-ai")[0]).toMatchObject({
      score: 12,
      variant: "gpt-oss-120b_high, run by ARC Prize Leaderboard",
      url: "https://arcprize.org/leaderboard",
    });
    const epoch = sources.find((s) => s.id === "epoch-ai");
    expect(epoch?.attribution).toContain("credit Epoch AI");
  });

  it("reads Vectara's hallucination rate as a board where lower is better", () => {
    expect(result("gpt-oss-120b", "vectara-hallucination-rate", "vectara")[0]).toMatchObject({
      score: 5.1,
      asOf: "2026-03-10",
    });
    expect(result("llama-3.1-70b-instruct", "vectara-hallucination-rate", "vectara")).toHaveLength(
      1,
    );
    expect(records.has("unknown-model-7b")).toBe(false);
  });
});

describe("the benchmark list", () => {
  it("defines the hallucination rate as lower-is-better", async () => {
    const { readFileSync } = await import("node:fs");
    const list = JSON.parse(readFileSync(join(out, "benchmarks.json"), "utf8")) as {
      id: string;
      higherIsBetter: boolean;
    }[];
    expect(list.find((b) => b.id === "vectara-hallucination-rate")?.higherIsBetter).toBe(false);
  });
});

describe("organizations", () => {
  it("gives two spellings of one maker one id (LiveBench's 'Abacus.AI', a provider's 'abacusai/')", () => {
    expect(record("smaug-agentic").org).toBe("abacusai");
    expect(record("dracarys-72b-instruct").org).toBe("abacusai");
  });
});

describe("LiteLLM listings", () => {
  const at = (id: string, provider: string) =>
    record(id).listings.filter((l) => l.provider === provider);

  it("adds a provider models.dev lacks, with per-token prices as USD per 1M tokens", () => {
    expect(at("gpt-oss-120b", "watsonx")).toEqual([
      {
        provider: "watsonx",
        providerName: "IBM watsonx.ai",
        providerModelId: "watsonx/openai/gpt-oss-120b",
        price: { input: 0.15, output: 0.6 },
        context: 131072,
        maxOutput: 8192,
        functionCalling: true,
        source: "litellm",
        asOf: "2026-07-24",
      },
    ]);
  });

  it("keeps one listing per cloud for a model's regional copies", () => {
    const bedrock = at("gpt-oss-120b", "amazon-bedrock");
    expect(bedrock).toHaveLength(1);
    expect(bedrock[0]?.providerModelId).toBe("openai.gpt-oss-120b-v1:0");
  });

  it("leaves providers models.dev lists to models.dev, and deprecated entries out", () => {
    expect(at("gpt-oss-120b", "openrouter").every((l) => l.source === "models.dev")).toBe(true);
    expect(at("llama-3.1-70b-instruct", "sambanova")).toEqual([]);
  });

  it("labels a record no word of its own labels by the mode LiteLLM serves it in", () => {
    expect(record("lexicon-r2").kind).toEqual({
      value: "embedding",
      evidence: 'LiteLLM mode "embedding" (watsonx/ibm/lexicon-r2)',
    });
    // No listing comes of it: a non-text entry is no offer of a text model.
    expect(record("lexicon-r2").listings).toEqual([]);
  });

  it("keeps an LLM's kind when a mode disagrees with its chat entries or its scores", () => {
    // gpt-oss-120b is also served in the chat mode; Llama 3.1 70B has LLM benchmark results.
    expect(record("gpt-oss-120b").kind?.value).toMatch(/llm$/);
    expect(record("gpt-oss-120b").kind?.evidence).not.toContain("LiteLLM");
    expect(record("llama-3.1-70b-instruct").kind?.value).toBe("llm");
    expect(record("llama-3.1-70b-instruct").kind?.evidence).not.toContain("LiteLLM");
  });

  it("makes no record for a route no other source names, nor for non-text modes", () => {
    expect([...records.keys()].some((id) => id.includes("granite") || id.includes("slate"))).toBe(
      false,
    );
    expect(report.sourceLines.find((l) => l.startsWith("litellm"))).toContain("unmapped 1");
  });
});
