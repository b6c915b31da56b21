import type { Catalog } from "../../src/core/catalog/catalog.ts";
import { checkCatalog } from "../../src/core/catalog/cross-check.ts";
import { type ModelKind, ModelRecord } from "../../src/core/schema/record.ts";
import { BenchmarkInfo, SourceInfo } from "../../src/core/schema/registry.ts";

const P = { source: "fixture", asOf: "2026-07-01" } as const;
const v = <T>(value: T) => ({ value, ...P });

export interface Spec {
  id: string;
  name: string;
  org: string;
  orgName: string;
  canonical?: boolean;
  aliases?: string[];
  snapshots?: string[];
  context?: number;
  price?: [number, number];
  providers?: string[];
  open?: boolean;
  vision?: boolean;
  reasoning?: boolean;
  release?: string;
  params?: number;
  scores?: Record<string, number>;
  /** What the record is; absent reads as a text LLM. */
  kind?: ModelKind;
}

/** A record by the fixture maker "Acme", for tests that add one model of their own. */
export function acmeRecord(id: string, name: string, spec: Partial<Spec> = {}): ModelRecord {
  return fixtureRecord({ id, name, org: "acme", orgName: "Acme", ...spec });
}

/** A model record built through the real schema, so fixtures can't drift from it. */
export function fixtureRecord(s: Spec): ModelRecord {
  const facts: Record<string, unknown> = { organization: v(s.orgName) };
  if (s.context !== undefined) facts.context_length = v(s.context);
  if (s.open !== undefined) facts.open_weights = v(s.open);
  if (s.vision !== undefined) facts.vision = v(s.vision);
  if (s.reasoning !== undefined) facts.reasoning = v(s.reasoning);
  if (s.release !== undefined) facts.release_date = v(s.release);
  if (s.params !== undefined) facts.parameters = v(s.params);
  const providers = s.providers ?? (s.price ? [s.org] : []);
  return ModelRecord.parse({
    id: s.id,
    name: s.name,
    org: s.org,
    canonical: s.canonical ?? true,
    ...(s.kind ? { kind: { value: s.kind, evidence: "fixture" } } : {}),
    aliases: s.aliases ?? [],
    snapshots: s.snapshots ?? [],
    facts,
    listings: providers.map((p, i) => ({
      provider: p,
      providerName: p[0]?.toUpperCase() + p.slice(1),
      providerModelId: s.id,
      ...(s.price
        ? { price: { input: s.price[0] * (1 + i / 10), output: s.price[1] * (1 + i / 10) } }
        : {}),
      ...P,
    })),
    benchmarks: Object.entries(s.scores ?? {}).map(([benchmark, score]) => ({
      benchmark,
      score,
      release: "2026-01-08",
      ...P,
    })),
    sources: ["fixture"],
  });
}

const SPECS: Spec[] = [
  {
    id: "gpt-5.1-codex-mini",
    name: "GPT-5.1 Codex Mini",
    org: "openai",
    orgName: "OpenAI",
    aliases: ["GPT-5.1 Codex mini"],
    snapshots: ["gpt-5.1-codex-mini-2025-11-13"],
    context: 400_000,
    price: [0.25, 2],
    open: false,
    vision: true,
    reasoning: true,
    release: "2025-11-13",
    scores: { "livebench-coding": 69.9 },
  },
  {
    id: "gpt-5.1-codex",
    name: "GPT-5.1 Codex",
    org: "openai",
    orgName: "OpenAI",
    context: 400_000,
    price: [1.25, 10],
    open: false,
    release: "2025-11-13",
    scores: { "livebench-coding": 75.2 },
  },
  {
    id: "gpt-5.1",
    name: "GPT-5.1",
    org: "openai",
    orgName: "OpenAI",
    context: 400_000,
    price: [1.25, 10],
    open: false,
    release: "2025-11-13",
  },
  {
    id: "gpt-4o",
    name: "GPT-4o",
    org: "openai",
    orgName: "OpenAI",
    snapshots: ["gpt-4o-2024-11-20"],
    context: 128_000,
    price: [2.5, 10],
    providers: ["openai", "azure"],
    open: false,
    vision: true,
    release: "2024-05-13",
  },
  {
    id: "gpt-4o-mini",
    name: "GPT-4o mini",
    org: "openai",
    orgName: "OpenAI",
    context: 128_000,
    price: [0.15, 0.6],
    open: false,
    vision: true,
    release: "2024-07-18",
  },
  {
    id: "claude-sonnet-4-5",
    name: "Claude Sonnet 4.5",
    org: "anthropic",
    orgName: "Anthropic",
    aliases: ["claude-sonnet-4-5-latest"],
    snapshots: ["claude-sonnet-4-5-20250929"],
    context: 200_000,
    price: [3, 15],
    providers: ["anthropic", "bedrock", "vertex"],
    open: false,
    vision: true,
    reasoning: true,
    release: "2025-09-29",
    scores: { "livebench-coding": 72.1 },
  },
  {
    id: "claude-opus-4-1",
    name: "Claude Opus 4.1",
    org: "anthropic",
    orgName: "Anthropic",
    context: 200_000,
    price: [15, 75],
    open: false,
    release: "2025-08-05",
  },
  {
    id: "claude-3-5-haiku",
    name: "Claude Haiku 3.5",
    org: "anthropic",
    orgName: "Anthropic",
    context: 200_000,
    price: [0.8, 4],
    open: false,
    release: "2024-10-22",
  },
  {
    id: "gemini-2.5-pro",
    name: "Gemini 2.5 Pro",
    org: "google",
    orgName: "Google",
    context: 1_048_576,
    price: [1.25, 10],
    open: false,
    vision: true,
    reasoning: true,
    release: "2025-06-17",
    scores: { "livebench-coding": 70.5 },
  },
  {
    id: "gemini-2.5-flash",
    name: "Gemini 2.5 Flash",
    org: "google",
    orgName: "Google",
    context: 1_048_576,
    price: [0.3, 2.5],
    open: false,
    vision: true,
    release: "2025-06-17",
  },
  {
    id: "gemini-2.0-flash",
    name: "Gemini 2.0 Flash",
    org: "google",
    orgName: "Google",
    context: 1_048_576,
    price: [0.1, 0.4],
    open: false,
    release: "2025-02-05",
  },
  {
    id: "llama-3.3-70b-instruct",
    name: "Llama 3.3 70B Instruct",
    org: "meta",
    orgName: "Meta",
    aliases: ["meta-llama/Llama-3.3-70B-Instruct-Turbo", "llama-3.3-70b-versatile"],
    context: 131_072,
    price: [0.6, 0.6],
    providers: ["together", "groq", "deepinfra"],
    open: true,
    params: 70e9,
    release: "2024-12-06",
  },
  {
    id: "llama-3.1-405b-instruct",
    name: "Llama 3.1 405B Instruct",
    org: "meta",
    orgName: "Meta",
    aliases: ["meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo", "meta-llama-3.1-405b-instruct"],
    context: 131_072,
    price: [3, 3],
    providers: ["together", "deepinfra", "fireworks"],
    open: true,
    params: 405e9,
    release: "2024-07-23",
  },
  {
    id: "llama-3.1-8b-instruct",
    name: "Llama 3.1 8B Instruct",
    org: "meta",
    orgName: "Meta",
    context: 131_072,
    price: [0.02, 0.05],
    open: true,
    params: 8e9,
    release: "2024-07-23",
  },
  {
    id: "llama-4-scout",
    name: "Llama 4 Scout",
    org: "meta",
    orgName: "Meta",
    context: 10_000_000,
    price: [0.1, 0.3],
    open: true,
    vision: true,
    params: 109e9,
    release: "2025-04-05",
  },
  {
    id: "codestral-latest",
    name: "Codestral",
    org: "mistral",
    orgName: "Mistral",
    aliases: ["codestral-2508"],
    context: 256_000,
    price: [0.3, 0.9],
    open: true,
    release: "2025-07-30",
  },
  {
    id: "mistral-large-latest",
    name: "Mistral Large",
    org: "mistral",
    orgName: "Mistral",
    context: 131_072,
    price: [2, 6],
    open: true,
    release: "2024-11-01",
  },
  {
    id: "deepseek-v3.1",
    name: "DeepSeek V3.1",
    org: "deepseek",
    orgName: "DeepSeek",
    context: 128_000,
    price: [0.27, 1.1],
    open: true,
    params: 671e9,
    reasoning: true,
    release: "2025-08-21",
  },
  {
    id: "deepseek-r1",
    name: "DeepSeek R1",
    org: "deepseek",
    orgName: "DeepSeek",
    context: 128_000,
    price: [0.55, 2.19],
    open: true,
    reasoning: true,
    params: 671e9,
    release: "2025-01-20",
  },
  {
    id: "command-a",
    name: "Command A",
    org: "cohere",
    orgName: "Cohere",
    context: 256_000,
    price: [2.5, 10],
    open: true,
    release: "2025-03-13",
  },
  {
    id: "llama-3.2-90b-vision-instruct",
    name: "Llama 3.2 90B Vision Instruct",
    org: "meta",
    orgName: "Meta",
    context: 131_072,
    price: [1.2, 1.2],
    open: true,
    vision: true,
    release: "2024-09-25",
  },
  {
    id: "qwen3-235b-a22b",
    name: "Qwen3 235B A22B",
    org: "alibaba",
    orgName: "Alibaba",
    context: 131_072,
    price: [0.2, 0.6],
    open: true,
    reasoning: true,
    params: 235e9,
    release: "2025-04-29",
  },
  {
    id: "some-finetune-llama-3.3",
    name: "Some Finetune Llama 3.3",
    org: "someone",
    orgName: "Someone",
    canonical: false,
    context: 8192,
    open: true,
  },
];

const BENCHMARKS = [
  {
    id: "livebench-coding",
    name: "LiveBench Coding",
    aliases: ["livebench code"],
    category: "coding",
    unit: "percent",
    higherIsBetter: true,
    suite: "livebench",
  },
  {
    id: "livebench-reasoning",
    name: "LiveBench Reasoning",
    aliases: [],
    category: "reasoning",
    unit: "percent",
    higherIsBetter: true,
    suite: "livebench",
  },
  {
    id: "livebench",
    name: "LiveBench",
    aliases: ["livebench overall"],
    category: "overall",
    unit: "percent",
    higherIsBetter: true,
    suite: "livebench",
  },
  {
    id: "vectara-hallucination-rate",
    name: "Vectara Hallucination Rate",
    aliases: ["hallucination rate", "hallucination"],
    category: "safety",
    unit: "percent",
    higherIsBetter: false,
  },
  {
    id: "webdev-arena",
    name: "WebDev Arena",
    aliases: ["webdev", "web dev arena"],
    category: "coding",
    unit: "elo",
    higherIsBetter: true,
  },
  {
    id: "aider-polyglot",
    name: "Aider Polyglot",
    aliases: ["aider"],
    category: "coding",
    unit: "percent",
    higherIsBetter: true,
  },
  {
    // A variant of a benchmark, as llm-stats lists several of SWE-bench Verified.
    id: "aider-polyglot-whole",
    name: "Aider Polyglot (whole format)",
    aliases: [],
    category: "coding",
    unit: "percent",
    higherIsBetter: true,
  },
];

/** A small catalog of familiar models, validated and cross-checked like the real one. */
export function fixtureCatalog(extra: ModelRecord[] = []): Catalog {
  const records = [...SPECS.map(fixtureRecord), ...extra];
  const catalog: Catalog = {
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    benchmarks: new Map(BENCHMARKS.map((b) => [b.id, BenchmarkInfo.parse(b)])),
    sources: new Map([
      [
        "fixture",
        SourceInfo.parse({
          id: "fixture",
          name: "Fixture data",
          license: "test",
          asOf: "2026-07-01",
        }),
      ],
      [
        // A second source, for boards that several sources report.
        "fixture-b",
        SourceInfo.parse({
          id: "fixture-b",
          name: "Second fixture",
          license: "test",
          asOf: "2026-05-01",
        }),
      ],
    ]),
    version: { hash: "fixture", records: records.length },
  };
  const problems = checkCatalog(catalog);
  if (problems.length > 0) throw new Error(`fixture catalog: ${problems.join("; ")}`);
  return catalog;
}
