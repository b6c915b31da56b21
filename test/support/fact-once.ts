/** Questions and one fact each answer states: a rich rendering must show the fact exactly once. */
export const FACT_ONCE_CASES: [question: string, fact: string][] = [
  ["gpt-5.1-codex-mini context", "400K tokens"],
  ["gpt-5.1-codex-mini rank on webdev arena", "1239"],
  ["top 3 on livebench coding", "86.0"],
];

export const occurrences = (text: string, fact: string) => text.split(fact).length - 1;
