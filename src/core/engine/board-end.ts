/**
 * Which end of a leaderboard a question asks for. "Worst", "bottom 5", "lowest scoring" ask for
 * the end where a board's weakest models are, whichever way its score runs. "Lowest" and
 * "highest" of a score, and "most"/"least" of hallucinating, ask for low or high values: on a
 * board where lower is better (a hallucination rate) the lowest values are its best models, so
 * "lowest hallucination rate" is its top and "highest hallucination rate" its bottom.
 */

export type BoardEnd = "top" | "bottom";

/** What a question's words ask of a board: its weakest models, or its lowest or highest values. */
export type EndCue = "worst" | "low" | "high";

const WORST =
  /\b(?:worst|bottom|weakest|poorest|lowest[- ](?:scoring|scored|ranked|ranking|rated|performing)|least (?:accurate|capable|successful|performing|reliable))\b/;

/** Words that name a board's value, for "lowest … score" and "highest … rate". */
const SCORE =
  "(?:scores?|rates?|results?|accuracy|percentages?|hallucinations?|hallucinating|errors?)";
/** Up to three words between ("lowest aider polyglot score"), or "on"/"in" ("lowest on X"). */
const valueCue = (words: string) =>
  new RegExp(String.raw`\b(?:${words})\s+(?:(?:[\w.-]+\s+){0,3}?${SCORE}\b|(?:on|in)\b)`);
const LOW = valueCue("lowest|least|fewest|smallest|min(?:imum)?");
const HIGH = valueCue("highest|most|greatest|largest|biggest|max(?:imum)?");
/** "which model hallucinates the most", "hallucinates least". */
const HALLUCINATES = /\bhallucinat\w*\s+(?:the\s+)?(most|more|least|less)\b/;

/** The end cue in a prepared (lowercased) question, if any. */
export function endCue(prepared: string): EndCue | undefined {
  if (WORST.test(prepared)) return "worst";
  const verb = HALLUCINATES.exec(prepared)?.[1];
  if (verb !== undefined) return verb === "most" || verb === "more" ? "high" : "low";
  const low = LOW.exec(prepared)?.index;
  const high = HIGH.exec(prepared)?.index;
  if (low === undefined) return high === undefined ? undefined : "high";
  // Both ("highest score with the lowest price"): the first one read.
  return high !== undefined && high < low ? "high" : "low";
}

/** The end of a board a cue asks for, given which way the board's score runs. */
export function boardEnd(cue: EndCue | undefined, higherIsBetter: boolean): BoardEnd {
  if (cue === "worst") return "bottom";
  if (cue === "low") return higherIsBetter ? "bottom" : "top";
  if (cue === "high") return higherIsBetter ? "top" : "bottom";
  return "top";
}
