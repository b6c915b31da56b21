/**
 * Text normalization shared by the name index and the question parser, so a model name and a
 * question about it always break into the same tokens.
 */

import { allMatches } from "./matches.ts";

/** Longer input is cut: nothing a user asks needs more, and work stays bounded. */
export const MAX_QUESTION_CHARS = 500;

/** Lowercase, NFKC, no diacritics or control characters, fancy dashes and quotes made plain. */
export function foldText(text: string): string {
  // Most names and questions are plain ASCII: skip the Unicode passes for them.
  if (/^[\x20-\x7e]*$/.test(text))
    return spellPlus(text.slice(0, MAX_QUESTION_CHARS).toLowerCase());
  return spellPlus(foldUnicode(text));
}

/**
 * "Command R+" is "Command R Plus": a plus after a word is part of the name, so it is spelled out
 * (else "command r+" and "command r" share one key). Not after a number ("128k+" is a bound) and
 * not a doubled one ("c++").
 */
function spellPlus(folded: string): string {
  if (!folded.includes("+")) return folded;
  return folded.replace(/(^|[^a-z0-9.])([a-z]+)\+(?![\d+])/g, "$1$2 plus");
}

function foldUnicode(text: string): string {
  return text
    .slice(0, MAX_QUESTION_CHARS * 2)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]+/gu, " ")
    .slice(0, MAX_QUESTION_CHARS);
}

/**
 * Joins dash-separated version numbers ("claude-sonnet-4-5" → "claude-sonnet-4.5") so they read
 * like the display name ("Claude Sonnet 4.5"); sizes ("3-70b") and dates ("4-0613") stay apart.
 */
function joinVersionDashes(text: string): string {
  return text.replace(/(?<![\d.])(\d{1,2})-(\d)(?![\d.]*[a-z\d])/g, "$1.$2");
}

/**
 * Splits text into name tokens: alphanumeric runs, version numbers kept whole ("3.3", "4.5"),
 * and a letter run split from a following number ("gpt5.1" → "gpt", "5.1"; "v3" → "v", "3")
 * so glued and spaced spellings agree. "4o", "70b" and "8x7b" stay whole.
 */
export function tokenize(text: string): string[] {
  return tokenizeFolded(foldText(text));
}

/**
 * Tokens of already folded text. Same tokens as tokenizeWithOffsets, without the offset objects:
 * the index tokenizes every name of every model at start-up.
 */
export function tokenizeFolded(folded: string): string[] {
  const out: string[] = [];
  for (const run of joinVersionDashes(folded)
    .replace(/([a-z])(?=\d)/g, "$1 ")
    .split(/[^a-z0-9.]+/)) {
    const clean = run.replace(/^\.+|\.+$/g, "").replace(/\.0$/, "");
    if (clean.length > 0) out.push(clean);
  }
  return out;
}

/** Folded text with version dashes joined; token offsets and filter patterns refer to it. */
export function prepareText(text: string): string {
  return joinVersionDashes(foldText(text));
}

export interface Token {
  text: string;
  /** Offsets in the prepared text. */
  start: number;
  end: number;
}

const WORD_RUN = /[a-z0-9.]+/g;

/** Tokens of prepared text (see prepareText) with their offsets. */
export function tokenizeWithOffsets(prepared: string): Token[] {
  const out: Token[] = [];
  for (const run of allMatches(prepared, WORD_RUN)) {
    let offset = run.index;
    for (const part of run[0].split(/(?<=[a-z])(?=\d)/)) {
      const lead = part.length - part.replace(/^\.+/, "").length;
      const clean = part.replace(/^\.+|\.+$/g, "").replace(/\.0$/, "");
      if (clean.length > 0) {
        out.push({ text: clean, start: offset + lead, end: offset + lead + clean.length });
      }
      offset += part.length;
    }
  }
  return out;
}

/** A spelling-free key: "GPT 5.1 Codex-Mini" and "gpt5.1codexmini" both give "gpt51codexmini". */
export function compactKey(text: string): string {
  return compactFolded(foldText(text));
}

export function compactFolded(folded: string): string {
  return folded.replace(/[^a-z0-9]+/g, "");
}
