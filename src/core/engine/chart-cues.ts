import { allMatches } from "./matches.ts";

/**
 * Words that ask for a picture's kind of answer: a model's results across a benchmark's releases
 * ("gpt-4o livebench history", "how has claude sonnet improved"), or price against score ("best
 * value on livebench coding", "price vs livebench score"). Their words are cues, never model names.
 */
export const HISTORY_PATTERN =
  /\b(?:history|historical|over time|across releases|release by release|improved?|improvements?|progress(?:ed)?|trend|evolved?|changed over)\b/g;

export const VALUE_PATTERN =
  /\b(?:best value|value for money|(?:good|great|most) value|value|per dollar|price[ -]performance|price to performance|bang for (?:the |your )?buck|cost[ -]effective|(?:price|cost)s? (?:vs|versus|against) |(?:vs|versus|against) (?:price|cost)|score per \$?)/g;

/** The spans of the prepared text each pattern matched. */
export function cueSpans(prepared: string, pattern: RegExp): [number, number][] {
  return allMatches(prepared, pattern).map((m) => [m.index, m.index + m[0].length]);
}
