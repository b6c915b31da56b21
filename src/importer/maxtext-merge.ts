import type { Provenance } from "../core/schema/fact.ts";
import type { SourceInfo } from "../core/schema/registry.ts";
import type { Build } from "./build.ts";
import { type Draft, RANK } from "./draft.ts";
import type { MaxTextConfig } from "./maxtext.ts";

/**
 * MaxText's model names → the names of the released models each config describes. Instruct and
 * base weights share an architecture; so do later checkpoints of one architecture (DeepSeek V3,
 * R1 and V3.1; Kimi K2's versions). Written by hand from the configs' own comments and the
 * makers' model cards; a name that finds no record is counted, never made a record.
 * `noRope`: the file's RoPE base is a later checkpoint's (Qwen3's 2507 updates raised it).
 * GPT-3 reference sizes and Llama 3 405B (a config of a model never released) are left out.
 */
const MODELS: Record<string, { names: string[]; noRope?: string[] }> = {
  "deepseek2-16b": { names: ["deepseek-v2-lite", "deepseek-v2-lite-chat"] },
  "deepseek2-236b": { names: ["deepseek-v2", "deepseek-v2-chat", "deepseek-v2.5"] },
  "deepseek3-671b": {
    names: [
      "deepseek-v3",
      "deepseek-v3-0324",
      "deepseek-r1",
      "deepseek-r1-0528",
      "deepseek-v3.1",
      "deepseek-v3.1-terminus",
    ],
  },
  "deepseek3.2-671b": { names: ["deepseek-v3.2", "deepseek-v3.2-exp"] },
  "deepseek4-284b": { names: ["deepseek-v4-flash"] },
  "gemma-2b": { names: ["gemma-2b", "gemma-2b-it"] },
  "gemma-7b": { names: ["gemma-7b", "gemma-7b-it", "gemma-1.1-7b-it"] },
  "gemma2-2b": { names: ["gemma-2-2b", "gemma-2-2b-it"] },
  "gemma2-9b": { names: ["gemma-2-9b", "gemma-2-9b-it"] },
  "gemma2-27b": { names: ["gemma-2-27b", "gemma-2-27b-it"] },
  "gemma3-4b": { names: ["gemma-3-4b", "gemma-3-4b-it"] },
  "gemma3-12b": { names: ["gemma-3-12b", "gemma-3-12b-it"] },
  "gemma3-27b": { names: ["gemma-3-27b", "gemma-3-27b-it"] },
  "gemma4-26b": { names: ["gemma-4-26b-a4b", "gemma-4-26b-a4b-it"] },
  "gemma4-31b": { names: ["gemma-4-31b", "gemma-4-31b-it"] },
  "gemma4-e2b": { names: ["gemma-4-e2b", "gemma-4-e2b-it"] },
  "gemma4-e4b": { names: ["gemma-4-e4b", "gemma-4-e4b-it"] },
  "gpt-oss-20b": { names: ["gpt-oss-20b"] },
  "gpt-oss-120b": { names: ["gpt-oss-120b"] },
  "kimi-k2-1t": {
    names: ["kimi-k2", "kimi-k2-instruct", "kimi-k2-base", "kimi-k2-0905", "kimi-k2-thinking"],
  },
  "llama2-7b": { names: ["llama-2-7b", "llama-2-7b-chat", "llama-2-7b-chat-hf"] },
  "llama2-13b": { names: ["llama-2-13b", "llama-2-13b-chat", "llama-2-13b-chat-hf"] },
  "llama2-70b": { names: ["llama-2-70b", "llama-2-70b-chat", "llama-2-70b-chat-hf"] },
  "llama3-8b": { names: ["llama-3-8b", "llama-3-8b-instruct", "meta-llama-3-8b-instruct"] },
  "llama3-70b": { names: ["llama-3-70b", "llama-3-70b-instruct", "meta-llama-3-70b-instruct"] },
  "llama3.1-8b": { names: ["llama-3.1-8b", "llama-3.1-8b-instruct"] },
  "llama3.1-70b": { names: ["llama-3.1-70b", "llama-3.1-70b-instruct"] },
  "llama3.1-405b": { names: ["llama-3.1-405b", "llama-3.1-405b-instruct"] },
  "llama3.3-70b": { names: ["llama-3.3-70b", "llama-3.3-70b-instruct"] },
  "llama4-17b-16e": {
    names: ["llama-4-scout", "llama-4-scout-17b-16e-instruct", "llama-4-scout-17b-instruct"],
  },
  "llama4-17b-128e": {
    names: [
      "llama-4-maverick",
      "llama-4-maverick-17b-128e-instruct",
      "llama-4-maverick-17b-instruct",
    ],
  },
  // MaxText's Mistral 7B (vocabulary 32,000, RoPE base 1,000,000) is v0.2: v0.1 had base 10,000
  // and v0.3 a 32,768-token vocabulary.
  "mistral-7b": { names: ["mistral-7b-instruct-v0.2"] },
  "mixtral-8x7b": {
    names: ["mixtral-8x7b", "mixtral-8x7b-instruct", "mixtral-8x7b-instruct-v0.1"],
  },
  "mixtral-8x22b": { names: ["mixtral-8x22b", "mixtral-8x22b-instruct"] },
  "olmo3-7b": { names: ["olmo-3-7b", "olmo-3-7b-instruct", "olmo-3-7b-think"] },
  "olmo3-32b": { names: ["olmo-3-32b", "olmo-3-32b-instruct", "olmo-3-32b-think"] },
  "qwen2.5-1.5b": { names: ["qwen2.5-1.5b", "qwen2.5-1.5b-instruct"] },
  "qwen2.5-7b": { names: ["qwen2.5-7b", "qwen2.5-7b-instruct"] },
  "qwen2.5-14b": { names: ["qwen2.5-14b", "qwen2.5-14b-instruct"] },
  "qwen3-0.6b": { names: ["qwen3-0.6b"] },
  "qwen3-1.7b": { names: ["qwen3-1.7b"] },
  "qwen3-4b": { names: ["qwen3-4b"] },
  "qwen3-4b-thinking-2507": { names: ["qwen3-4b-thinking-2507"] },
  "qwen3-8b": { names: ["qwen3-8b"] },
  "qwen3-14b": { names: ["qwen3-14b", "qwen3-14b-instruct"] },
  "qwen3-32b": { names: ["qwen3-32b"] },
  // The file's RoPE base (5,000,000) is the 2507 releases'; the April model used 1,000,000.
  "qwen3-235b-a22b": {
    names: [
      "qwen3-235b-a22b",
      "qwen3-235b-a22b-2507",
      "qwen3-235b-a22b-instruct-2507",
      "qwen3-235b-a22b-thinking-2507",
    ],
    noRope: ["qwen3-235b-a22b"],
  },
  // Likewise 10,000,000 is the 2507 releases'; the base file (1,000,000) is the April model's.
  "qwen3-30b-a3b": {
    names: ["qwen3-30b-a3b-2507", "qwen3-30b-a3b-instruct-2507", "qwen3-30b-a3b-thinking-2507"],
  },
  "qwen3-30b-a3b-base": { names: ["qwen3-30b-a3b", "qwen3-30b-a3b-base"] },
  "qwen3-480b-a35b": { names: ["qwen3-coder-480b-a35b", "qwen3-coder-480b-a35b-instruct"] },
  "qwen3-next-80b-a3b": {
    names: ["qwen3-next-80b-a3b-instruct", "qwen3-next-80b-a3b-thinking", "qwen3-next-80b-a3b"],
  },
  "qwen3-omni-30b-a3b": { names: ["qwen3-omni-30b-a3b-instruct", "qwen3-omni-30b-a3b-thinking"] },
  "qwen3-vl-2b": { names: ["qwen3-vl-2b-instruct", "qwen3-vl-2b-thinking"] },
  "qwen3-vl-4b": { names: ["qwen3-vl-4b-instruct", "qwen3-vl-4b-thinking"] },
  "qwen3-vl-30b-a3b": {
    names: ["qwen3-vl-30b-a3b", "qwen3-vl-30b-a3b-instruct", "qwen3-vl-30b-a3b-thinking"],
  },
  "qwen3.5-35b-a3b": { names: ["qwen3.5-35b-a3b"] },
  "qwen3.5-397b-a17b": { names: ["qwen3.5-397b-a17b"] },
};

/**
 * Gemma 2 configs count a local and a global attention layer as one ("half of the real number of
 * layers", MaxText's comment): the model's own count is twice the file's.
 */
const LAYER_FACTOR: Record<string, number> = { "gemma2-2b": 2, "gemma2-9b": 2, "gemma2-27b": 2 };

export interface MaxTextCoverage {
  configs: number;
  /** Configs whose names found at least one record. */
  mapped: number;
  records: number;
  /** Configs of released models this table does not place (listed by name). */
  unplaced: string[];
  /** Configs whose names found no record: the catalog lacks the model (no record is made). */
  noRecord: string[];
}

/**
 * Adds MaxText's architecture facts to every record its hand-written names find (an id or a name
 * the record goes by, never a looser match), below the makers' word: layers, hidden size,
 * attention and KV heads, head dimension, FFN size (the dense MLP's; a mixture-of-experts model's
 * expert size where every layer is experts), experts, vocabulary, RoPE base, sliding window.
 */
export function addMaxText(
  build: Build,
  configs: MaxTextConfig[],
  source: SourceInfo,
  commit: string | undefined,
): MaxTextCoverage {
  const coverage: MaxTextCoverage = {
    configs: configs.length,
    mapped: 0,
    records: 0,
    unplaced: [],
    noRecord: [],
  };
  const done = new Set<Draft>();
  for (const c of configs) {
    const entry = MODELS[c.config];
    if (!entry) {
      if (!/^gpt3-|^llama3-405b$|-base$|-pt$/.test(c.config)) coverage.unplaced.push(c.config);
      continue;
    }
    const from: Provenance = {
      source: source.id,
      asOf: source.asOf,
      ...(commit
        ? {
            url: `https://github.com/AI-Hypercomputer/maxtext/blob/${commit}/src/maxtext/configs/models/${c.config}.yml`,
          }
        : {}),
    };
    let found = false;
    for (const name of entry.names) {
      const match = build.resolver.find(name);
      if (!match || match.how === "snapshot") continue;
      const draft = build.twins.get(match.draft) ?? match.draft;
      if (done.has(draft)) continue;
      done.add(draft);
      found = true;
      addFacts(draft, c, from, !entry.noRope?.includes(name));
    }
    if (found) coverage.mapped++;
    else coverage.noRecord.push(c.config);
  }
  coverage.records = done.size;
  return coverage;
}

function addFacts(draft: Draft, c: MaxTextConfig, from: Provenance, rope: boolean): void {
  const add = (key: Parameters<Draft["addFact"]>[0], value: number | undefined) =>
    draft.addFact(key, value, RANK.llmStats, from);
  add("layers", c.layers === undefined ? undefined : c.layers * (LAYER_FACTOR[c.config] ?? 1));
  add("hidden_size", c.hiddenSize);
  add("attention_heads", c.attentionHeads);
  add("kv_heads", c.kvHeads);
  add("head_dim", c.headDim);
  const moe = c.experts !== undefined && c.experts > 1;
  // A mixture-of-experts model with dense layers too (DeepSeek's first layers) has two sizes; only
  // one that holds for every layer is the model's FFN size.
  add("ffn_size", !moe ? c.mlpDim : c.mlpDim === c.moeMlpDim ? c.moeMlpDim : undefined);
  add("vocab_size", c.vocabSize);
  if (rope) add("rope_theta", c.ropeTheta);
  add("sliding_window_size", c.slidingWindow);
  if (c.slidingWindow !== undefined) draft.addFact("sliding_window", true, RANK.llmStats, from);
}
