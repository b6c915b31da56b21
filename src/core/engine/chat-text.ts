/**
 * Chat markup taken off a question before anything reads it: what Slack, Discord, HTML and
 * Markdown wrap around words ("<b>gpt-4o</b> context", "```gpt-4o context```", "**claude** price",
 * "<@U123> top 5 on livebench") is not part of a model name. Emoji and emoticons go too. Chat
 * filler words ("yo", "lol", "thx") are stop words (words.ts), so they never start a name either.
 *
 * Every pattern here is linear: single character classes or bounded repeats, no nested wildcards.
 */

/** Entities a pasted HTML snippet carries. */
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
};

const RULES: [RegExp, string | ((...m: string[]) => string)][] = [
  // Slack links keep their label ("<https://x|gpt-4o>" → "gpt-4o"); bare links, mentions of
  // people, channels and roles, and custom emoji (Slack "<!here>", Discord "<@!123>",
  // "<:party:123>") go entirely.
  [/<(?:https?|mailto):[^<>|\s]*\|([^<>]{0,200})>/g, (_m, label = "") => ` ${label} `],
  [/<(?:https?|mailto):[^<>\s]*>/g, " "],
  [/<(?:[@#!]|a?:\w{1,40}:)[^<>\s]{0,80}>/g, " "],
  // HTML tags, opening, closing or self-closing ("<b>", "</span>", "<br/>", "<a href=…>").
  [/<\/?[a-z][a-z0-9]{0,15}(?:\s[^<>]{0,200})?\/?>/g, " "],
  // Code fences with an optional language word, and inline code.
  [/```[a-z]{0,15}\n|```|`/g, " "],
  // Quote and heading marks at the start of a line ("> gpt-4o price", "## gpt-4o"), but not a
  // comparison ("> 200k context").
  [/^[ \t]*(?:>+|#{1,6})[ \t]+(?=[^\d\s$])/gm, ""],
  // Bold, italic, strike and spoiler marks; a lone underscore only where it wraps words, never
  // inside one ("claude_sonnet_4.5").
  [/\*+|~+|\|\|/g, " "],
  [/(^|[\s(])_+|_+(?=[\s)?!.,:;]|$)/g, "$1 "],
  // Emoji shortcodes (":thumbsup:", not the ":free" of an id) and ASCII emoticons as whole words.
  [/(^|\s):[a-z0-9_+-]{2,30}:(?=\s|$)/g, "$1 "],
  [/(^|\s)(?:[:;=][-']?[)(\][dpo3/\\|]{1,2}|x[dp]|8-?\)|<3+|\^\^|\\o\/)(?=\s|$)/gi, "$1 "],
  // Pictographs, their joiners and skin tones (the fold keeps them as symbols).
  [/(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f)+/gu, " "],
];

/** Every character or sequence some rule above needs to match. */
const MAY_HAVE_MARKUP = /[<`*~|_>#:;=^\\\u00a0-\u{10ffff}]|x[dp]|8-?\)/iu;

/** The question with chat markup, emoji and HTML entities removed; words stay where they were. */
export function stripChatMarkup(question: string): string {
  let text = question.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/gi, (_m, name: string) => {
    return ENTITIES[name.toLowerCase()] ?? " ";
  });
  // Cheap exit: most questions have none of the characters any rule needs. The emoticons that
  // start with a letter or digit ("xD", "8)") are tested whole: an "x" or "8" alone is in most
  // questions ("context", "gpt-4o-mini 128k").
  if (!MAY_HAVE_MARKUP.test(text)) return text;
  for (const [re, by] of RULES) text = text.replace(re, by as string);
  return text;
}
