import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import opentype from "opentype.js";

/**
 * The one typeface every chart uses, shipped in an npm package (@expo-google-fonts/inter ships
 * TTF files, which resvg needs; the fontsource packages ship only WOFF/WOFF2), so text renders the
 * same on a slim container with no system fonts.
 */
export const FONT_FAMILY = "Inter";

const require = createRequire(import.meta.url);
const root = dirname(require.resolve("@expo-google-fonts/inter/package.json"));

export const FONT_FILES = {
  regular: join(root, "400Regular", "Inter_400Regular.ttf"),
  bold: join(root, "700Bold", "Inter_700Bold.ttf"),
} as const;

interface Metrics {
  unitsPerEm: number;
  advance: (ch: string) => number;
}

function loadMetrics(path: string): Metrics {
  const bytes = readFileSync(path);
  const font = opentype.parse(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  const cache = new Map<string, number>();
  return {
    unitsPerEm: font.unitsPerEm,
    advance: (ch) => {
      let w = cache.get(ch);
      if (w === undefined) {
        w = font.charToGlyph(ch).advanceWidth ?? font.unitsPerEm / 2;
        cache.set(ch, w);
      }
      return w;
    },
  };
}

let metrics: { regular: Metrics; bold: Metrics } | undefined;

/**
 * The width in px of `text` set in Inter at `size` px: the sum of the glyphs' advances (kerning
 * left out, which only ever overestimates a little, so a label measured to fit does fit).
 */
export function measureText(text: string, size: number, bold = false): number {
  metrics ??= { regular: loadMetrics(FONT_FILES.regular), bold: loadMetrics(FONT_FILES.bold) };
  const m = bold ? metrics.bold : metrics.regular;
  let units = 0;
  for (const ch of text) units += m.advance(ch);
  return (units * size) / m.unitsPerEm;
}

/** `text` cut with an ellipsis to at most `max` px wide (at `size` px), whole if it fits. */
export function shorten(text: string, max: number, size: number, bold = false): string {
  if (measureText(text, size, bold) <= max) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measureText(`${chars.slice(0, mid).join("").trimEnd()}…`, size, bold) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join("").trimEnd()}…`;
}

/** Words of `text` in lines of at most `max` px; past `lines` lines the last is shortened. */
export function wrap(text: string, max: number, size: number, bold = false, lines = 2): string[] {
  const out: string[] = [];
  let line = "";
  const words = text.split(/\s+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (line && measureText(next, size, bold) > max) {
      if (out.length === lines - 1) {
        out.push(shorten(`${line} ${words.slice(i).join(" ")}`, max, size, bold));
        return out;
      }
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(shorten(line, max, size, bold));
  return out;
}
