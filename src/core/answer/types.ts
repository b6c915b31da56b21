import type { Chart } from "../chart/types.ts";
import type { AnswerData } from "./data.ts";

/**
 * Platform-neutral answers. The engine returns one `Answer` per question; each adapter renders it
 * (plain text, Slack Block Kit, Discord embeds) without knowing which question produced it.
 */

export const INTENTS = [
  "overview",
  "field",
  "benchmark",
  "transparency",
  "compare",
  "top",
  "filter",
  "help",
  "not_found",
  "ambiguous",
  /** What changed between the catalog in service and the one before it. */
  "changes",
  /** What can be asked about: the benchmarks or the providers the catalog knows. */
  "discover",
] as const;
export type Intent = (typeof INTENTS)[number];

/** Field keys of the CLI's JSON contract. */
export const FIELD_KEYS = [
  "organization",
  "family",
  "description",
  "parameters",
  "context_length",
  "max_input",
  "max_output",
  "modality",
  "architecture",
  "license",
  "open_weights",
  "release_date",
  "knowledge_cutoff",
  "attention_structure",
  "attention_heads",
  "kv_heads",
  "head_dim",
  "position_embedding",
  "rope_theta",
  "sliding_window",
  "sliding_window_size",
  "normalization",
  "activation",
  "hidden_size",
  "layers",
  "ffn_size",
  "mtp_heads",
  "vocab_size",
  "tokenizer",
  "pricing",
  "providers",
  "speed",
  "function_calling",
  "structured_output",
  "reasoning",
  "vision",
  "overall_rank",
  "coding_rank",
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** Where a shown value comes from: a source's display name and its as-of date. */
export interface Citation {
  source: string;
  sourceName: string;
  asOf: string;
  url?: string;
}

/** A labelled value, e.g. "Context window: 400K tokens". */
export interface FactRow {
  label: string;
  value: string;
  citation?: Citation;
}

/** Content of an answer, in reading order. Renderers map each kind to their platform. */
export type AnswerBlock =
  | { kind: "text"; text: string }
  | { kind: "facts"; rows: FactRow[] }
  | { kind: "table"; columns: string[]; rows: string[][] }
  | { kind: "list"; items: string[] };

/** A follow-up the user can take with one click: a did-you-mean, a candidate, "show more". */
export interface FollowUp {
  label: string;
  /** The question to ask when the user picks it. */
  query: string;
}

export interface Answer {
  /** The question as received. */
  query: string;
  intent: Intent;
  /** Record ids, in the order the question names them; the result list for top and filter. */
  models: string[];
  field: FieldKey | null;
  benchmark: string | null;
  /** Did-you-mean ids for not_found; candidate ids for ambiguous. */
  suggestions: string[];
  /** A short heading, e.g. "GPT-5.1 Codex Mini: context window". */
  title: string;
  /** The one-line answer, suitable for a notification. */
  summary: string;
  blocks: AnswerBlock[];
  followUps: FollowUp[];
  /** Every source behind what is shown, once each. */
  citations: Citation[];
  /** A picture of the answer (a board, a compare, price against score, a history), if it has one. */
  chart?: Chart;
  /** The values behind the text, for scripts (see data.ts); absent where there are none. */
  data?: AnswerData;
}
