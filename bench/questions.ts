import type { Intent } from "../src/core/answer/types.ts";
import type { Catalog } from "../src/core/catalog/catalog.ts";
import type { ModelRecord } from "../src/core/schema/record.ts";
import { createRng } from "./prng.ts";

export type QuestionTag =
  | "exact"
  | "typo"
  | "partial"
  | "case"
  | "spacing"
  | "snapshot"
  | "synthetic";

/** One bench question as written, before it is matched against a catalog. */
interface QuestionSpec {
  q: string;
  intent: Intent;
  /**
   * The right top-1 model (answer.models[0]) in priority order: the first id the catalog holds
   * is the answer. A dated id the importer keeps as its own record is right as itself; when it
   * is only a snapshot of the base model, the base model is right.
   */
  expect?: string[];
  /** Other records of the same model under the same name, also counted right when present. */
  also?: string[];
  /** The model as the question names it: what the plain fuse.js baseline is given. */
  mention?: string;
  tags?: QuestionTag[];
}

/** A question ready to run on one catalog. */
export interface BenchQuestion {
  q: string;
  intent: Intent;
  /** The expected top-1 model id; absent for top-N and filter questions. */
  expect?: string;
  /**
   * Every top-1 id counted right: `expect`, and records the catalog holds for the same model
   * under the same name (a provider's duplicate such as "command-a" beside "command-a-03-2025").
   */
  accept?: string[];
  mention?: string;
  tags: QuestionTag[];
}

// Model names are real catalog ids (models.dev canonical ids); the wording is ours.
const REAL: readonly QuestionSpec[] = [
  // overview
  { q: "gpt-5.1-codex-mini", intent: "overview", expect: ["gpt-5.1-codex-mini"], tags: ["exact"] },
  { q: "tell me about claude sonnet 4.5", intent: "overview", expect: ["claude-sonnet-4-5"] },
  { q: "gemini 2.5 pro", intent: "overview", expect: ["gemini-2.5-pro"] },
  { q: "llama 3.3", intent: "overview", expect: ["llama-3.3-70b-instruct"], tags: ["partial"] },
  {
    q: "codestral",
    intent: "overview",
    expect: ["codestral-latest"],
    also: ["mistral-codestral", "codestral"],
    tags: ["partial"],
  },
  { q: "what is deepseek r1?", intent: "overview", expect: ["deepseek-r1"] },
  { q: "qwen3 max", intent: "overview", expect: ["qwen3-max"] },
  { q: "sonnet 4.5", intent: "overview", expect: ["claude-sonnet-4-5"], tags: ["partial"] },
  { q: "opus 4.1", intent: "overview", expect: ["claude-opus-4-1"], tags: ["partial"] },
  { q: "Gemini-2.5-Pro?", intent: "overview", expect: ["gemini-2.5-pro"], tags: ["case"] },
  // field
  {
    q: "gpt-5.1-codex-mini context",
    intent: "field",
    expect: ["gpt-5.1-codex-mini"],
    tags: ["exact"],
  },
  {
    q: "GPT 5.1 Codex Mini context length",
    intent: "field",
    expect: ["gpt-5.1-codex-mini"],
    tags: ["case"],
  },
  { q: "gpt5.1codexmini ctx", intent: "field", expect: ["gpt-5.1-codex-mini"], tags: ["spacing"] },
  {
    q: "gpt-5.1-codex-mini-2025-11-13 context",
    intent: "field",
    expect: ["gpt-5.1-codex-mini-2025-11-13", "gpt-5.1-codex-mini"],
    tags: ["snapshot"],
  },
  {
    q: "claude sonet 4.5 context window",
    intent: "field",
    expect: ["claude-sonnet-4-5"],
    tags: ["typo"],
  },
  { q: "gemni 2.5 pro price", intent: "field", expect: ["gemini-2.5-pro"], tags: ["typo"] },
  { q: "4o mini context", intent: "field", expect: ["gpt-4o-mini"], tags: ["partial"] },
  { q: "GPT-4O-MINI release date", intent: "field", expect: ["gpt-4o-mini"], tags: ["case"] },
  {
    q: "gpt 4o mini knowledge cutoff",
    intent: "field",
    expect: ["gpt-4o-mini"],
    tags: ["spacing"],
  },
  { q: "gpt-4o-mni pricing", intent: "field", expect: ["gpt-4o-mini"], tags: ["typo"] },
  {
    q: "llama-3.3-70b-instruct license",
    intent: "field",
    expect: ["llama-3.3-70b-instruct"],
    tags: ["exact"],
  },
  {
    q: "Llama 3.3 70B Instruct!! context",
    intent: "field",
    expect: ["llama-3.3-70b-instruct"],
    tags: ["case"],
  },
  {
    q: "lama 3.3 70b max output",
    intent: "field",
    expect: ["llama-3.3-70b-instruct"],
    tags: ["typo"],
  },
  {
    q: "claude-sonnet-4-5-20250929 pricing",
    intent: "field",
    expect: ["claude-sonnet-4-5-20250929", "claude-sonnet-4-5"],
    tags: ["snapshot"],
  },
  {
    q: "claude_sonnet_4.5 max output",
    intent: "field",
    expect: ["claude-sonnet-4-5"],
    tags: ["spacing"],
  },
  { q: "haiku 4.5 context", intent: "field", expect: ["claude-haiku-4-5"], tags: ["partial"] },
  {
    q: "codestrall context",
    intent: "field",
    expect: ["codestral-latest"],
    also: ["mistral-codestral", "codestral"],
    tags: ["typo"],
  },
  { q: "deepsek r1 parameters", intent: "field", expect: ["deepseek-r1"], tags: ["typo"] },
  { q: "who makes kimi k2 thinking", intent: "field", expect: ["kimi-k2-thinking"] },
  { q: "o3-mini release date", intent: "field", expect: ["o3-mini"], tags: ["exact"] },
  { q: "gemini 2.5 flash input price", intent: "field", expect: ["gemini-2.5-flash"] },
  { q: "claude opus 4.1 context", intent: "field", expect: ["claude-opus-4-1"] },
  { q: "grok 4.3 context window", intent: "field", expect: ["grok-4.3"] },
  { q: "glm 4.6 license", intent: "field", expect: ["glm-4.6"] },
  { q: "gpt-oss-120b parameters", intent: "field", expect: ["gpt-oss-120b"], tags: ["exact"] },
  { q: "command a context", intent: "field", expect: ["command-a-03-2025"], also: ["command-a"] },
  {
    q: "mistral large price",
    intent: "field",
    expect: ["mistral-large-latest"],
    also: ["mistral-large"],
    tags: ["partial"],
  },
  {
    q: "mistrl large context",
    intent: "field",
    expect: ["mistral-large-latest"],
    also: ["mistral-large"],
    tags: ["typo"],
  },
  {
    q: "qwen3 coder 480b license",
    intent: "field",
    expect: ["qwen3-coder-480b-a35b-instruct"],
    also: ["qwen3-coder-480b"],
    tags: ["partial"],
  },
  // benchmark
  {
    q: "what rank is gpt-5.1-codex-mini on WebDev Arena?",
    intent: "benchmark",
    expect: ["gpt-5.1-codex-mini"],
  },
  { q: "gpt-5.1-codex-mini livebench coding", intent: "benchmark", expect: ["gpt-5.1-codex-mini"] },
  {
    q: "claude sonnet 4.5 aider polyglot score",
    intent: "benchmark",
    expect: ["claude-sonnet-4-5"],
  },
  { q: "gemni 2.5 pro livebench", intent: "benchmark", expect: ["gemini-2.5-pro"], tags: ["typo"] },
  // transparency
  {
    q: "transparency of gpt-5.1-codex-mini",
    intent: "transparency",
    expect: ["gpt-5.1-codex-mini"],
  },
  {
    q: "how transparent is claude sonnet 4.5",
    intent: "transparency",
    expect: ["claude-sonnet-4-5"],
  },
  {
    q: "llama 3.3 transparency",
    intent: "transparency",
    expect: ["llama-3.3-70b-instruct"],
    tags: ["partial"],
  },
  // compare (the first model named is the top-1)
  { q: "compare gpt-4o-mini and claude haiku 4.5", intent: "compare", expect: ["gpt-4o-mini"] },
  {
    q: "gpt-5.1-codex-mini vs gemini 2.5 flash",
    intent: "compare",
    expect: ["gpt-5.1-codex-mini"],
  },
  {
    q: "sonnet 4.5 vs gpt 5.1",
    intent: "compare",
    expect: ["claude-sonnet-4-5"],
    tags: ["partial"],
  },
  {
    q: "codestral vs llama 3.3",
    intent: "compare",
    expect: ["codestral-latest"],
    also: ["mistral-codestral", "codestral"],
    tags: ["partial"],
  },
  // top and filter: the intent is checked, the list depends on the data
  { q: "top 5 on livebench coding", intent: "top" },
  { q: "top 10 models on webdev arena", intent: "top" },
  { q: "best models for aider polyglot", intent: "top" },
  { q: "open-weights models with over 1M context", intent: "filter" },
  { q: "models with more than 200k context under $1 input", intent: "filter" },
  { q: "open weights models from meta", intent: "filter" },
];

/** The fuse.js baseline gets the name as written; filled in where the question starts with it. */
function mentionOf(spec: QuestionSpec): string | undefined {
  if (spec.mention) return spec.mention;
  if (!spec.expect) return undefined;
  const stripped = spec.q
    .replace(
      /^(tell me about|what is|who makes|compare|how transparent is|transparency of|what rank is)\s+/i,
      "",
    )
    .replace(/\s+(vs|and)\s+.*$/i, "")
    .replace(
      /\s+(context( window| length)?|ctx|price|pricing|input price|release date|knowledge cutoff|license|max output|parameters|transparency|livebench( coding)?|aider polyglot score|on webdev arena\??)$/i,
      "",
    );
  return stripped.replace(/[?!]+$/, "").trim();
}

/**
 * The real-catalog questions whose expected model the catalog holds. Questions naming a model
 * the catalog lacks are left out and counted, so the bench runs on any data set.
 */
export function realQuestions(catalog: Catalog): { questions: BenchQuestion[]; skipped: string[] } {
  const questions: BenchQuestion[] = [];
  const skipped: string[] = [];
  for (const spec of REAL) {
    const tags = spec.tags ?? [];
    const mention = mentionOf(spec);
    if (!spec.expect) {
      questions.push({ q: spec.q, intent: spec.intent, tags });
      continue;
    }
    const expect = spec.expect.find((id) => catalog.byId.has(id));
    if (expect === undefined) {
      skipped.push(spec.q);
      continue;
    }
    const accept = [expect, ...(spec.also ?? []).filter((id) => catalog.byId.has(id))];
    questions.push({
      q: spec.q,
      intent: spec.intent,
      expect,
      accept,
      tags,
      ...(mention ? { mention } : {}),
    });
  }
  return { questions, skipped };
}

/**
 * Questions about generated models, for the synthetic catalogs: exact ids, display names and
 * spaced-out ids of models whose display name no other record shares.
 */
export function syntheticQuestions(
  catalog: Catalog,
  synthetic: readonly ModelRecord[],
  count = 20,
  seed = 7,
): BenchQuestion[] {
  const nameCount = new Map<string, number>();
  for (const r of catalog.records) {
    const key = r.name.toLowerCase();
    nameCount.set(key, (nameCount.get(key) ?? 0) + 1);
  }
  const rng = createRng(seed);
  const chosen: ModelRecord[] = [];
  for (let tries = 0; chosen.length < count && tries < count * 50; tries++) {
    const r = rng.pick(synthetic);
    // "math" is also a benchmark category: such a name asked bare is fairly read either way.
    const clear = !r.id.includes("math");
    if (clear && nameCount.get(r.name.toLowerCase()) === 1 && !chosen.includes(r)) chosen.push(r);
  }
  const tags: QuestionTag[] = ["synthetic"];
  return chosen.flatMap((r, i): BenchQuestion[] => {
    const spaced = r.id.replace(/[-/]+/g, " ");
    const byName = {
      q: `${r.name} context`,
      intent: "field" as const,
      expect: r.id,
      mention: r.name,
      tags,
    };
    const byId = {
      q: `${r.id} release date`,
      intent: "field" as const,
      expect: r.id,
      mention: r.id,
      tags,
    };
    const bySpaced = {
      q: spaced,
      intent: "overview" as const,
      expect: r.id,
      mention: spaced,
      tags,
    };
    return [[byId, byName, bySpaced][i % 3] as BenchQuestion];
  });
}
