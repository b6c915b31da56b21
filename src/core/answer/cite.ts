import type { Catalog } from "../catalog/catalog.ts";
import type { Provenance } from "../schema/fact.ts";
import type { Citation } from "./types.ts";

/** Turns a fact's provenance into a citation with the source's display name. */
export function citeSource(catalog: Catalog, p: Provenance): Citation {
  const info = catalog.sources.get(p.source);
  const url = p.url ?? info?.url;
  return {
    source: p.source,
    sourceName: info?.name ?? p.source,
    asOf: p.asOf,
    ...(url === undefined ? {} : { url }),
  };
}

/** Citations once each (same source and date), in first-seen order. */
export function uniqueCitations(citations: Iterable<Citation>): Citation[] {
  const seen = new Map<string, Citation>();
  for (const c of citations) {
    const key = `${c.source}|${c.asOf}`;
    if (!seen.has(key)) seen.set(key, c);
  }
  return [...seen.values()];
}
