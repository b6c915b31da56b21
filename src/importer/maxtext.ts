import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "./csv.ts";

/** One released model's architecture as MaxText configures it (architecture_summary.csv). */
export interface MaxTextConfig {
  /** MaxText's model_name: "llama3.1-70b", "qwen3-235b-a22b". */
  config: string;
  layers?: number;
  hiddenSize?: number;
  attentionHeads?: number;
  kvHeads?: number;
  headDim?: number;
  /** The dense MLP's intermediate size. */
  mlpDim?: number;
  /** Each routed expert's intermediate size, for mixture-of-experts models. */
  moeMlpDim?: number;
  experts?: number;
  expertsPerToken?: number;
  sharedExperts?: number;
  vocabSize?: number;
  ropeTheta?: number;
  slidingWindow?: number;
}

/** The CSV's columns for each field, and the base.yml keys that fill them when a file is silent. */
const COLUMNS = {
  layers: "base_num_decoder_layers",
  hiddenSize: "base_emb_dim",
  attentionHeads: "base_num_query_heads",
  kvHeads: "base_num_kv_heads",
  headDim: "head_dim",
  mlpDim: "base_mlp_dim",
  moeMlpDim: "base_moe_mlp_dim",
  experts: "num_experts",
  expertsPerToken: "num_experts_per_tok",
  sharedExperts: "shared_experts",
  vocabSize: "vocab_size",
  ropeTheta: "rope_max_timescale",
  slidingWindow: "sliding_window_size",
} as const satisfies Record<keyof Omit<MaxTextConfig, "config">, string>;

/**
 * Reads architecture_summary.csv: released models only (reference_model = yes). A value the model
 * file leaves to MaxText's base.yml default (listed in core_keys_taken_from_base_yml_default) is
 * MaxText's default, not a fact of the model, and is left out; so are non-positive placeholders.
 */
export function readMaxText(root: string): MaxTextConfig[] {
  const table = parseCsv(readFileSync(join(root, "architecture_summary.csv"), "utf8"));
  const header = table[0] ?? [];
  const col = (row: string[], name: string) => row[header.indexOf(name)]?.trim() ?? "";
  const out: MaxTextConfig[] = [];
  for (const row of table.slice(1)) {
    const config = col(row, "config");
    if (!config || col(row, "reference_model") !== "yes") continue;
    const defaults = new Set(col(row, "core_keys_taken_from_base_yml_default").split(";"));
    const entry: MaxTextConfig = { config };
    for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
      if (defaults.has(column)) continue;
      const n = Number(col(row, column));
      if (col(row, column) !== "" && Number.isFinite(n) && n > 0) entry[key] = n;
    }
    out.push(entry);
  }
  return out.sort((a, b) => (a.config < b.config ? -1 : a.config > b.config ? 1 : 0));
}
