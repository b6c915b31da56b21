import { describe, expect, it } from "vitest";
import { ExpiringSet } from "../../src/app/state/expiring-set.ts";
import { createMemoryClaims } from "../../src/app/state/memory.ts";

describe("ExpiringSet (the in-process claims)", () => {
  it("forgets a key once its time is up", () => {
    let now = 1_700_000_000_000;
    const set = new ExpiringSet(10, () => now);
    set.add("a", 1_000);
    expect(set.has("a")).toBe(true);
    now += 999;
    expect(set.has("a")).toBe(true);
    now += 1;
    expect(set.has("a")).toBe(false);
    expect(set.size).toBe(0);
  });

  it("keeps at most its capacity, dropping the oldest first", () => {
    const set = new ExpiringSet(3, () => 0);
    for (const k of ["a", "b", "c", "d"]) set.add(k, 60_000);
    expect(["a", "b", "c", "d"].map((k) => set.has(k))).toEqual([false, true, true, true]);
    // Added again, a key counts as the newest.
    set.add("b", 60_000);
    set.add("e", 60_000);
    expect(["b", "c", "d", "e"].map((k) => set.has(k))).toEqual([true, false, true, true]);
  });

  it("sweeps every expired key, and cleans a few on each add", () => {
    let now = 0;
    const set = new ExpiringSet(1_000, () => now);
    for (let i = 0; i < 10; i++) set.add(`k${i}`, 100);
    now = 100;
    set.add("fresh", 100);
    expect(set.size).toBe(7);
    set.sweep();
    expect(set.size).toBe(1);
  });

  it("claims a key once, many claims at once included", async () => {
    const claims = createMemoryClaims(100, () => 0);
    const results = await Promise.all(Array.from({ length: 5 }, () => claims.claim("ev", 1_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
