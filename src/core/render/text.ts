import { formatDate } from "../answer/format.ts";
import type { Answer, AnswerBlock, Citation } from "../answer/types.ts";
import { fitTable } from "./fit-table.ts";

export interface TextOptions {
  /** Fit tables to this many columns (wrapping cells); absent: tables keep their natural width. */
  width?: number;
}

/** "Source: Reference model card, as of 8 Jan 2026; models.dev, as of 2 Jul 2026". */
export function renderSources(citations: Citation[]): string {
  if (citations.length === 0) return "";
  const parts = citations.map((c) => `${c.sourceName}, as of ${formatDate(c.asOf)}`);
  return `${citations.length === 1 ? "Source" : "Sources"}: ${parts.join("; ")}`;
}

/** A fixed-width table: columns padded to their widest cell. */
export function renderTable(columns: string[], rows: string[][]): string {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function renderBlock(block: AnswerBlock, options: TextOptions): string {
  switch (block.kind) {
    case "text":
      return block.text;
    case "facts":
      return block.rows.map((r) => `${r.label}: ${r.value}`).join("\n");
    case "table":
      return options.width === undefined
        ? renderTable(block.columns, block.rows)
        : fitTable(block.columns, block.rows, options.width);
    case "list":
      return block.items.map((i) => `- ${i}`).join("\n");
  }
}

/** The whole answer as plain text: title, content, follow-ups to try, sources. */
export function renderText(answer: Answer, options: TextOptions = {}): string {
  const parts = [answer.title, ...answer.blocks.map((b) => renderBlock(b, options))];
  if (answer.followUps.length > 0) {
    parts.push(`Try: ${answer.followUps.map((f) => `"${f.query}"`).join(", ")}`);
  }
  const sources = renderSources(answer.citations);
  if (sources) parts.push(sources);
  return parts.filter((p) => p.length > 0).join("\n\n");
}

/** One line: the summary and its sources, for line-oriented output (pipes, logs). */
export function renderLine(answer: Answer): string {
  const sources = renderSources(answer.citations);
  const line = sources ? `${answer.summary} (${sources})` : answer.summary;
  return line.replace(/\s*[\r\n]+\s*/g, " ");
}
