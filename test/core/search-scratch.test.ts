import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SearchScratch } from "../../src/core/engine/name-index.ts";

/**
 * What search did before its scratch memory: a Map of each record's best match (a later name of
 * the same record replaces it only with a higher score, `always` replaces it), then a stable sort
 * of every entry by score and a cut at `limit`.
 */
function reference(offers: [number, number, boolean][], limit: number): number[] {
  const best = new Map<number, number>();
  for (const [record, score, always] of offers) {
    const prev = best.get(record);
    if (!always && prev !== undefined && prev >= score) continue;
    best.set(record, score);
  }
  return [...best.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([record]) => record);
}

describe("SearchScratch", () => {
  it("keeps each record's best score and cuts a stable order, as a Map and a sort did", () => {
    const offer = fc.tuple(fc.nat(30), fc.integer({ min: -5, max: 5 }), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(fc.array(offer, { maxLength: 60 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: -2, max: 12 }),
        (searches, limit) => {
          const scratch = new SearchScratch(1, 31);
          // Several searches in a row: what one search saw never leaks into the next.
          for (const offers of searches) {
            const stamp = scratch.begin();
            for (const [record, score, always] of offers)
              scratch.offer(record, stamp, score, 0, 0, false, always);
            expect(scratch.top(limit)).toEqual(reference(offers, limit));
          }
        },
      ),
    );
  });
});
