import { escapeMarkdown } from "discord.js";

const ZWSP = "\u200b";

/**
 * Makes text inert for Discord: no mention syntax (`<@id>`, `<@&id>`, `<#id>`, `</cmd:id>`,
 * `@everyone`, `@here`) and no clickable masked link. allowedMentions already stops the ping;
 * this also stops the blue highlight, so echoed text cannot pose as a mention.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/<(?=[@#/:]|a:|t:)/g, `<${ZWSP}`).replace(/@(?=everyone|here)/gi, `@${ZWSP}`);
}

/**
 * Escapes text for fields that render markdown (descriptions, field values, titles): every
 * markdown mark, headings and list starts, and both brackets, since discord.js's masked-link
 * escape only covers the first link of a line.
 */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true });
  return neutralizeMentions(escaped.replace(/[[\]]/g, "\\$&"));
}

/** Text for a code block: the only way out of one is a closing fence, so break every fence. */
export function escapeCode(text: string): string {
  return text.replace(/`/g, "ˋ");
}

/**
 * Cuts text to at most `max` characters, ending in "…" when cut. Never ends inside a
 * backslash escape or a surrogate pair, so the cut text still renders as escaped.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * Joins lines up to `max` characters. Lines that do not fit are dropped whole and replaced by
 * `note(dropped)`, so a cut is visible instead of a half line; a first line that alone is too
 * long is cut with "…" and `note(0)` follows it.
 */
export function fitLines(lines: string[], max: number, note: (dropped: number) => string): string {
  const all = lines.join("\n");
  if (all.length <= max) return all;
  // The longest note is the one for the most dropped lines; reserve room for it up front.
  const reserve = note(lines.length).length + 1;
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const next = used + (kept.length > 0 ? 1 : 0) + line.length;
    if (next + reserve > max) break;
    kept.push(line);
    used = next;
  }
  const dropped = lines.length - kept.length;
  if (kept.length > 0) return `${kept.join("\n")}\n${note(dropped)}`;
  const first = truncate(lines[0] ?? "", Math.max(1, max - reserve));
  const tail = note(dropped - 1);
  return `${first}\n${tail}`.slice(0, max);
}
