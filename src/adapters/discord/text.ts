const ZWSP = "\u200b";

/**
 * Makes text inert for Discord: no mention syntax (`<@id>`, `<@&id>`, `<#id>`, `</cmd:id>`,
 * `@everyone`, `@here`) and no masked link (`[x](url)`). allowedMentions already stops the ping;
 * this also stops the highlight, so echoed text cannot pose as a mention or hide a link. Used
 * alone where Discord shows text as typed (footers, code blocks), after escaping elsewhere.
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/<(?=[@#/:]|a:|t:)/g, `<${ZWSP}`)
    .replace(/@(?=everyone|here)/gi, `@${ZWSP}`)
    .replace(/\]\(/g, `]${ZWSP}(`);
}

// Inline marks: escape, bold/italic, underline, strike, code, spoiler, link brackets.
const INLINE_MARKS = /[\\*_~`|[\]]/g;
// Marks that only count at the start of a line and before a space: heading ("# ", "### "),
// quote ("> ", ">>> "), subtext ("-# "), bullet ("- ", "+ "), numbered list ("1. ").
const LINE_MARKS = /^(\s*)([#>+-])(?=[#>]*\s)/gm;
const NUMBERED = /^(\s*\d+)\.(?=\s)/gm;

/**
 * Escapes text for places that render markdown (descriptions, field values, titles) so it
 * shows as typed. Linear-time on purpose: discord.js's escapeMarkdown takes over a second on a
 * few thousand characters of some inputs, and a question is user-controlled.
 */
export function escapeText(text: string): string {
  const escaped = text
    .replace(INLINE_MARKS, "\\$&")
    .replace(LINE_MARKS, "$1\\$2")
    .replace(NUMBERED, "$1\\.");
  return neutralizeMentions(escaped);
}

/** Text for a code block: break every fence (the only way out of one) and every mention. */
export function escapeCode(text: string): string {
  return neutralizeMentions(text.replace(/`/g, "ˋ"));
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
export function fitLines(
  lines: string[],
  max: number,
  note: (dropped: number) => string,
  separator = "\n",
): string {
  const all = lines.join(separator);
  if (all.length <= max) return all;
  // Reserve room for the longest note up front: the one for the most dropped lines, or the
  // one for a cut first line.
  const reserve = Math.max(note(lines.length).length, note(0).length) + separator.length;
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const next = used + (kept.length > 0 ? separator.length : 0) + line.length;
    if (next + reserve > max) break;
    kept.push(line);
    used = next;
  }
  const dropped = lines.length - kept.length;
  if (kept.length > 0) return `${kept.join(separator)}${separator}${note(dropped)}`;
  const first = truncate(lines[0] ?? "", Math.max(1, max - reserve));
  const tail = note(dropped - 1);
  return `${first}${separator}${tail}`;
}
