const ZWSP = "\u200b";

/**
 * Makes any text inert for Slack: `&`, `<`, `>` become entities, so nothing can form a mention
 * (`<!channel>`, `<!here>`, `<@U…>`) or a link (`<https://…|label>`); and a zero-width space
 * after "@" in @everyone, @here and @channel, so even a client that auto-parses them cannot ping.
 */
export function escapeSlack(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      // No word boundary after the keyword: a cut ("@everyonegpt…" → "@everyone…") must not
      // leave a live one.
      .replace(/@(?=(?:everyone|here|channel))/gi, `@${ZWSP}`)
  );
}

/** Text for a code block: the only way out is a closing fence, so no backtick may stay. */
export function escapeCode(text: string): string {
  return escapeSlack(text.replace(/`/g, "ˋ"));
}

/**
 * Cuts already-escaped text to at most `max` characters, ending in "…" when cut. Never ends
 * inside an entity (`&am`) or a surrogate pair, so what is left still renders as written.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/&[a-z]{0,3}$/, "");
  return `${cut}…`;
}

/**
 * Joins lines up to `max` characters. Lines that do not fit are dropped whole and counted by
 * `note(dropped)`, so a cut is said in the message; a first line too long alone is cut with "…".
 */
export function fitLines(lines: string[], max: number, note: (dropped: number) => string): string {
  const all = lines.join("\n");
  if (all.length <= max) return all;
  const reserve = note(lines.length).length + 1;
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const next = used + (kept.length > 0 ? 1 : 0) + line.length;
    if (next + reserve > max) break;
    kept.push(line);
    used = next;
  }
  if (kept.length > 0) return `${kept.join("\n")}\n${note(lines.length - kept.length)}`;
  const first = truncate(lines[0] ?? "", Math.max(1, max - reserve));
  return `${first}\n${note(lines.length - 1)}`.slice(0, max);
}

/** "…and 12 more rows": the words for a cut, shared by every kind of block. */
export function moreNote(dropped: number, noun: string): string {
  return `_…and ${dropped} more ${noun}${dropped === 1 ? "" : "s"}_`;
}

/**
 * Turns Slack's message markup back into the plain text the user typed: `<@U…|name>` → "@name",
 * `<#C…|general>` → "#general", `<!here>` → "@here", `<url|label>` → "label", entities decoded.
 * The core then sees words, and the renderer escapes whatever is echoed back.
 */
export function decodeSlackText(text: string): string {
  const plain = text.replace(/<([^<>]*)>/g, (_, inner: string) => {
    const bar = inner.indexOf("|");
    const target = bar < 0 ? inner : inner.slice(0, bar);
    const label = bar < 0 ? "" : inner.slice(bar + 1);
    const sigil = target.startsWith("#") ? "#" : "@";
    const name = (label || target.slice(1).split("^")[0] || "").replace(/^[@#]/, "");
    if (/^[@#!]/.test(target)) return `${sigil}${name}`;
    return label || target;
  });
  return plain.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Removes mentions of the bot itself (and a leading mention of anyone) from a question. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, "g") : null;
  const rest = own ? text.replace(own, " ") : text;
  return rest.replace(/^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/, "").trim();
}
