import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { MAX_QUEUED_CHARTS, renderChartIsolated } from "../../src/render/chart/isolated.ts";

describe("charts drawn for the bot's front doors", () => {
  it("come from a worker, so Vega-Lite's Set.prototype patch never reaches the bot's thread", async () => {
    const chart = createEngine(loadCatalog("data")).ask("top 10 on livebench coding").chart;
    if (!chart) throw new Error("no chart for a top-10 board");
    const { png, width, svg } = await renderChartIsolated(chart);
    expect(width).toBeGreaterThanOrEqual(1200);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(svg).toMatch(/LiveBench/);
    // The patch broke discord.js's start-up ('string "Set()" is not iterable') in one process.
    expect(Object.hasOwn(Set.prototype, "toJSON")).toBe(false);
    expect(JSON.stringify({ s: new Set([1]) })).toBe('{"s":{}}');
    const discord = await import("discord.js");
    expect(typeof discord.Client).toBe("function");
  }, 60_000);

  it(`refuses at once past ${MAX_QUEUED_CHARTS} charts waiting, and still draws the rest`, async () => {
    const chart = createEngine(loadCatalog("data")).ask("gpt-4o price").chart;
    if (!chart) throw new Error("no chart for a price question");
    const extra = 3;
    const outcomes = await Promise.allSettled(
      Array.from({ length: MAX_QUEUED_CHARTS + extra }, () => renderChartIsolated(chart)),
    );
    const refused = outcomes.filter((o) => o.status === "rejected");
    expect(refused).toHaveLength(extra);
    for (const r of refused) expect(String(r.reason)).toMatch(/already queued/);
    // Drawn once the queue has room again.
    const again = await renderChartIsolated(chart);
    expect(again.png.subarray(1, 4).toString("latin1")).toBe("PNG");
  }, 120_000);
});
