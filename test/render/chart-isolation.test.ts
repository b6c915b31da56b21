import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { renderChartIsolated } from "../../src/render/chart/isolated.ts";

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
});
