import { FONT_FAMILY } from "./font.ts";

/** The picture's width in CSS px; the PNG is drawn at SCALE times this. */
export const WIDTH = 640;
export const SCALE = 2;
export const PADDING = 16;

/**
 * Font sizes in CSS px. The smallest is chosen so that text stays readable on a phone: shown
 * 360 px wide (the narrowest common phone viewport), a picture WIDTH px wide is scaled by
 * 360 / WIDTH, so MIN_TEXT × 360 / WIDTH = 9 px; the legibility test holds every text to 8.5 px at the
 * picture's real width (a few px over WIDTH where axis labels need it).
 */
export const MIN_TEXT = 16;
export const TEXT = { title: 22, subtitle: MIN_TEXT, label: MIN_TEXT, mark: MIN_TEXT } as const;
export const PHONE_WIDTH = 360;
export const PHONE_MIN_PX = 8.5;

/**
 * Okabe–Ito colours, chosen to stay distinct under the common colour-vision deficiencies
 * (protanopia, deuteranopia, tritanopia); the yellow is left out, too pale on white.
 */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9"];
export const INK = "#1a1a1a";
export const MUTED = "#555555";
export const BACKGROUND = "#ffffff";

export const CONFIG = {
  font: FONT_FAMILY,
  background: BACKGROUND,
  padding: PADDING,
  view: { stroke: null },
  axis: {
    labelFont: FONT_FAMILY,
    titleFont: FONT_FAMILY,
    labelFontSize: TEXT.label,
    titleFontSize: TEXT.label,
    titleFontWeight: "bold",
    labelColor: INK,
    titleColor: INK,
    gridColor: "#e5e5e5",
    domainColor: "#999999",
    tickColor: "#999999",
    labelOverlap: true,
    titlePadding: 10,
  },
  legend: {
    orient: "top",
    labelFont: FONT_FAMILY,
    labelFontSize: TEXT.label,
    labelColor: INK,
    title: null,
    symbolSize: 160,
    columnPadding: 18,
    labelLimit: 260,
  },
  title: {
    font: FONT_FAMILY,
    subtitleFont: FONT_FAMILY,
    fontSize: TEXT.title,
    subtitleFontSize: TEXT.subtitle,
    fontWeight: "bold",
    color: INK,
    subtitleColor: MUTED,
    anchor: "start",
    frame: "bounds",
    offset: 14,
    subtitlePadding: 6,
  },
  text: { font: FONT_FAMILY, fontSize: TEXT.mark },
  range: { category: PALETTE },
} as const;
