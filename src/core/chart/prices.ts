import type { Catalog } from "../catalog/catalog.ts";
import { pricedListings } from "../engine/answers/offers.ts";
import type { ModelRecord } from "../schema/record.ts";
import { newest, sourceNames } from "./frame.ts";
import type { PriceLadderChart } from "./types.ts";

/** More rungs than this stop being readable in a chat picture; the cheapest are kept. */
const MAX_RUNGS = 15;

/**
 * A model's providers as a ladder, cheapest first: each provider's cheapest paid offer (a
 * provider selling several offers counts once; $0 listings are free tiers, not prices).
 */
export function priceLadder(catalog: Catalog, r: ModelRecord): PriceLadderChart | undefined {
  const seen = new Set<string>();
  const rungs = pricedListings(r).filter((l) => {
    if (l.price.input === 0 && l.price.output === 0) return false;
    if (seen.has(l.providerName)) return false;
    seen.add(l.providerName);
    return true;
  });
  if (rungs.length < 2) return undefined;
  const shown = rungs.slice(0, MAX_RUNGS);
  const left = rungs.length - shown.length;
  return {
    kind: "price-ladder",
    title: `${r.name}: price by provider`,
    subtitle: `Cheapest paid offer of each provider${left > 0 ? ` (the ${shown.length} cheapest of ${rungs.length})` : ""}`,
    source: sourceNames(
      catalog,
      shown.map((l) => l.source),
    ),
    asOf: newest(shown.map((l) => l.asOf)),
    valueAxis: "USD per 1M tokens",
    rows: shown.map((l) => ({
      label: l.providerName,
      input: l.price.input,
      output: l.price.output,
    })),
  };
}
