/**
 * The conversation issue 14's "done when" scripts: a field, its follow-ups, a compare, a board,
 * its next page and a filter on it. The engine's and the CLI's tests both walk it.
 */
export const ISSUE_THREAD = [
  "claude sonnet 4.5 context",
  "and its price?",
  "what about opus 4.5?",
  "compare them",
  "top 5 on livebench coding",
  "more",
  "only open weights",
] as const;
