import { compareStrings, type Draft, type NameClaim } from "./draft.ts";
import { keyOf, splitDate } from "./ids.ts";

/**
 * Settles names two records claim (the catalog's cross-check allows each alias or snapshot to name
 * one model, case-insensitively). A record's own id always wins. Otherwise the firmer claim wins,
 * then a canonical record, then an undated id (a display name like "GPT-4o" belongs to "gpt-4o",
 * not to "gpt-4o-2024-08-06"), then the record with more listings, then the first id.
 */
export function settleNames(drafts: Draft[]): {
  keep: (draft: Draft, claim: NameClaim) => boolean;
  dropped: number;
  /** Each dropped claim: the name, the record that lost it and the one that kept it. */
  losses: { name: string; from: string; to: string }[];
} {
  const ids = new Map(drafts.map((d) => [d.id.toLowerCase(), d]));
  const owner = new Map<string, Draft>();
  const better = (a: Draft, b: Draft, key: string): boolean => {
    const sa = a.names.get(key)?.strength ?? 0;
    const sb = b.names.get(key)?.strength ?? 0;
    if (sa !== sb) return sa > sb;
    if (a.canonical !== b.canonical) return a.canonical;
    const da = splitDate(keyOf(a.id)) === undefined;
    const db = splitDate(keyOf(b.id)) === undefined;
    if (da !== db) return da;
    if (a.listings.length !== b.listings.length) return a.listings.length > b.listings.length;
    return compareStrings(a.id, b.id) < 0;
  };
  for (const d of drafts) {
    for (const key of d.names.keys()) {
      const byId = ids.get(key);
      if (byId !== undefined) {
        owner.set(key, byId);
        continue;
      }
      const had = owner.get(key);
      if (had === undefined || better(d, had, key)) owner.set(key, d);
    }
  }
  const keep = (draft: Draft, claim: NameClaim) => owner.get(claim.text.toLowerCase()) === draft;
  const losses: { name: string; from: string; to: string }[] = [];
  for (const d of drafts) {
    for (const [key, claim] of d.names) {
      const to = owner.get(key);
      if (to !== d) losses.push({ name: claim.text, from: d.id, to: to?.id ?? "" });
    }
  }
  return { keep, dropped: losses.length, losses };
}
