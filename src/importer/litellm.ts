import { join } from "node:path";
import { IsoDate } from "../core/schema/fact.ts";
import { asBoolean, asNumber, asObject, asString, readJson } from "./files.ts";

/** One text-model entry of LiteLLM's price file, prices converted to USD per 1M tokens. */
export interface LiteLlmEntry {
  /** LiteLLM's routing id: "watsonx/ibm/granite-3-8b-instruct", "bedrock/us.anthropic.…". */
  id: string;
  provider: string;
  mode: string;
  input?: number;
  output?: number;
  cacheRead?: number;
  cacheWrite?: number;
  maxInput?: number;
  maxOutput?: number;
  functionCalling?: boolean;
  vision?: boolean;
  reasoning?: boolean;
  structuredOutput?: boolean;
  deprecationDate?: string;
}

/** Modes of a text model: a listing of an LLM. The other modes (embedding, rerank, …) are kinds. */
export const TEXT_MODES = new Set(["chat", "responses", "completion"]);

/** LiteLLM's prices are USD per token; this catalog's are per 1M tokens (as models.dev's). */
const perMillion = (v: unknown) => {
  const n = asNumber(v);
  return n === undefined || n < 0 ? undefined : Math.round(n * 1e6 * 1e6) / 1e6;
};
const count = (v: unknown) => {
  const n = asNumber(v);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
};

/** Reads model_prices_and_context_window.json (the "sample_spec" entry is its documentation). */
export function readLiteLlm(root: string): LiteLlmEntry[] {
  const data = asObject(readJson(join(root, "model_prices_and_context_window.json")));
  const out: LiteLlmEntry[] = [];
  for (const [id, raw] of Object.entries(data)) {
    if (id === "sample_spec") continue;
    const e = asObject(raw);
    const provider = asString(e.litellm_provider);
    const mode = asString(e.mode);
    if (!provider || !mode) continue;
    const deprecation = asString(e.deprecation_date);
    const entry: LiteLlmEntry = { id, provider, mode };
    const fields: [keyof LiteLlmEntry, unknown][] = [
      ["input", perMillion(e.input_cost_per_token)],
      ["output", perMillion(e.output_cost_per_token)],
      ["cacheRead", perMillion(e.cache_read_input_token_cost)],
      ["cacheWrite", perMillion(e.cache_creation_input_token_cost)],
      ["maxInput", count(e.max_input_tokens)],
      ["maxOutput", count(e.max_output_tokens)],
      ["functionCalling", asBoolean(e.supports_function_calling)],
      ["vision", asBoolean(e.supports_vision)],
      ["reasoning", asBoolean(e.supports_reasoning)],
      ["structuredOutput", asBoolean(e.supports_response_schema)],
      [
        "deprecationDate",
        deprecation && IsoDate.safeParse(deprecation).success ? deprecation : undefined,
      ],
    ];
    for (const [key, value] of fields)
      if (value !== undefined) Object.assign(entry, { [key]: value });
    out.push(entry);
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
