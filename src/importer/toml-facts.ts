import { IsoDate, type Provenance } from "../core/schema/fact.ts";
import type { FactKey, ProviderListing } from "../core/schema/record.ts";
import type { FactValue } from "./draft.ts";
import { asBoolean, asNumber, asObject, asString, asStringList } from "./files.ts";
import type { ProviderOffer, Toml } from "./models-dev.ts";

const date = (v: unknown) => {
  const s = asString(v);
  return s !== undefined && IsoDate.safeParse(s).success ? s : undefined;
};
const count = (v: unknown) => {
  const n = asNumber(v);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The facts a models.dev file states, keyed by this catalog's field keys. */
export function factsFromToml(data: Toml): Partial<Record<FactKey, FactValue>> {
  const limit = asObject(data.limit);
  const modalities = asObject(data.modalities);
  const input = asStringList(modalities.input);
  const weights = Array.isArray(data.weights) ? asObject(data.weights[0]) : {};
  const weightsUrl = asString(weights.url);
  const out: Partial<Record<FactKey, FactValue | undefined>> = {
    family: asString(data.family),
    release_date: date(data.release_date),
    knowledge_cutoff: date(data.knowledge),
    context_length: count(limit.context),
    max_input: count(limit.input),
    max_output: count(limit.output),
    input_modalities: input,
    output_modalities: asStringList(modalities.output),
    open_weights: asBoolean(data.open_weights),
    reasoning: asBoolean(data.reasoning),
    function_calling: asBoolean(data.tool_call),
    structured_output: asBoolean(data.structured_output),
    vision: input ? input.includes("image") : undefined,
    license: asString(data.license),
    weights_url: weightsUrl && /^https?:\/\//.test(weightsUrl) ? weightsUrl : undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

/**
 * A coding or token plan ("Alibaba Coding Plan", "MiniMax Token Plan", "Kimi For Coding") is a
 * flat subscription: its files write $0 for want of a per-token price, which is not "free".
 */
export function isSubscriptionPlan(offer: Pick<ProviderOffer, "provider" | "providerName">) {
  return (
    /\b(?:coding|token) plan\b|\bfor coding\b/i.test(offer.providerName) ||
    /-(?:coding|token)-plan(?:-|$)/.test(offer.provider)
  );
}

/** A provider listing from a provider's model file: prices (USD per 1M tokens), limits and flags. */
export function listingFromOffer(offer: ProviderOffer, from: Provenance): ProviderListing {
  const data = offer.data;
  const cost = asObject(data.cost);
  const limit = asObject(data.limit);
  const input = asNumber(cost.input);
  const output = asNumber(cost.output);
  const cacheRead = asNumber(cost.cache_read) ?? asNumber(cost.cached_input);
  const cacheWrite = asNumber(cost.cache_write) ?? asNumber(cost.cached_write);
  const own = offer.from ?? from;
  const listing: ProviderListing = {
    source: own.source,
    asOf: own.asOf,
    provider: offer.provider,
    providerName: offer.providerName,
    providerModelId: offer.providerModelId,
  };
  const placeholder = input === 0 && output === 0 && isSubscriptionPlan(offer);
  if (input !== undefined && output !== undefined && input >= 0 && output >= 0 && !placeholder) {
    listing.price = { input, output };
    if (cacheRead !== undefined && cacheRead >= 0) listing.price.cacheRead = cacheRead;
    if (cacheWrite !== undefined && cacheWrite >= 0) listing.price.cacheWrite = cacheWrite;
  }
  const context = count(limit.context);
  const maxOutput = count(limit.output);
  if (context !== undefined) listing.context = context;
  if (maxOutput !== undefined) listing.maxOutput = maxOutput;
  const flags: [keyof ProviderListing, boolean | undefined][] = [
    ["functionCalling", asBoolean(data.tool_call)],
    ["structuredOutput", asBoolean(data.structured_output)],
    ["reasoning", asBoolean(data.reasoning)],
    ["vision", asStringList(asObject(data.modalities).input)?.includes("image")],
  ];
  for (const [key, value] of flags)
    if (value !== undefined) Object.assign(listing, { [key]: value });
  // Provenance last, so every listing reads the same way in the data files.
  const { source, asOf, ...rest } = listing;
  return { ...rest, source, asOf };
}

/** A display name without a reseller's "Org: " prefix ("Meta: Llama 3.3 70B" → "Llama 3.3 70B"). */
export function cleanDisplayName(name: string | undefined): string | undefined {
  const clean = name?.replace(/^[A-Za-z0-9 .-]{1,30}:\s+/, "").trim();
  return clean && clean.length > 0 ? clean : undefined;
}
