import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { paretoFront } from "../../src/core/chart/pareto.ts";
import type { Chart } from "../../src/core/chart/types.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import type { Engine } from "../../src/core/engine/engine.ts";
import { placeLabels } from "../../src/render/chart/place-labels.ts";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCatalog("data"));
});

/** What every chart must state in the picture: a title, axis units, a source and a date. */
function expectFramed(chart: Chart | undefined): asserts chart is Chart {
  expect(chart).toBeDefined();
  if (chart === undefined) return;
  expect(chart.title.length).toBeGreaterThan(5);
  expect(chart.source.length).toBeGreaterThan(2);
  expect(chart.asOf).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  const units = chart.kind === "scatter" ? [chart.xAxis, chart.yAxis] : [chart.valueAxis];
  for (const u of units) expect(u).toMatch(/%|USD|Elo|Score|score/);
}

describe("charts in answers", () => {
  it("a top-N board is a bar per model with its score and variant", () => {
    const a = engine.ask("top 10 on livebench coding");
    expectFramed(a.chart);
    if (a.chart?.kind !== "bar") throw new Error("expected bars");
    expect(a.chart.bars).toHaveLength(10);
    expect(a.chart.bars[0]?.label).toMatch(/^1\. /);
    expect(a.chart.valueAxis).toBe("Score (%)");
    expect(a.chart.source).toBe("LiveBench");
    expect(a.chart.bars.some((b) => b.detail !== undefined)).toBe(true);
  });

  it("a compare on a suite has one group per category and one series per model", () => {
    const a = engine.ask("compare gpt-5 and claude opus 4.5 on livebench");
    expect(a.intent).toBe("compare");
    expectFramed(a.chart);
    if (a.chart?.kind !== "grouped-bar") throw new Error("expected grouped bars");
    expect(a.chart.series).toHaveLength(2);
    expect(a.chart.groups).toContain("Coding");
    expect(a.chart.groups[0]).toBe("Global average");
    // The text table carries the same categories, so nothing is only in the picture.
    const table = a.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.length).toBe(a.chart.groups.length);
  });

  it("price vs score: a scatter with the Pareto front marked, cheapest first in the text", () => {
    for (const q of [
      "price vs livebench score for open weights models",
      "price vs livebench for open weights models",
      "best value on livebench coding",
    ]) {
      const a = engine.ask(q);
      expect(a.intent, q).toBe("top");
      expectFramed(a.chart);
      if (a.chart?.kind !== "scatter") throw new Error(`expected a scatter for ${q}`);
      expect(a.chart.xLog).toBe(true);
      expect(a.chart.points.some((p) => p.front)).toBe(true);
      expect(a.chart.points.some((p) => !p.front)).toBe(true);
    }
    expect(engine.ask("best value on livebench coding").benchmark).toBe("livebench-coding");
    const open = engine.ask("price vs livebench score for open weights models");
    expect(open.title).toContain("open weights");
  });

  it("a model's history is a line per model (or per snapshot) across releases", () => {
    const a = engine.ask("gpt-4o livebench history");
    expect(a.intent).toBe("benchmark");
    expect(a.benchmark).toBe("livebench");
    expectFramed(a.chart);
    if (a.chart?.kind !== "line") throw new Error("expected a line");
    // LiveBench ran GPT-4o only as dated snapshots: one line each.
    expect(a.chart.series.length).toBeGreaterThanOrEqual(2);
    expect(a.chart.series.every((s) => s.startsWith("GPT-4o"))).toBe(true);
    const family = engine.ask("how has claude sonnet improved on livebench");
    expectFramed(family.chart);
    if (family.chart?.kind !== "line") throw new Error("expected a line");
    expect(family.chart.series.every((s) => s.includes("Sonnet"))).toBe(true);
    expect(family.chart.series.length).toBeGreaterThanOrEqual(2);
  });

  it("a price answer with several providers carries the price ladder, cheapest first", () => {
    const a = engine.ask("gpt-4o price");
    expectFramed(a.chart);
    if (a.chart?.kind !== "price-ladder") throw new Error("expected a ladder");
    const inputs = a.chart.rows.map((r) => r.input);
    expect(inputs).toEqual([...inputs].sort((x, y) => x - y));
    expect(a.chart.rows.every((r) => r.input > 0 || r.output > 0)).toBe(true);
  });

  it("answers with no natural picture carry none", () => {
    for (const q of ["gpt-5.1-codex-mini context", "help", "claude", "transparency of gpt-4o"]) {
      expect(engine.ask(q).chart, q).toBeUndefined();
    }
  });
});

describe("Pareto front", () => {
  it("holds exactly the points no other point beats on both price and score", () => {
    const point = fc.record({
      price: fc.integer({ min: 1, max: 50 }),
      score: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 30 }), (points) => {
        const front = paretoFront(points);
        const dominated = (p: { price: number; score: number }) =>
          points.some(
            (q) =>
              q.price <= p.price && q.score >= p.score && (q.price < p.price || q.score > p.score),
          );
        for (const p of front) expect(dominated(p)).toBe(false);
        for (const p of points) {
          if (!dominated(p))
            expect(front.some((f) => f.price === p.price && f.score === p.score)).toBe(true);
        }
      }),
    );
  });
});

describe("scatter label placement", () => {
  it("places no label over another label or a point, and none outside the plot", () => {
    const labels = fc.record({
      x: fc.integer({ min: 0, max: 500 }),
      y: fc.integer({ min: 0, max: 400 }),
      width: fc.integer({ min: 20, max: 160 }),
    });
    fc.assert(
      fc.property(fc.array(labels, { maxLength: 40 }), (raw) => {
        const requests = raw.map((r) => ({ ...r, height: 19 }));
        const placed = placeLabels(requests, { width: 500, height: 400 }, 7);
        const boxes = placed.flatMap((p, i) => {
          const r = requests[i];
          return p && r ? [[p.cx - r.width / 2, p.cy - 9.5, p.cx + r.width / 2, p.cy + 9.5]] : [];
        });
        const hit = (a: number[], b: number[]) =>
          (a[0] ?? 0) < (b[2] ?? 0) &&
          (b[0] ?? 0) < (a[2] ?? 0) &&
          (a[1] ?? 0) < (b[3] ?? 0) &&
          (b[1] ?? 0) < (a[3] ?? 0);
        boxes.forEach((a, i) => {
          expect(a[0]).toBeGreaterThanOrEqual(0);
          expect(a[2]).toBeLessThanOrEqual(500);
          for (const b of boxes.slice(i + 1)) expect(hit(a, b)).toBe(false);
          for (const r of requests)
            expect(hit(a, [r.x - 7, r.y - 7, r.x + 7, r.y + 7])).toBe(false);
        });
      }),
    );
  });
});
