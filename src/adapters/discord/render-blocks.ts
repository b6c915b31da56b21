import type { AnswerBlock, FactRow } from "../../core/answer/types.ts";
import { LIMITS } from "./limits.ts";
import { escapeCode, escapeText, fitLines, truncate } from "./text.ts";

/** An embed field as Discord takes it. */
export interface EmbedField {
  name: string;
  value: string;
  inline: boolean;
}

// Inline fields sit three to a row on desktop; longer values read better full width.
const INLINE_MAX = 40;
// Table cells wider than this would wrap in a phone-width code block and break the columns.
const CELL_MAX = 28;
// A code block wider than this wraps inside a desktop embed and the columns no longer line up;
// wider tables are written as lines instead.
const CODE_WIDTH = 60;

export const noteLines = (n: number): string =>
  n > 0 ? `*… ${n} more line${n === 1 ? "" : "s"} not shown (Discord's size limit).*` : "*… (cut)*";

/** A facts block as embed fields: label → name, value → value, both escaped and cut to size. */
export function renderFactFields(rows: FactRow[]): EmbedField[] {
  return rows.map((r) => {
    const value = escapeText(r.value) || "—";
    return {
      name: truncate(escapeText(r.label) || "—", LIMITS.fieldName),
      value: truncate(value, LIMITS.fieldValue),
      inline: r.value.length <= INLINE_MAX,
    };
  });
}

/** A facts block as description lines, for when there are too many rows for fields. */
export function renderFactLines(rows: FactRow[]): string[] {
  return rows.map((r) => `**${escapeText(r.label)}:** ${escapeText(r.value)}`);
}

function padRow(cells: string[], widths: number[]): string {
  return cells
    .map((c, i) => truncate(c, CELL_MAX).padEnd(widths[i] ?? 0))
    .join("  ")
    .trimEnd();
}

/**
 * A table in at most `max` characters: a monospace code block when it is narrow enough to line
 * up, else one line per row. Rows that do not fit are dropped whole and counted below, so a
 * closing fence is never cut off.
 */
export function renderTable(columns: string[], rows: string[][], max: number): string {
  const clean = (cells: string[]) => cells.map((c) => escapeCode(c).replace(/\s+/g, " "));
  const head = clean(columns);
  const body = rows.map(clean);
  const widths = head.map((h, i) =>
    Math.min(CELL_MAX, Math.max(h.length, ...body.map((r) => (r[i] ?? "").length))),
  );
  if (widths.reduce((n, w) => n + w + 2, -2) > CODE_WIDTH)
    return renderTableLines(columns, rows, max);
  const top = [padRow(head, widths), widths.map((w) => "-".repeat(w)).join("  ")];
  const lines = body.map((r) => padRow(r, widths));
  const wrap = (inside: string[]) => `\`\`\`\n${[...top, ...inside].join("\n")}\n\`\`\``;
  const whole = wrap(lines);
  if (whole.length <= max) return whole;
  // Too long: keep whole rows and count the rest below the block, so the fence is never cut.
  const room = max - wrap([]).length - 1 - noteLines(lines.length).length - 1;
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > room) break;
    kept.push(line);
    used += line.length + 1;
  }
  return `${wrap(kept)}\n${noteLines(lines.length - kept.length)}`;
}

/** A wide table as lines: the header once in italics, then each row with its first cell bold. */
function renderTableLines(columns: string[], rows: string[][], max: number): string {
  const cell = (c: string | undefined) => escapeText(c?.trim() || "—");
  const head = columns.some((c) => c.trim()) ? [`*${columns.map(cell).join(" · ")}*`] : [];
  const lines = rows.map(([first, ...rest]) =>
    [`**${cell(first)}**`, ...rest.map(cell)].join(" · "),
  );
  return fitLines([...head, ...lines], max, noteLines);
}

/**
 * A comparison table as one inline field per compared model (its column), each listing the
 * row labels with that model's values: side by side on desktop, stacked on a phone.
 */
export function renderTableColumns(columns: string[], rows: string[][]): EmbedField[] {
  return columns.slice(1).map((name, i) => ({
    name: truncate(escapeText(name.trim()) || "—", LIMITS.fieldName),
    // Discord refuses an empty field value, so a table without rows still shows a dash.
    value:
      fitLines(
        rows.map((r) => `**${escapeText(r[0] ?? "")}:** ${escapeText(r[i + 1]?.trim() || "—")}`),
        LIMITS.fieldValue,
        noteLines,
      ) || "—",
    inline: true,
  }));
}

/** The description lines of the non-fact blocks, in reading order. */
export function renderTextBlock(
  block: Exclude<AnswerBlock, { kind: "facts" | "table" }>,
): string[] {
  if (block.kind === "list") return block.items.map((item) => `• ${escapeText(item)}`);
  return block.text.split("\n").map(escapeText);
}
