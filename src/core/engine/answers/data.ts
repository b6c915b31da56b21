import type { DataFact, DataListing, DataValue } from "../../answer/data.ts";
import type { FieldKey } from "../../answer/types.ts";
import type { Fact } from "../../schema/fact.ts";
import type { FactKey, ModelRecord } from "../../schema/record.ts";
import type { FieldValue } from "./field-values.ts";
import { leadPrice } from "./offers.ts";
import { speedsFastestFirst } from "./speed.ts";

// The values behind an answer's text, for the CLI's `--json` `data` (see answer/data.ts).

const UNITS: Partial<Record<FieldKey, string>> = {
  context_length: "tokens",
  max_input: "tokens",
  max_output: "tokens",
  sliding_window_size: "tokens",
  parameters: "parameters",
  release_date: "date",
  knowledge_cutoff: "date",
  pricing: "USD per 1M tokens",
  providers: "providers",
  speed: "tokens per second; seconds to first token",
};

const LISTING_FLAGS = {
  function_calling: "functionCalling",
  structured_output: "structuredOutput",
  reasoning: "reasoning",
  vision: "vision",
} as const;

function fromFact(
  r: ModelRecord,
  field: FieldKey,
  f: Fact<unknown> | undefined,
  text: string,
): DataFact {
  // Written out, not `{ ...base, value }`: on Node 20 a spread followed by new keys takes V8's
  // slow path, about 3 µs a fact (an overview builds 14 of them on every answer).
  const unit = UNITS[field] ?? null;
  if (f === undefined) return fact(r.id, field, null, unit, text, "not_known", null, null);
  if (!("value" in f))
    return fact(r.id, field, null, unit, text, "not_disclosed", f.source, f.asOf);
  return fact(r.id, field, f.value as DataValue, unit, text, "known", f.source, f.asOf);
}

function fact(
  model: string,
  field: string,
  value: DataValue,
  unit: string | null,
  text: string,
  status: DataFact["status"],
  source: string | null,
  asOf: string | null,
): DataFact {
  return { model, field, unit, text, value, status, source, asOf };
}

/** One field of one model as a value; `shown` is the answer's own text for it. */
export function factData(r: ModelRecord, field: FieldKey, shown: FieldValue): DataFact {
  const text = shown.text;
  if (field === "pricing") {
    const lead = leadPrice(r);
    if (lead === undefined) return fromFact(r, field, undefined, text);
    return {
      model: r.id,
      field,
      value: { input: lead.price.input, output: lead.price.output, provider: lead.provider },
      unit: UNITS.pricing ?? null,
      text,
      status: "known",
      source: lead.source,
      asOf: lead.asOf,
    };
  }
  if (field === "providers") {
    const first = r.listings[0];
    if (first === undefined) return fromFact(r, field, undefined, text);
    const names = [...new Set(r.listings.map((l) => l.provider))];
    return {
      model: r.id,
      field,
      value: names,
      unit: null,
      text,
      status: "known",
      source: first.source,
      asOf: first.asOf,
    };
  }
  if (field === "speed") {
    // Per provider, in the order the text shows them.
    const all = speedsFastestFirst(r);
    const first = all[0];
    if (first === undefined) return fromFact(r, field, undefined, text);
    return {
      model: r.id,
      field,
      value: all.map((s) => ({
        provider: s.provider,
        tokensPerSecond: s.tokensPerSecond ?? null,
        firstTokenSeconds: s.firstTokenSeconds ?? null,
        asOf: s.asOf,
      })),
      unit: UNITS.speed ?? null,
      text,
      status: "known",
      source: first.source,
      asOf: first.asOf,
    };
  }
  if (field === "modality") {
    const { modality, input_modalities: inp, output_modalities: out } = r.facts;
    const main = modality ?? inp;
    const shownFact = fromFact(r, field, main, text);
    if (inp && "value" in inp && out && "value" in out) {
      shownFact.value = { input: inp.value, output: out.value };
      shownFact.status = "known";
    }
    return shownFact;
  }
  const own = fromFact(r, field, r.facts[field as FactKey] as Fact<unknown> | undefined, text);
  // Capabilities the maker's record lacks come from what providers list ("yes" per a provider).
  if (own.status === "not_known" && shown.known && field in LISTING_FLAGS) {
    const flag = LISTING_FLAGS[field as keyof typeof LISTING_FLAGS];
    const yes = r.listings.some((l) => l[flag] === true);
    const from = r.listings.find((l) => l[flag] === yes);
    if (from) return fact(r.id, field, yes, own.unit, text, "known", from.source, from.asOf);
  }
  return own;
}

/** Every provider offer of a model, with its id there and its price. */
export function listingsData(r: ModelRecord, provider?: string): DataListing[] {
  return r.listings
    .filter((l) => provider === undefined || l.provider === provider)
    .map((l) => ({
      model: r.id,
      provider: l.provider,
      providerName: l.providerName,
      id: l.providerModelId,
      input: l.price?.input ?? null,
      output: l.price?.output ?? null,
      context: l.context ?? null,
      maxOutput: l.maxOutput ?? null,
      source: l.source,
      asOf: l.asOf,
    }));
}
