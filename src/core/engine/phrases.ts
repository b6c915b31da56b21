import type { FieldKey } from "../answer/types.ts";
import type { Catalog } from "../catalog/catalog.ts";
import { TRANSPARENCY_CATEGORIES, type TransparencyCategory } from "../schema/record.ts";
import { CATEGORY_SYNONYMS } from "../transparency/index.ts";
import { tokenize } from "./normalize.ts";
import { FIELD_SYNONYMS } from "./topics.ts";
import { buildTypoIndex } from "./typo.ts";
import { QUESTION_WORDS } from "./words.ts";

/** What a phrase in a question means. */
export type PhraseMeaning =
  | { kind: "field"; field: FieldKey; weak: boolean }
  | { kind: "benchmark"; benchmark: string }
  | { kind: "category"; category: TransparencyCategory }
  | { kind: "provider"; provider: string };

/** Phrases users type, keyed by their tokens joined with spaces (and benchmarks also glued). */
export interface PhraseBook {
  lookup(words: string[]): PhraseMeaning[] | undefined;
  /** False when no phrase starts with this word, so no lookup from it can succeed. */
  startsPhrase(word: string): boolean;
  readonly longest: number;
  /**
   * A misspelled question word put right ("transparancy", "contxt"), unless it is a model-name
   * word; undefined when the word is fine or unknown.
   */
  repairWord(word: string): string | undefined;
  /** Every leaderboard release date in the catalog (YYYY-MM-DD). */
  readonly releases: ReadonlySet<string>;
}

/**
 * Field synonyms that are too vague to win over a more specific one in the same question
 * ("what is the release date" has both "date" and "release date").
 */
const WEAK = new Set([
  "available",
  "drop",
  "dropped",
  "drops",
  "id",
  "ids",
  "date",
  "when",
  "tokens",
  "image",
  "images",
  "function",
  "tool",
  "local",
  "window",
  "rank",
  "overall",
  "knowledge",
  "size",
  "release",
  "released",
  "about",
  "weights",
  "position",
  "place",
  "structured",
  "think",
  "audio",
  "video",
  "accept",
  "accepts",
  "inputs",
  "outputs",
  "heads",
  "norm",
  "rope",
  "theta",
  "vocab",
  "serve",
  "serving",
  "hosted",
  "rate",
  "rates",
  "terms",
  "depth",
  "author",
  "creator",
  "lab",
  "how big",
  "model size",
  "weights size",
  "cheap",
  "expensive",
  "images",
  "image input",
]);

/** LiveBench category words: "livebench coding" and "coding on livebench" both name livebench-coding. */
export const SUITE_CATEGORIES: Record<string, string> = {
  coding: "coding",
  code: "coding",
  agentic: "agentic-coding",
  "agentic coding": "agentic-coding",
  math: "mathematics",
  maths: "mathematics",
  mathematics: "mathematics",
  reasoning: "reasoning",
  "data analysis": "data-analysis",
  data: "data-analysis",
  language: "language",
  "instruction following": "instruction-following",
  if: "instruction-following",
};

function sameMeaning(a: PhraseMeaning, b: PhraseMeaning): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function buildPhraseBook(catalog: Catalog, isNameWord: (w: string) => boolean): PhraseBook {
  const map = new Map<string, PhraseMeaning[]>();
  let longest = 1;
  const add = (phrase: string, meaning: PhraseMeaning, glued = false) => {
    const words = tokenize(phrase);
    if (words.length === 0) return;
    longest = Math.max(longest, words.length);
    for (const key of glued ? [words.join(" "), words.join("")] : [words.join(" ")]) {
      const list = map.get(key) ?? [];
      if (!list.some((m) => sameMeaning(m, meaning))) list.push(meaning);
      map.set(key, list);
    }
  };
  for (const [field, phrases] of Object.entries(FIELD_SYNONYMS) as [FieldKey, string[]][]) {
    for (const p of phrases) add(p, { kind: "field", field, weak: WEAK.has(p) });
  }
  for (const b of catalog.benchmarks.values()) {
    for (const p of [b.id.replace(/-/g, " "), b.name, ...b.aliases]) {
      add(p, { kind: "benchmark", benchmark: b.id }, true);
    }
  }
  // Providers only count after "on", "at", "via" (see parse.ts): "mistral" alone is a model family.
  const providers = new Map<string, string>();
  for (const r of catalog.records)
    for (const l of r.listings) providers.set(l.provider, l.providerName);
  for (const [provider, name] of providers) {
    add(provider.replace(/-/g, " "), { kind: "provider", provider }, true);
    add(name, { kind: "provider", provider }, true);
    // What people call them: "bedrock" for Amazon Bedrock, "together" for Together AI.
    const short = name.replace(/^(?:amazon|google|microsoft|aws) /i, "").replace(/ ai$/i, "");
    if (short !== name && short.length >= 4) add(short, { kind: "provider", provider }, true);
  }
  for (const category of TRANSPARENCY_CATEGORIES) {
    for (const p of CATEGORY_SYNONYMS[category]) add(p, { kind: "category", category });
  }
  const vocabulary = new Set<string>(QUESTION_WORDS);
  for (const [key, meanings] of map) {
    // Provider names are no target for repairs: "sonet" must not become "ionet".
    if (meanings.every((m) => m.kind === "provider")) continue;
    for (const w of key.split(" ")) vocabulary.add(w);
  }
  const typos = buildTypoIndex(vocabulary, () => 0);
  const releases = new Set<string>();
  for (const r of catalog.records)
    for (const b of r.benchmarks) if (b.release) releases.add(b.release);
  // The words a lookup can start with: a key's first word, and (since several words are also
  // looked up glued, "live bench" as "livebench") every start of a key that has no space.
  // Most words of a question start nothing, and the parser skips them without joining words.
  const starts = new Set<string>();
  for (const key of map.keys()) {
    const space = key.indexOf(" ");
    if (space >= 0) starts.add(key.slice(0, space));
    else for (let end = 1; end <= key.length; end++) starts.add(key.slice(0, end));
  }
  const startsPhrase = (word: string) => starts.has(word);
  return {
    releases,
    longest: Math.min(longest, 6),
    startsPhrase,
    lookup: (words) =>
      !startsPhrase(words[0] ?? "")
        ? undefined
        : (map.get(words.join(" ")) ?? (words.length > 1 ? map.get(words.join("")) : undefined)),
    repairWord: (word) =>
      // Short words are too easily another word ("call" → "calla"): only 5 letters and up; and
      // a word a model name has, or is one typo from, is left to the name index.
      word.length < 5 || vocabulary.has(word) || isNameWord(word) ? undefined : typos.repair(word),
  };
}
