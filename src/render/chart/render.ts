import { renderAsync } from "@resvg/resvg-js";
import * as vega from "vega";
import type { Chart } from "../../core/chart/types.ts";
import { FONT_FAMILY, FONT_FILES, measureText } from "./font.ts";
import { SCALE, toVegaLite } from "./specs.ts";
import { WIDTH } from "./style.ts";
import { compile } from "./vega-lite.ts";

/**
 * Vega lays text out with a rough estimate (0.8 em a character) when no canvas is installed;
 * measuring with the real font's advances instead keeps axis space tight and ellipses exact.
 * Vega documents a user-defined textMetrics.width as supported (vl-convert does the same).
 */
// The typings leave textMetrics out; the module exports it (vega-scenegraph's textMetrics).
const { textMetrics } = vega as unknown as {
  textMetrics: {
    width: (item: { fontSize?: number; fontWeight?: string | number }, text: unknown) => number;
  };
};
textMetrics.width = (item, text) =>
  measureText(
    text == null ? "" : String(text),
    item.fontSize ?? 11,
    item.fontWeight === "bold" || Number(item.fontWeight) >= 600,
  );

/** The rendered picture: SVG text, PNG bytes and the PNG's size in px. */
export interface RenderedChart {
  svg: string;
  png: Buffer;
  width: number;
  height: number;
}

/** The chart as SVG (CSS px; every text in it as real <text> elements). */
export async function renderChartSvg(chart: Chart): Promise<string> {
  const spec = compile(toVegaLite(chart)).spec;
  const view = new vega.View(vega.parse(spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as PNG, SCALE times its CSS width (so at least 1,280 px wide), on white. */
export async function renderChart(chart: Chart): Promise<RenderedChart> {
  const svg = await renderChartSvg(chart);
  // renderAsync parses, lays out and rasterises on libuv's thread pool, so the ~45 ms it takes
  // does not hold up other questions being answered on the event loop.
  const image = await renderAsync(svg, {
    fitTo: { mode: "zoom", value: SCALE },
    background: "#ffffff",
    font: {
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
    },
  });
  return { svg, png: image.asPng(), width: image.width, height: image.height };
}

export { WIDTH };
