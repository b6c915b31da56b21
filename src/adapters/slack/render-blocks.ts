import type { types } from "@slack/bolt";
import type { AnswerBlock, FactRow } from "../../core/answer/types.ts";
import { LIMITS } from "./limits.ts";
import { escapeCode, escapeSlack, fitLines, moreNote, truncate } from "./text.ts";

export type Block = types.KnownBlock;

/** mrkdwn with `verbatim: true`: Slack keeps our text as sent, with no auto-links or mentions. */
export const mrkdwn = (text: string): types.MrkdwnElement => ({
  type: "mrkdwn",
  text,
  verbatim: true,
});
export const section = (text: string): types.SectionBlock => ({
  type: "section",
  text: mrkdwn(text),
});

// Table cells wider than this wrap in a phone-width code block and break the columns.
const CELL_MAX = 28;
// Wider lines wrap on every screen anyway; the cap also bounds the header for very many columns.
const LINE_MAX = 160;

/**
 * One answer block as Slack sections, each inside the per-block limits, with `room` the most
 * characters its text may take (tables and lists shrink to it; text and facts come in units).
 */
export function renderAnswerBlock(block: AnswerBlock, room: number): types.SectionBlock[] {
  switch (block.kind) {
    case "text":
      return renderText(block.text);
    case "facts":
      return renderFacts(block.rows);
    case "list":
      return [renderList(block.items, room)];
    case "table":
      return [renderTable(block.columns, block.rows, room)];
  }
}

/** Prose as sections of whole lines, each under the section limit; a giant line is cut. */
export function renderText(text: string): types.SectionBlock[] {
  const lines = text.split("\n").map((l) => truncate(escapeSlack(l), LIMITS.sectionText));
  const chunks: string[] = [];
  let current = "";
  for (const line of lines) {
    const next = current === "" ? line : `${current}\n${line}`;
    if (next.length > LIMITS.sectionText) {
      chunks.push(current);
      current = line;
    } else current = next;
  }
  if (current.trim() !== "") chunks.push(current);
  return chunks.map(section);
}

/** Facts as two-column fields, ten to a section: "*Label*" over the value. */
export function renderFacts(rows: FactRow[]): types.SectionBlock[] {
  const fields = rows.map((r) => {
    const label = truncate(escapeSlack(r.label.trim() || "—"), 200);
    return mrkdwn(truncate(`*${label}*\n${escapeSlack(r.value.trim() || "—")}`, LIMITS.fieldText));
  });
  const sections: types.SectionBlock[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.fields) {
    sections.push({ type: "section", fields: fields.slice(i, i + LIMITS.fields) });
  }
  return sections;
}

/** A list as bullet lines in one section; items that do not fit are counted, not cut. */
export function renderList(items: string[], room: number): types.SectionBlock {
  const lines = items.map((item) => `• ${escapeSlack(item)}`);
  const max = Math.min(room, LIMITS.sectionText);
  return section(fitLines(lines, max, (n) => moreNote(n, "item")) || "—");
}

const padRow = (cells: string[], widths: number[]) =>
  widths
    .map((w, i) => {
      const cell = (cells[i] ?? "").replace(/\s+/g, " ").trim();
      const cut = cell.length > CELL_MAX ? `${cell.slice(0, CELL_MAX - 1)}…` : cell;
      return cut.padEnd(w);
    })
    .join("  ")
    .trimEnd()
    .slice(0, LINE_MAX);

/**
 * A table as a monospace code block in one section. Rows that do not fit in `room` are dropped
 * whole and counted below the fence ("…and 12 more rows"), so the fence is never cut off.
 */
export function renderTable(columns: string[], rows: string[][], room: number): types.SectionBlock {
  const clip = (c: string) => Math.min(CELL_MAX, c.replace(/\s+/g, " ").trim().length);
  const widths = columns.map((h, i) => Math.max(clip(h), ...rows.map((r) => clip(r[i] ?? ""))));
  const rule = widths
    .map((w) => "-".repeat(w))
    .join("  ")
    .slice(0, LINE_MAX);
  const head = [padRow(columns, widths), rule].map(escapeCode);
  const body = rows.map((r) => escapeCode(padRow(r, widths)));
  const wrap = (lines: string[]) => `\`\`\`\n${[...head, ...lines].join("\n")}\n\`\`\``;
  const max = Math.min(room, LIMITS.sectionText);
  const whole = wrap(body);
  if (whole.length <= max) return section(whole);
  const note = moreNote(body.length, "row");
  const space = max - wrap([]).length - note.length - 2;
  const kept: string[] = [];
  let used = 0;
  for (const line of body) {
    if (used + line.length + 1 > space) break;
    kept.push(line);
    used += line.length + 1;
  }
  return section(`${wrap(kept)}\n${moreNote(body.length - kept.length, "row")}`);
}
