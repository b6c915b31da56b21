import { z } from "zod";
import { fact, IsoDate, Provenance, SourceId } from "./fact.ts";

/** Record ids are the maker's lowercase model id, as models.dev names them. */
export const ModelId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9._:/+-]*$/, "expected a lowercase model id");
export type ModelId = z.infer<typeof ModelId>;

const Text = z.string().min(1).max(2000);
const Count = z.number().int().nonnegative();
const Positive = z.number().positive();

/**
 * Every fact a user can ask about, keyed by the field keys of the CLI's JSON contract.
 * Pricing and providers are not here: they come from `listings`.
 */
export const ModelFacts = z.strictObject({
  organization: fact(Text).optional(),
  family: fact(Text).optional(),
  /** Written by this project in its own words; never copied from a source. */
  description: fact(Text).optional(),
  parameters: fact(Positive).optional(),
  /** Active parameters per token, for mixture-of-experts models. */
  active_parameters: fact(Positive).optional(),
  context_length: fact(Count).optional(),
  max_input: fact(Count).optional(),
  max_output: fact(Count).optional(),
  /** The short label a model card gives, e.g. "Text" or "Multimodal". */
  modality: fact(Text).optional(),
  input_modalities: fact(z.array(z.string().min(1)).min(1)).optional(),
  output_modalities: fact(z.array(z.string().min(1)).min(1)).optional(),
  architecture: fact(Text).optional(),
  license: fact(Text).optional(),
  open_weights: fact(z.boolean()).optional(),
  release_date: fact(IsoDate).optional(),
  knowledge_cutoff: fact(IsoDate).optional(),
  attention_structure: fact(Text).optional(),
  attention_heads: fact(Count).optional(),
  kv_heads: fact(Count).optional(),
  head_dim: fact(Count).optional(),
  position_embedding: fact(Text).optional(),
  rope_theta: fact(Positive).optional(),
  sliding_window: fact(z.boolean()).optional(),
  sliding_window_size: fact(Count).optional(),
  normalization: fact(Text).optional(),
  activation: fact(Text).optional(),
  hidden_size: fact(Count).optional(),
  layers: fact(Count).optional(),
  ffn_size: fact(Count).optional(),
  mtp_heads: fact(Count).optional(),
  vocab_size: fact(Count).optional(),
  tokenizer: fact(Text).optional(),
  function_calling: fact(z.boolean()).optional(),
  structured_output: fact(z.boolean()).optional(),
  reasoning: fact(z.boolean()).optional(),
  vision: fact(z.boolean()).optional(),
  /** The reference card's own leaderboard ranks, as of the card's date. */
  overall_rank: fact(z.number().int().positive()).optional(),
  coding_rank: fact(z.number().int().positive()).optional(),
  /** A link to the weights, for open-weights models. */
  weights_url: fact(z.url()).optional(),
});
export type ModelFacts = z.infer<typeof ModelFacts>;
export type FactKey = keyof ModelFacts;

/** USD per 1M tokens, as providers publish them. */
export const Price = z.strictObject({
  input: z.number().nonnegative(),
  output: z.number().nonnegative(),
  cacheRead: z.number().nonnegative().optional(),
  cacheWrite: z.number().nonnegative().optional(),
});
export type Price = z.infer<typeof Price>;

/** One provider's offer of the model: its id there, price, limits and flags. */
export const ProviderListing = Provenance.extend({
  provider: z.string().min(1),
  providerName: Text,
  /** The model's id at that provider, e.g. "meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo". */
  providerModelId: z.string().min(1),
  price: Price.optional(),
  context: Count.optional(),
  maxOutput: Count.optional(),
  functionCalling: z.boolean().optional(),
  structuredOutput: z.boolean().optional(),
  reasoning: z.boolean().optional(),
  vision: z.boolean().optional(),
});
export type ProviderListing = z.infer<typeof ProviderListing>;

/**
 * How fast one provider served the model when a source measured it: output tokens per second
 * and seconds to the first token (LLM Stats' provider files). Kept apart from the listings, since
 * another source's listing of the same provider usually wins there.
 */
export const SpeedMeasurement = Provenance.extend({
  provider: z.string().min(1),
  providerName: Text,
  tokensPerSecond: z.number().positive().finite().optional(),
  firstTokenSeconds: z.number().nonnegative().finite().optional(),
});
export type SpeedMeasurement = z.infer<typeof SpeedMeasurement>;

/** One benchmark result. `benchmark` is an id from data/benchmarks.json. */
export const BenchmarkResult = Provenance.extend({
  benchmark: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  score: z.number().finite(),
  /** Rank as the source states it; absent where the engine computes ranks itself. */
  rank: z.number().int().positive().optional(),
  /** The leaderboard release this result belongs to, e.g. LiveBench "2026-01-08". */
  release: IsoDate.optional(),
  /** The source's own name for the run, e.g. "gpt-5.1-codex-mini-high" or "thinking-64k". */
  variant: z.string().min(1).max(200).optional(),
  selfReported: z.boolean().optional(),
});
export type BenchmarkResult = z.infer<typeof BenchmarkResult>;

export const TransparencyLevel = z.enum(["very low", "low", "moderate", "high", "very high"]);
export type TransparencyLevel = z.infer<typeof TransparencyLevel>;

export const TRANSPARENCY_CATEGORIES = [
  "architectural_provenance",
  "dataset_composition",
  "tokenizer_integrity",
  "parameter_density",
  "training_compute",
  "benchmark_reproducibility",
  "identity_consistency",
  "license_clarity",
  "hardware_footprint",
  "versioning_drift",
] as const;
export const TransparencyCategory = z.enum(TRANSPARENCY_CATEGORIES);
export type TransparencyCategory = z.infer<typeof TransparencyCategory>;

/** One category's assessment: a level and a reason in this project's own words. */
export const TransparencyAssessment = z.strictObject({
  category: TransparencyCategory,
  level: TransparencyLevel,
  /** 0-10; the reference card gives no per-category scores, so it may be absent there. */
  score: z.number().min(0).max(10).optional(),
  /** How much evidence a computed score rests on; absent on the card's own assessments. */
  confidence: z.enum(["low", "medium", "high"]).optional(),
  reason: Text,
});
export type TransparencyAssessment = z.infer<typeof TransparencyAssessment>;

/**
 * A transparency profile. `basis` says whose it is: the reference card's ("card") or computed by this
 * project ("computed"); a computed profile is never presented as the card's, FMTI's or the maker's.
 */
export const TransparencyProfile = Provenance.extend({
  basis: z.enum(["card", "computed"]),
  total: z.number().min(0).max(100),
  summary: Text,
  categories: z
    .array(TransparencyAssessment)
    .length(10)
    .refine((a) => new Set(a.map((c) => c.category)).size === 10, "each category exactly once"),
});
export type TransparencyProfile = z.infer<typeof TransparencyProfile>;

/**
 * What a record is. Lists, filters and rankings consider text LLMs (`llm`, `reasoning-llm`) unless a
 * question asks for another kind; `router` covers gateways' auto-routers and agent products.
 */
export const MODEL_KINDS = [
  "llm",
  "reasoning-llm",
  "embedding",
  "rerank",
  "image-generation",
  "video-generation",
  "speech-to-text",
  "text-to-speech",
  "moderation",
  "router",
] as const;
export const ModelKind = z.enum(MODEL_KINDS);
export type ModelKind = z.infer<typeof ModelKind>;

/** A record's kind and the evidence it was read from (a modality, an id word, a flag). */
export const KindLabel = z.strictObject({ value: ModelKind, evidence: Text });
export type KindLabel = z.infer<typeof KindLabel>;

export const ModelRecord = z.strictObject({
  id: ModelId,
  name: Text,
  /** Lowercase organization id, e.g. "openai"; the display name is in facts.organization. */
  org: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  /** True for the makers' canonical records (models.dev models/<lab>/<id>.toml and the card). */
  canonical: z.boolean(),
  /**
   * What the record is; the importer labels every record. Optional in the schema so hand-made
   * records (tests, the card) may omit it: readers take a missing kind as `llm`.
   */
  kind: KindLabel.optional(),
  /** Other names and ids the model goes by (provider ids, other sources' ids, display names). */
  aliases: z.array(z.string().min(1).max(200)),
  /** Dated snapshot ids the maker treats as versions of this model, e.g. "gpt-5.1-codex-mini-2025-11-13". */
  snapshots: z.array(z.string().min(1).max(200)),
  facts: ModelFacts,
  listings: z.array(ProviderListing),
  benchmarks: z.array(BenchmarkResult),
  /** Speed as measured at providers; absent where no source measured any. */
  speeds: z.array(SpeedMeasurement).optional(),
  /** Present where a source states one (the card); other models get a computed profile at run time. */
  transparency: TransparencyProfile.optional(),
  /** Every source that contributed to this record. */
  sources: z.array(SourceId).min(1),
});
export type ModelRecord = z.infer<typeof ModelRecord>;

/** A data file under data/models/: an array of records. */
export const ModelFile = z.array(ModelRecord);

export { IsoDate, SourceId };
