import { citeSource } from "../../answer/cite.ts";
import {
  formatBool,
  formatDate,
  formatGrouped,
  formatParams,
  formatTokens,
} from "../../answer/format.ts";
import type { Citation, FactRow, FieldKey } from "../../answer/types.ts";
import type { Catalog } from "../../catalog/catalog.ts";
import type { Fact } from "../../schema/fact.ts";
import type { FactKey, ModelRecord } from "../../schema/record.ts";
import { FIELD_LABELS } from "../topics.ts";
import { describePricing, describeProviders, listingCitation } from "./offers.ts";
import { describeSpeed } from "./speed.ts";

/** A field's answer: the headline value, detail rows, and the sources behind them. */
export interface FieldValue {
  known: boolean;
  /** "400K tokens", "not disclosed", "not known". */
  text: string;
  rows: FactRow[];
  citations: Citation[];
}

type Formatter = (v: never) => string;

const COUNT_TOKENS = (n: number) => `${formatTokens(n)} (${formatGrouped(n)})`;
const PLAIN_NUMBER = formatGrouped;
const FORMATTERS: Partial<Record<FactKey, Formatter>> = {
  context_length: COUNT_TOKENS as Formatter,
  max_input: COUNT_TOKENS as Formatter,
  max_output: COUNT_TOKENS as Formatter,
  parameters: formatParams as Formatter,
  active_parameters: formatParams as Formatter,
  release_date: formatDate as Formatter,
  knowledge_cutoff: formatDate as Formatter,
  vocab_size: PLAIN_NUMBER as Formatter,
  rope_theta: PLAIN_NUMBER as Formatter,
  overall_rank: ((n: number) => `#${n}`) as Formatter,
  coding_rank: ((n: number) => `#${n}`) as Formatter,
};

/** Any fact value as text. */
export function formatFactValue(key: FactKey, value: unknown): string {
  const f = FORMATTERS[key];
  if (f) return f(value as never);
  if (typeof value === "boolean") return formatBool(value);
  if (typeof value === "number") return PLAIN_NUMBER(value);
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

/** Headline text and citations for one stored fact; "others" become extra rows. */
function describeFact(
  catalog: Catalog,
  record: ModelRecord,
  key: FactKey,
  fact: Fact<unknown> | undefined,
  label: string,
): FieldValue {
  if (fact === undefined) {
    return {
      known: false,
      text: "not known",
      rows: [{ label, value: "Not known: no source in the catalog lists it" }],
      citations: [],
    };
  }
  const citation = citeSource(catalog, fact);
  if (!("value" in fact)) {
    const maker =
      record.facts.organization && "value" in record.facts.organization
        ? record.facts.organization.value
        : "the maker";
    return {
      known: false,
      text: "not disclosed",
      rows: [{ label, value: `Not disclosed by ${maker}`, citation }],
      citations: [citation],
    };
  }
  const text = formatFactValue(key, fact.value);
  const rows: FactRow[] = [{ label, value: text, citation }];
  const citations = [citation];
  for (const other of fact.others ?? []) {
    const c = citeSource(catalog, other);
    rows.push({
      label: `${label} (per ${c.sourceName})`,
      value: formatFactValue(key, other.value),
      citation: c,
    });
    citations.push(c);
  }
  return { known: true, text, rows, citations };
}

/** Capability flags fall back to provider listings when the maker's record lacks them. */
const LISTING_FLAG = {
  function_calling: "functionCalling",
  structured_output: "structuredOutput",
  reasoning: "reasoning",
  vision: "vision",
} as const;

function describeCapability(
  catalog: Catalog,
  record: ModelRecord,
  key: keyof typeof LISTING_FLAG,
): FieldValue {
  const label = FIELD_LABELS[key];
  const fact = record.facts[key];
  if (fact !== undefined) return describeFact(catalog, record, key, fact, label);
  if (key === "vision") {
    const inputs = record.facts.input_modalities;
    if (inputs && "value" in inputs) {
      const c = citeSource(catalog, inputs);
      const yes = inputs.value.includes("image");
      return {
        known: true,
        text: formatBool(yes),
        rows: [
          { label, value: `${formatBool(yes)} (input: ${inputs.value.join(", ")})`, citation: c },
        ],
        citations: [c],
      };
    }
  }
  const flag = LISTING_FLAG[key];
  const listing = record.listings.find((l) => l[flag] !== undefined);
  if (listing === undefined) return describeFact(catalog, record, key, undefined, label);
  const yes = record.listings.some((l) => l[flag] === true);
  const source = record.listings.find((l) => l[flag] === yes) ?? listing;
  const c = listingCitation(catalog, source);
  return {
    known: true,
    text: formatBool(yes),
    rows: [{ label, value: `${formatBool(yes)} (per ${source.providerName})`, citation: c }],
    citations: [c],
  };
}

function describeModality(catalog: Catalog, record: ModelRecord): FieldValue {
  const { modality, input_modalities: inp, output_modalities: out } = record.facts;
  const parts: FieldValue[] = [];
  if (modality) parts.push(describeFact(catalog, record, "modality", modality, "Modality"));
  if (inp) parts.push(describeFact(catalog, record, "input_modalities", inp, "Input"));
  if (out) parts.push(describeFact(catalog, record, "output_modalities", out, "Output"));
  if (parts.length === 0) return describeFact(catalog, record, "modality", undefined, "Modality");
  const io =
    inp && "value" in inp && out && "value" in out
      ? `${inp.value.join(", ")} in → ${out.value.join(", ")} out`
      : undefined;
  const head = parts[0]?.text ?? "";
  return {
    known: parts.some((p) => p.known),
    text: io && modality && "value" in modality ? `${head} (${io})` : (io ?? head),
    rows: parts.flatMap((p) => p.rows),
    citations: parts.flatMap((p) => p.citations),
  };
}

function describeParameters(catalog: Catalog, record: ModelRecord): FieldValue {
  const total = describeFact(catalog, record, "parameters", record.facts.parameters, "Parameters");
  const active = record.facts.active_parameters;
  if (!active || !("value" in active) || !total.known) return total;
  const extra = describeFact(catalog, record, "active_parameters", active, "Active parameters");
  return {
    known: true,
    text: `${total.text} total, ${extra.text} active`,
    rows: [...total.rows, ...extra.rows],
    citations: [...total.citations, ...extra.citations],
  };
}

/** The value of any field of the JSON contract for one model. */
export function describeField(catalog: Catalog, record: ModelRecord, key: FieldKey): FieldValue {
  switch (key) {
    case "pricing":
      return describePricing(catalog, record);
    case "providers":
      return describeProviders(catalog, record);
    case "speed":
      return describeSpeed(catalog, record);
    case "modality":
      return describeModality(catalog, record);
    case "parameters":
      return describeParameters(catalog, record);
    case "function_calling":
    case "structured_output":
    case "reasoning":
    case "vision":
      return describeCapability(catalog, record, key);
    case "context_length":
      return withListingFallback(catalog, record, key, "context");
    case "max_output":
      return withListingFallback(catalog, record, key, "maxOutput");
    default:
      return describeFact(catalog, record, key, record.facts[key], FIELD_LABELS[key]);
  }
}

/** Limits fall back to the first provider listing that states them. */
function withListingFallback(
  catalog: Catalog,
  record: ModelRecord,
  key: "context_length" | "max_output",
  prop: "context" | "maxOutput",
): FieldValue {
  const fact = record.facts[key];
  if (fact !== undefined) {
    const told = describeFact(catalog, record, key, fact, FIELD_LABELS[key]);
    const primary = "value" in fact ? fact.value : undefined;
    const row = listingDifferences(catalog, record, prop, primary);
    return row ? { ...told, rows: [...told.rows, row] } : told;
  }
  const listing = record.listings.find((l) => l[prop] !== undefined);
  const value = listing?.[prop];
  if (listing === undefined || value === undefined)
    return describeFact(catalog, record, key, undefined, FIELD_LABELS[key]);
  const c = listingCitation(catalog, listing);
  const text = COUNT_TOKENS(value);
  return {
    known: true,
    text,
    rows: [
      { label: FIELD_LABELS[key], value: `${text} (per ${listing.providerName})`, citation: c },
    ],
    citations: [c],
  };
}

/**
 * Providers that serve a model with another limit than the catalog's ("64K" from Anthropic, "50K"
 * at a reseller): one row saying who lists what, most providers first, so users see why a
 * provider cuts answers short.
 */
function listingDifferences(
  catalog: Catalog,
  record: ModelRecord,
  prop: "context" | "maxOutput",
  primary: number | undefined,
): FactRow | undefined {
  const byValue = new Map<number, Set<string>>();
  let citation: Citation | undefined;
  for (const l of record.listings) {
    const v = l[prop];
    // 131,072 against 128,000 is one limit written in binary and decimal thousands, not a dispute.
    if (v === undefined || (primary !== undefined && Math.abs(v - primary) <= primary * 0.03))
      continue;
    const names = byValue.get(v) ?? new Set<string>();
    names.add(l.providerName);
    byValue.set(v, names);
    citation ??= listingCitation(catalog, l);
  }
  if (byValue.size === 0 || citation === undefined) return undefined;
  const groups = [...byValue]
    .sort(([a, na], [b, nb]) => nb.size - na.size || b - a)
    .slice(0, 4)
    .map(([v, names]) => {
      const list = [...names];
      const shown =
        list.slice(0, 3).join(", ") + (list.length > 3 ? ` and ${list.length - 3} more` : "");
      return `${formatTokens(v)} at ${shown}`;
    });
  const more = byValue.size > 4 ? "; …" : "";
  return { label: "Other providers list", value: `${groups.join("; ")}${more}`, citation };
}
