import { citeSource } from "../../answer/cite.ts";
import { formatCount, formatPrice, formatUsd } from "../../answer/format.ts";
import type { Citation, FactRow } from "../../answer/types.ts";
import type { Catalog } from "../../catalog/catalog.ts";
import type { Provenance } from "../../schema/fact.ts";
import type { ModelRecord, ProviderListing } from "../../schema/record.ts";
import type { FieldValue } from "./field-values.ts";

/**
 * Prices and provider listings of a model: which price an answer leads with, and how the
 * providers that sell it are counted and listed.
 */

type PricedListing = ProviderListing & { price: NonNullable<ProviderListing["price"]> };

/**
 * Sorted once per record: one answer asks for them up to four times (lead price, price rows,
 * the price ladder, the data), and a list question for every record it walks. Weak, so the
 * cache lives as long as the catalog's records and no longer.
 */
const pricedCache = new WeakMap<ModelRecord, readonly PricedListing[]>();

/** Listings with a price, cheapest input first (then output, then provider name). */
export function pricedListings(record: ModelRecord): readonly PricedListing[] {
  let priced = pricedCache.get(record);
  if (priced === undefined) {
    priced = record.listings
      .filter((l): l is PricedListing => l.price !== undefined)
      .sort(
        (a, b) =>
          a.price.input - b.price.input ||
          a.price.output - b.price.output ||
          a.providerName.localeCompare(b.providerName),
      );
    pricedCache.set(record, priced);
  }
  return priced;
}

/** One row per provider and value: a provider listed twice (two regions, two sources) shows once. */
function dedupeRows(rows: FactRow[]): FactRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.label}\u0000${r.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const isFree = (l: { price: { input: number; output: number } }) =>
  l.price.input === 0 && l.price.output === 0;

/**
 * The price an answer leads with: the maker's own paid price, else the cheapest paid listing, else
 * a $0 listing. A $0 listing (the maker's own included) is usually a rate-limited free tier or a
 * promotion, so it is named as such rather than passed off as the price.
 */
export function leadPrice(record: ModelRecord, priced = pricedListings(record)) {
  return (
    priced.find((l) => l.provider === record.org && !isFree(l)) ??
    priced.find((l) => !isFree(l)) ??
    priced[0]
  );
}

/** The providers that list a model at $0, each once, cheapest-listing order. */
export function freeProviders(record: ModelRecord, priced = pricedListings(record)): string[] {
  return [...new Set(priced.filter(isFree).map((l) => l.providerName))];
}

export function listingCitation(catalog: Catalog, l: ProviderListing): Citation {
  return citeSource(catalog, l as Provenance);
}

export function describePricing(catalog: Catalog, record: ModelRecord): FieldValue {
  const priced = pricedListings(record);
  const head = leadPrice(record, priced);
  if (head === undefined) {
    return {
      known: false,
      text: "not known",
      rows: [{ label: "Pricing", value: "No provider in the catalog lists a price" }],
      citations: [],
    };
  }
  const rows = dedupeRows(
    priced.map((l) => ({
      label: l.providerName,
      value:
        formatPrice(l.price.input, l.price.output) +
        (l.price.cacheRead === undefined ? "" : ` (cached input ${formatUsd(l.price.cacheRead)})`),
      citation: listingCitation(catalog, l),
    })),
  );
  const paid = priced.filter((l) => !isFree(l));
  const cheapest = paid[0];
  let text = `${formatPrice(head.price.input, head.price.output)} at ${head.providerName}`;
  if (cheapest && cheapest !== head && cheapest.price.input < head.price.input) {
    text += `; cheapest: ${formatPrice(cheapest.price.input, cheapest.price.output)} at ${cheapest.providerName}`;
  }
  const free = freeProviders(record, priced);
  if (free.length > 0 && !isFree(head)) {
    text += `; listed free at ${free.slice(0, 3).join(", ")}${free.length > 3 ? ` and ${free.length - 3} more` : ""}`;
  }
  return { known: true, text, rows, citations: priced.map((l) => listingCitation(catalog, l)) };
}

export function describeProviders(catalog: Catalog, record: ModelRecord): FieldValue {
  const listings = [...record.listings].sort(
    (a, b) =>
      (a.price?.input ?? Number.POSITIVE_INFINITY) - (b.price?.input ?? Number.POSITIVE_INFINITY) ||
      a.providerName.localeCompare(b.providerName),
  );
  if (listings.length === 0) {
    return {
      known: false,
      text: "not known",
      rows: [{ label: "Providers", value: "No provider listing in the catalog" }],
      citations: [],
    };
  }
  const rows = dedupeRows(
    listings.map((l) => ({
      label: l.providerName,
      value: [
        `id ${l.providerModelId}`,
        l.price ? formatPrice(l.price.input, l.price.output) : "price not listed",
        l.context ? `${formatCount(l.context)} context` : undefined,
      ]
        .filter(Boolean)
        .join(" · "),
      citation: listingCitation(catalog, l),
    })),
  );
  // A provider can sell several offers of one model (regions, thinking budgets): count it once.
  const names = [...new Set(listings.map((l) => l.providerName))];
  const offers = listings.length > names.length ? ` (${listings.length} offers)` : "";
  let text = `${names.length} provider${names.length === 1 ? "" : "s"}${offers}: ${names.slice(0, 8).join(", ")}${names.length > 8 ? ", …" : ""}`;
  // "Cheapest provider for X" and "where can I run X" both want the cheapest paid offer first.
  const cheapest = pricedListings(record).find((l) => !isFree(l));
  if (cheapest && names.length > 1) {
    text = `cheapest paid offer ${formatPrice(cheapest.price.input, cheapest.price.output)} at ${cheapest.providerName}; ${text}`;
  }
  return { known: true, text, rows, citations: listings.map((l) => listingCitation(catalog, l)) };
}
