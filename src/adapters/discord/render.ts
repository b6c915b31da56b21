import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import type { Answer, Citation, Intent } from "../../core/answer/types.ts";
import { showsSummary } from "../../core/render/once.ts";
import { LIMITS } from "./limits.ts";
import {
  type EmbedField,
  noteLines,
  renderFactFields,
  renderFactLines,
  renderTable,
  renderTableColumns,
  renderTextBlock,
} from "./render-blocks.ts";
import { escapeText, fitLines, neutralizeMentions, truncate } from "./text.ts";

/** A message body for interaction replies and channel messages alike. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** Turns a follow-up question into a button custom_id (see follow-ups.ts). */
export type EncodeFollowUp = (query: string, index: number) => string;

// Answers that could not find what was asked get a warm colour; the rest the brand blurple.
const COLOR: Record<"found" | "missing", number> = { found: 0x5865f2, missing: 0xf0b232 };
const MISSING: readonly Intent[] = ["not_found", "ambiguous"];
// Room kept for the description when fields compete for the 6,000-character total.
const DESCRIPTION_FLOOR = 1000;

const andMore = (n: number) => `… and ${n} more`;

/** "OpenAI model card (as of 2026-01-08) · …", cut to the footer limit with a count of the rest. */
function renderFooter(citations: Citation[]): string | undefined {
  if (citations.length === 0) return undefined;
  const parts = citations.map((c) => `${c.sourceName} (as of ${c.asOf})`);
  const text = fitLines(parts.map(neutralizeMentions), LIMITS.footer - 9, andMore, " · ");
  return `Sources: ${text}`;
}

// Only http(s) links from the data become masked links; anything else stays plain text.
function renderSourceLinks(citations: Citation[]): EmbedField | undefined {
  const links = citations.flatMap((c) =>
    c.url && /^https?:\/\/[^\s()<>]+$/.test(c.url)
      ? [`[${escapeText(c.sourceName)}](${c.url})`]
      : [],
  );
  if (links.length === 0) return undefined;
  const value = fitLines(links, LIMITS.fieldValue, andMore, " · ");
  return { name: "Sources", value, inline: false };
}

type TableBlock = Extract<Answer["blocks"][number], { kind: "table" }>;
// A summary is one line by contract; cap it so it cannot crowd out the answer itself.
const SUMMARY_MAX = 500;

// One field per compared model; past a handful they would no longer sit side by side.
const fitsAsColumns = (t: TableBlock) => t.columns.length >= 2 && t.columns.length <= 7;

/** The description parts (tables still unrendered, they take what room is left) and fields. */
function renderBody(answer: Answer): { parts: (string | TableBlock)[]; fields: EmbedField[] } {
  const summary = answer.summary.trim();
  // Under the title and beside the body the summary would say each fact twice.
  const parts: (string | TableBlock)[] = showsSummary(answer)
    ? [`**${truncate(escapeText(summary), SUMMARY_MAX)}**`]
    : [];
  const fields: EmbedField[] = [];
  const factRows = answer.blocks.flatMap((b) => (b.kind === "facts" ? b.rows : []));
  const asFields = factRows.length < LIMITS.embedFields;
  for (const block of answer.blocks) {
    if (block.kind === "facts") {
      if (asFields) fields.push(...renderFactFields(block.rows));
      else parts.push(...renderFactLines(block.rows));
    } else if (block.kind === "table" && answer.intent === "compare" && fitsAsColumns(block)) {
      fields.push(...renderTableColumns(block.columns, block.rows));
    } else if (block.kind === "table") {
      parts.push(block);
    } else if (!(block.kind === "text" && block.text.trim() === summary)) {
      parts.push(...renderTextBlock(block));
    }
  }
  return { parts, fields };
}

/** Renders the tables into the room the text leaves, shared evenly, then fits the whole. */
function renderDescription(parts: (string | TableBlock)[], room: number): string {
  const tables = parts.filter((p) => typeof p !== "string").length;
  const text = parts.reduce((n, p) => n + (typeof p === "string" ? p.length + 1 : 0), 0);
  // Text first; each table gets an even share of the rest (and at least a few rows' worth).
  const share = Math.max(300, Math.floor((room - text - 80) / Math.max(1, tables)));
  const lines = parts.map((p) =>
    typeof p === "string" ? p : renderTable(p.columns, p.rows, Math.min(share, room)),
  );
  return fitLines(lines, room, noteLines);
}

const fieldSize = (f: EmbedField) => f.name.length + f.value.length;

/**
 * Renders an answer as one embed plus follow-up buttons, inside every Discord limit: over-long
 * text is cut at line ends and the cut is said in the message, never left to a 400 from Discord.
 */
export function renderAnswer(answer: Answer, encode: EncodeFollowUp): DiscordMessage {
  const title = truncate(escapeText(answer.title), LIMITS.embedTitle);
  const footer = renderFooter(answer.citations);
  const fixed = title.length + (footer?.length ?? 0);
  const { parts, fields } = renderBody(answer);
  // Fields give way first: each one dropped is counted in the description.
  const fieldRoom = LIMITS.embedsTotal - fixed - DESCRIPTION_FLOOR;
  const overflows = (list: EmbedField[]) =>
    list.length > LIMITS.embedFields || list.reduce((n, f) => n + fieldSize(f), 0) > fieldRoom;
  let dropped = 0;
  while (fields.length > 0 && overflows(fields)) {
    fields.pop();
    dropped++;
  }
  if (dropped > 0) parts.push(`*… ${dropped} more item${dropped === 1 ? "" : "s"} not shown.*`);
  // Source links are a convenience (the footer names every source): only where room is left.
  const links = renderSourceLinks(answer.citations);
  if (links && !overflows([...fields, links])) fields.push(links);
  const used = fixed + fields.reduce((n, f) => n + fieldSize(f), 0);
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedsTotal - used);
  const description = renderDescription(parts, room);
  const embed: APIEmbed = {
    color: COLOR[MISSING.includes(answer.intent) ? "missing" : "found"],
    ...(title ? { title } : {}),
    // Discord refuses an embed with no text at all; an answer with none still gets a mark.
    ...(description || (!title && fields.length === 0) ? { description: description || "—" } : {}),
    ...(fields.length > 0 ? { fields } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
  };
  return { embeds: [embed], components: renderButtons(answer, encode) };
}

/** Follow-ups as buttons: five to a row, at most five rows; labels cut to 80 characters. */
export function renderButtons(
  answer: Answer,
  encode: EncodeFollowUp,
): APIActionRowComponent<APIButtonComponent>[] {
  const max = LIMITS.buttonsPerRow * LIMITS.rows;
  const buttons: APIButtonComponent[] = answer.followUps.slice(0, max).map((f, i) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: truncate(f.label.trim() || f.query, LIMITS.buttonLabel),
    custom_id: encode(f.query, i),
  }));
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + LIMITS.buttonsPerRow),
    });
  }
  return rows;
}

/** A short notice (rate limit, error, expired button) as plain content, safe and in bounds. */
export function renderNotice(text: string): DiscordMessage {
  return { content: truncate(escapeText(text), LIMITS.content), embeds: [], components: [] };
}
