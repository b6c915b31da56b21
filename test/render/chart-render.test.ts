import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/core/answer/types.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import type { Engine } from "../../src/core/engine/engine.ts";
import { renderChart } from "../../src/render/chart/render.ts";
import { PHONE_MIN_PX, PHONE_WIDTH } from "../../src/render/chart/style.ts";
import { readPng } from "../support/png.ts";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCatalog("data"));
});

function chartOf(question: string): NonNullable<Answer["chart"]> {
  const answer = engine.ask(question);
  if (answer.chart === undefined) throw new Error(`no chart for "${question}"`);
  return answer.chart;
}

/** Text content of every <text> element, entities decoded. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    (m[1] ?? "")
      .replace(/<[^>]+>/g, " ")
      .replace(/&amp;/g, "&")
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">"),
  );
}

const QUESTIONS = [
  ["top 10 on livebench coding", "bar"],
  ["compare gpt-5 and claude opus 4.5 on livebench", "grouped-bar"],
  ["price vs livebench score for open weights models", "scatter"],
  ["gpt-4o livebench history", "line"],
  ["gpt-4o price", "price-ladder"],
  ["compare gpt-5, claude opus 4.5, gemini 3 pro and grok 4 on livebench coding", "grouped-bar"],
  ["how has claude sonnet improved on livebench", "line"],
] as const;

describe("chart rendering", () => {
  for (const [question, kind] of QUESTIONS) {
    it(`draws "${question}" as a ${kind} with title, units, source and date in the picture`, async () => {
      const chart = chartOf(question);
      expect(chart.kind).toBe(kind);
      const { svg, png, width, height } = await renderChart(chart);
      const all = texts(svg).join("\n");
      // The title may wrap onto two lines: every word of it is there.
      for (const word of chart.title.split(/\s+/)) expect(all).toContain(word.replace(/…$/, ""));
      expect(all).toContain(`Source: ${chart.source.slice(0, 20)}`);
      expect(all).toMatch(/as of (\d{1,2} )?[A-Z][a-z]{2} \d{4}/);
      const unit = chart.kind === "scatter" ? chart.yAxis : chart.valueAxis;
      expect(all).toContain(unit);
      const info = readPng(png);
      expect(info).toMatchObject({ width, height, complete: true });
      expect(info.width).toBeGreaterThanOrEqual(1200);
    });
  }

  it("writes a board's data into the picture: names, scores and variants", async () => {
    const chart = chartOf("top 10 on livebench coding");
    if (chart.kind !== "bar") throw new Error("expected bars");
    const all = texts((await renderChart(chart)).svg).join("\n");
    for (const bar of chart.bars) {
      expect(all).toContain(bar.display);
      expect(all).toContain(bar.label.slice(0, 8));
    }
  });

  it("keeps every text readable on a 360 px phone screen", async () => {
    // The rule: shown 360 px wide (the narrowest common phone), the smallest text in the
    // picture is at least PHONE_MIN_PX px tall.
    for (const [question] of QUESTIONS) {
      const { svg } = await renderChart(chartOf(question));
      const cssWidth = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
      const sizes = [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)px/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(5);
      const smallest = Math.min(...sizes);
      expect(smallest * (PHONE_WIDTH / cssWidth)).toBeGreaterThanOrEqual(PHONE_MIN_PX);
    }
  });

  it("leaves no global patch behind (Vega-Lite's Set.prototype.toJSON broke discord.js)", async () => {
    await renderChart(chartOf("top 5 on livebench"));
    expect("toJSON" in Set.prototype).toBe(false);
    expect(JSON.stringify(new Set([1]))).toBe("{}");
  });

  it("shortens long labels with an ellipsis instead of letting them run over", async () => {
    const chart = chartOf("top 10 on livebench coding");
    if (chart.kind !== "bar") throw new Error("expected bars");
    const long = {
      ...chart,
      bars: chart.bars.map((b) => ({ ...b, label: `${b.label} ${"x".repeat(80)}` })),
    };
    const all = texts((await renderChart(long)).svg);
    expect(all.some((t) => t.endsWith("…"))).toBe(true);
    expect(all.some((t) => t.includes("x".repeat(40)))).toBe(false);
  });
});
