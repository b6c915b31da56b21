import { describe, expect, it } from "vitest";
import { createRng } from "../../bench/prng.ts";
import { median, summarize } from "../../bench/stats.ts";
import { checkTargets } from "../../bench/targets.ts";

describe("summarize (nearest-rank percentiles)", () => {
  it.each([
    [[5], { p50: 5, p99: 5, max: 5 }],
    [[3, 1, 2], { p50: 2, p99: 3, max: 3 }],
    [Array.from({ length: 100 }, (_, i) => i + 1), { p50: 50, p99: 99, max: 100 }],
    [Array.from({ length: 1000 }, (_, i) => 1000 - i), { p50: 500, p99: 990, max: 1000 }],
  ])("%#", (samples, expected) => {
    expect(summarize(samples)).toMatchObject({ n: samples.length, ...expected });
  });

  it("is NaN for no samples, and median agrees with p50", () => {
    expect(summarize([]).p99).toBeNaN();
    expect(median([4, 1, 3, 2])).toBe(2);
  });
});

describe("createRng", () => {
  it("repeats for a seed and stays in range", () => {
    const a = createRng(1);
    const b = createRng(1);
    const xs = Array.from({ length: 50 }, () => a.int(10));
    expect(Array.from({ length: 50 }, () => b.int(10))).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 10)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(5);
  });
});

describe("report", () => {
  it("marks targets not measured as n/a, and a missed limit with by how much", () => {
    const machine = {
      cpu: "x",
      cores: 2,
      memoryGB: 1,
      node: "v20",
      platform: "linux",
      date: "d",
      loadAverage: 0,
    };
    const load = (label: string, readyMs: number, heapMB: number) => ({
      label,
      runs: 1,
      records: 1,
      loadMs: readyMs,
      indexMs: 0,
      firstAskMs: 0,
      readyMs,
      catalogHeapMB: heapMB,
      heapMB,
      rssMB: heapMB,
    });
    const rows = checkTargets({
      machine,
      command: "npm run bench",
      quick: true,
      catalogs: [],
      cold: { loads: [load("real", 150, 20), load("real+100k", 4500, 80)] },
      targets: [],
    });
    const byTarget = new Map(rows.map((r) => [r.target, r]));
    expect(byTarget.get("catalog load+index < 300 ms (real)")?.met).toBe(true);
    const big = byTarget.get("catalog load+index < 3 s (+100k)");
    expect(big?.met).toBe(false);
    expect(big?.note).toContain("over by 1500 ms");
    expect(byTarget.get("heap < 100 MB at +100k models")?.met).toBe(true);
    expect(byTarget.get("p99 per question < 0.2 ms on the real catalog")?.met).toBeNull();
  });
});
