import Fuse from "fuse.js";
import { factValue } from "../schema/fact.ts";
import type { ModelRecord } from "../schema/record.ts";
import type { NameIndex, NameMatch } from "./name-index.ts";
import { compactKey, type Token, tokenize } from "./normalize.ts";
import { type Mention, type ParsedQuestion, toMention } from "./parse.ts";
import { OUTPUT_VERBS, SEPARATORS, STOPWORDS, yesNoVerbAt } from "./words.ts";

export type Resolution = (
  | { kind: "model"; record: ModelRecord; mention: Mention }
  | { kind: "ambiguous"; candidates: ModelRecord[]; mention: Mention }
  | {
      kind: "unknown";
      /** Did-you-mean candidates, computed on first use: most unknown words are just noise. */
      suggestions: () => ModelRecord[];
      mention: Mention;
    }
) & {
  /** A maker named before the model ("ibm" of "ibm granite 3.3 8b"), no part of the mention. */
  maker?: Token[];
};

/** Below this share of the question's weight matched, a name is a guess, not an answer. */
const MIN_MATCHED = 0.55;
/** A best name the question covers this little is a bare family name ("claude", "llama"). */
const FAMILY_COVERAGE = 0.5;
/**
 * Popularity settles a family name only by a clear margin (about a canonical record over an
 * obscure one): "codestral" → the maker's Codestral, but "claude" → which one?
 */
const CLEAR_PRIOR_MARGIN = 0.9;
/** Token scores this close are a tie; a dated snapshot's extra date word is well past it. */
const TIE_MARGIN = 0.5;
/** Work per question stays bounded whatever is pasted: a compare takes 4 names, a name ~12 words. */
const MAX_MENTIONS = 6;
const MAX_MENTION_TOKENS = 12;

export interface Resolver {
  /** Resolves every model mention of a parsed question, in the order the question names them. */
  resolveAll(q: ParsedQuestion): Resolution[];
}

const VERSION = /^\d+(?:\.\d+)?$/;

/**
 * A version the question names that the best name lacks, where that name has versions of its own:
 * "llama 7 405b" is no Llama 3.1 405B, so it gets did-you-mean, not Llama 3.1's answer. A number
 * that starts a size or tag ("72" of "72b", "4" of "4o") still counts as present.
 */
function versionConflict(mention: Mention, record: ModelRecord): boolean {
  const asked = mention.tokens.map((t) => t.text).filter((t) => VERSION.test(t));
  if (asked.length === 0) return false;
  const own = nameWordsOf(record);
  if (!own.hasVersions) return false;
  const present = (n: string) =>
    own.words.has(n) ||
    [...own.words].some((t) => t.startsWith(n) && /^[a-z]/.test(t.slice(n.length)));
  return asked.some((n) => !present(n));
}

/**
 * A family word the question leads with that the best name lacks: "gemini 4 ultra" is no
 * "Imagen 4 Ultra". Only a word some name has counts (a typo, "gemni", is left to the index).
 */
function familyConflict(mention: Mention, record: ModelRecord, index: NameIndex): boolean {
  const first = mention.tokens[0]?.text;
  if (first === undefined || !/^[a-z]{3,}$/.test(first) || !index.hasToken(first)) return false;
  return !nameWordsOf(record).words.has(first);
}

/**
 * The sizes ("30b", "a3b") the record's id or display name adds to the words typed, when it adds
 * nothing else; undefined when both names add a variant word or lack a typed word.
 */
function addedSizes(mention: Mention, record: ModelRecord): string[] | undefined {
  const typed = mention.tokens.map((t) => t.text);
  for (const name of [record.name, record.id]) {
    const words = tokenize(name);
    const extra = words.filter((w) => !typed.includes(w));
    if (typed.every((t) => words.includes(t)) && extra.every(isSizeWord)) return extra;
  }
  return undefined;
}

/** The size words of a record's display name that the mention did not type. */
function sizesOf(mention: Mention, record: ModelRecord): string[] {
  const typed = mention.tokens.map((t) => t.text);
  return tokenize(record.name).filter((w) => !typed.includes(w) && isSizeWord(w));
}

/** "30b", "8x7b", and the "a" of "a3b" (tokens split a letter from its number). */
function isSizeWord(w: string): boolean {
  return /\d/.test(w) || w.length === 1;
}

/**
 * A name-like mention: a word and a number or size ("zorblax 70b", "foobar-9000"). Unknown, it is
 * a model the catalog lacks, to be answered with did-you-mean, never read as a list or a filter.
 */
export function isModelShaped(mention: Mention): boolean {
  const words = mention.tokens.map((t) => t.text);
  return words.some((w) => /^[a-z]{2,}$/.test(w)) && words.some((w) => /\d/.test(w));
}

/** Every word of a record's names, built on first need (most questions name exact ids). */
const nameWords = new WeakMap<ModelRecord, { words: Set<string>; hasVersions: boolean }>();

function nameWordsOf(record: ModelRecord): { words: Set<string>; hasVersions: boolean } {
  let entry = nameWords.get(record);
  if (entry === undefined) {
    const words = new Set<string>();
    for (const name of [record.id, record.name, ...record.aliases, ...record.snapshots]) {
      for (const t of tokenize(name)) words.add(t);
    }
    entry = { words, hasVersions: [...words].some((t) => VERSION.test(t)) };
    nameWords.set(record, entry);
  }
  return entry;
}

/**
 * `isMaker(words)`: whether the words name an organization ("ibm", "mistral ai", "z.ai"); a
 * maker named before a model ("ibm granite 3.3 8b", "google gemini 2.5 pro") is no part of its name.
 */
export function buildResolver(
  index: NameIndex,
  isMaker: (words: string) => boolean = () => false,
): Resolver {
  const fuzzy = buildFuzzyFallback(index);

  /** The mention without a leading maker name (one or two words), if it starts with one. */
  function withoutMaker(mention: Mention): Mention | undefined {
    // "black forest labs" is the maker itself, not "black forest" and a model "labs".
    if (isMaker(mention.text)) return undefined;
    for (const n of [3, 2, 1]) {
      if (mention.tokens.length <= n) continue;
      const head = mention.tokens.slice(0, n).map((t) => t.text);
      if (isMaker(head.join(" "))) return toMention(mention.tokens.slice(n));
    }
    return undefined;
  }

  /**
   * Resolves a mention that may start with its maker's name: the whole words first ("mistral
   * large" is a name), the words after the maker when the whole does not name a model that has
   * the maker's word in its names.
   */
  function resolveWithMaker(q: ParsedQuestion, m: Mention, taken: Set<Token>): Resolution {
    const rest = withoutMaker(m);
    const trial = rest === undefined ? taken : new Set(taken);
    const [grown, matches] = extend(q, m, trial);
    const whole = resolveMention(grown, matches);
    if (rest === undefined) return whole;
    const makerWord = m.tokens[0]?.text ?? "";
    const trimmed = new Set(taken);
    const makerTokens = m.tokens.slice(0, m.tokens.length - rest.tokens.length);
    // The maker's words are not grown back into the name ("cohere" + "command a").
    const [grownRest, restMatches] = extend(q, rest, trimmed, makerTokens);
    // A name typed exactly after the maker ("AI21 Labs Jamba Mini", "cohere command a") is that
    // name, as it is without the maker: the maker's word never changes which model is meant.
    // A whole exact name still wins ("Kilo Auto Free" is a name, "Auto Free" another).
    const restExact = index.exact(grownRest.text).length > 0;
    const wholeExact = index.exact(grown.text).length > 0;
    if (
      whole.kind === "model" &&
      nameWordsOf(whole.record).words.has(makerWord) &&
      (wholeExact || !restExact)
    ) {
      for (const t of trial) taken.add(t);
      return whole;
    }
    const alone = resolveMention(grownRest, restMatches);
    if (alone.kind === "model" || (whole.kind === "unknown" && alone.kind === "ambiguous")) {
      for (const t of trimmed) taken.add(t);
      for (const t of m.tokens) taken.add(t);
      // The maker's words ("Anthracite Org") are no topic either.
      return { ...alone, maker: makerTokens };
    }
    for (const t of trial) taken.add(t);
    return whole;
  }

  function classify(found: NameMatch[], mention: Mention): Resolution {
    const matches = preferUndated(found);
    const top = matches[0];
    if (top?.exact) return { kind: "model", record: top.record, mention };
    if (
      top === undefined ||
      top.matched < MIN_MATCHED ||
      versionConflict(mention, top.record) ||
      familyConflict(mention, top.record, index)
    ) {
      let memo: ModelRecord[] | undefined;
      const suggestions = () => {
        memo ??= suggestFrom(matches, mention.text);
        return memo;
      };
      return { kind: "unknown", suggestions, mention };
    }
    const rivals = matches.filter((m) => m.matched >= top.matched - 1e-9);
    // A family name: it covers little of the best name, or fits another name just as well
    // ("llama 3.1": 8B or 70B?), popularity aside. Popularity then decides only by a clear margin.
    const base = (m: NameMatch) => m.score - m.prior;
    const tied = rivals
      .slice(1)
      .filter(
        (m) => base(m) >= base(top) - TIE_MARGIN && !isSnapshotOf(m.record.id, top.record.id),
      );
    const contenders = top.coverage < FAMILY_COVERAGE ? rivals.slice(1) : tied;
    const rivalPrior = Math.max(...contenders.map((m) => m.prior), Number.NEGATIVE_INFINITY);
    const clearWinner = top.prior - rivalPrior >= CLEAR_PRIOR_MARGIN;
    const family = top.coverage < FAMILY_COVERAGE || tied.length > 0;
    if (family && !clearWinner && top.coverage >= FAMILY_COVERAGE) {
      // "nemotron 3 nano": Nemotron 3 Nano 30B A3B, not Nemotron 3 Nano Omni … Reasoning. A name
      // that adds only sizes to the words typed is the model itself; one that adds a variant word
      // is another model. Only a single such name settles it ("llama 3.1": 8B or 70B?).
      const plain = [top, ...tied].flatMap((m) => {
        const sizes = addedSizes(mention, m.record);
        return sizes === undefined ? [] : [{ m, sizes }];
      });
      const [only] = plain;
      // …and every other candidate is that model with a variant word, not another size.
      const variants = [top, ...tied].filter((m) => m !== only?.m);
      if (
        plain.length === 1 &&
        only !== undefined &&
        variants.every((m) => sizesOf(mention, m.record).every((w) => only.sizes.includes(w)))
      )
        return { kind: "model", record: only.m.record, mention };
    }
    if (family && !clearWinner) {
      return {
        kind: "ambiguous",
        candidates: newestFirst(rivals.slice(0, 8)).slice(0, 5),
        mention,
      };
    }
    return { kind: "model", record: top.record, mention };
  }

  function suggestFrom(matches: NameMatch[], text: string): ModelRecord[] {
    // People name the family first ("gpt-9 ultra"): suggestions sharing the first word lead.
    const first = tokenize(text)[0];
    const leads = (m: NameMatch) =>
      first !== undefined && tokenize(m.record.id).includes(first) ? 1 : 0;
    const out = matches
      .filter((m) => m.matched > 0)
      .sort((a, b) => leads(b) - leads(a))
      .map((m) => m.record);
    if (out.length < 3) for (const r of fuzzy(text)) if (!out.includes(r)) out.push(r);
    return out.slice(0, 5);
  }

  function resolveMention(mention: Mention, matches = index.search(mention.text, 10)): Resolution {
    return classify(matches, mention);
  }

  /**
   * Grows a mention over neighbouring words that belong to a model name ("llama 3.2 90b" +
   * "vision"; "command" + "a") when that makes the match better.
   */
  function extend(
    q: ParsedQuestion,
    mention: Mention,
    taken: Set<Token>,
    blocked: readonly Token[] = [],
  ): [Mention, NameMatch[]] {
    let best = mention;
    let bestMatches = index.search(mention.text, 10);
    let bestScore = bestMatches[0]?.score ?? Number.NEGATIVE_INFINITY;
    for (const step of [1, -1]) {
      let current = best;
      for (let hops = 0; hops < 3; hops++) {
        const edge = step === 1 ? current.tokens[current.tokens.length - 1] : current.tokens[0];
        const at = edge === undefined ? -1 : q.tokens.indexOf(edge);
        const next = q.tokens[at + step];
        if (next === undefined || SEPARATORS.has(next.text) || !index.hasToken(next.text)) break;
        if (blocked.includes(next)) break;
        // "does kimi k2 think": a full name is not grown over the verb the question asks about.
        if (step === 1 && isAskedVerb(q, next) && index.exact(current.text).length > 0) break;
        const tokens = step === 1 ? [...current.tokens, next] : [next, ...current.tokens];
        current = toMention(tokens);
        const exact = index.exact(current.text).length > 0;
        // A small word ("a", "it", "models") joins a name only when that makes it a full name;
        // any other word only when some name has all these words (else no search is needed).
        const words = tokens.map((t) => t.text);
        if (STOPWORDS.has(next.text) ? !exact : !exact && !index.cooccur(words)) continue;
        const matches = index.search(current.text, 10);
        const score = matches[0]?.score ?? Number.NEGATIVE_INFINITY;
        // "qwen3 30b a3b thinking": a variant word the exact shorter name lacks, where another
        // name has every word typed, names that variant.
        // Only when one name fits: "gemini 2.5 flash thinking" fits two previews, so it stays.
        const full = matches.filter((m) => m.matched > 0.999);
        const variant =
          bestMatches[0]?.exact === true &&
          VARIANT_WORDS.has(next.text) &&
          full.length === 1 &&
          full[0]?.record !== bestMatches[0]?.record &&
          !nameWordsOf(bestMatches[0].record).words.has(next.text);
        if (score > bestScore || variant) {
          best = current;
          bestMatches = matches;
          bestScore = score;
        }
      }
    }
    for (const t of best.tokens) taken.add(t);
    return [best, bestMatches];
  }

  /**
   * Drops words at either end that no model name has ("when did gpt-5 come out" → "gpt 5") when
   * the whole mention fits no name and what is left is exactly a model's name. A mention whose
   * every word fits a name, typos repaired ("gpt-4o mni"), is kept whole.
   */
  function trimNoise(mention: Mention): Mention {
    const isNoise = (t: Token | undefined) =>
      t !== undefined && /^[a-z]+$/.test(t.text) && !index.hasToken(t.text);
    // A verb ending the mention ("… Vision generate") is the question's, even where some name
    // has it ("Veo 3.0 Fast Generate"), when what is left is exactly a name.
    const isTrailing = (t: Token | undefined) => isNoise(t) || OUTPUT_VERBS.has(t?.text ?? "");
    let tokens = mention.tokens;
    while (tokens.length > 1 && isTrailing(tokens[tokens.length - 1])) tokens = tokens.slice(0, -1);
    while (tokens.length > 1 && isNoise(tokens[0])) tokens = tokens.slice(1);
    if (tokens.length === mention.tokens.length) return mention;
    // The cheap exact-key check first; the full search only when trimming would change anything.
    const trimmed = toMention(tokens);
    if (index.exact(trimmed.text).length === 0) return mention;
    return (index.search(mention.text, 1)[0]?.matched ?? 0) > 0.999 ? mention : trimmed;
  }

  /**
   * Joins neighbouring mentions when, with the words between them, they are exactly one model's
   * name: "groq claude sonnet 3 5 latest bnb 4bit" was split at "latest", a stop word.
   */
  function mergeSplitNames(q: ParsedQuestion, mentions: Mention[]): Mention[] {
    const out: Mention[] = [];
    for (const m of mentions) {
      const prev = out[out.length - 1];
      const from = prev?.tokens[0];
      const to = m.tokens[m.tokens.length - 1];
      if (prev !== undefined && from !== undefined && to !== undefined) {
        const span = q.tokens.slice(q.tokens.indexOf(from), q.tokens.indexOf(to) + 1);
        const joined = toMention(span);
        if (!span.some((t) => SEPARATORS.has(t.text)) && index.exact(joined.text).length > 0) {
          out[out.length - 1] = joined;
          continue;
        }
      }
      out.push(m);
    }
    return out;
  }

  return {
    resolveAll(q) {
      const taken = new Set<Token>();
      const out: Resolution[] = [];
      for (const whole of mergeSplitNames(q, q.mentions.slice(0, MAX_MENTIONS))) {
        const m = trimNoise(
          whole.tokens.length > MAX_MENTION_TOKENS
            ? toMention(whole.tokens.slice(0, MAX_MENTION_TOKENS))
            : whole,
        );
        if (m.tokens.every((t) => taken.has(t))) continue;
        out.push(resolveWithMaker(q, m, taken));
      }
      return out;
    },
  };
}

/**
 * A topic that ends a yes/no question ("does kimi k2 think", "can o3 reason", "does kimi k2
 * think / reason?"): the predicate the question asks about, not the end of the model's name.
 */
function isAskedVerb(q: ParsedQuestion, t: Token): boolean {
  if (yesNoVerbAt(q.tokens.map((w) => w.text)) < 0) return false;
  const at = q.tokens.indexOf(t);
  const topic = (i: number) => q.fieldPhrases.some((f) => i >= f.start && i < f.start + f.length);
  if (at < 0 || !q.fieldPhrases.some((f) => f.start === at && f.length === 1)) return false;
  for (let i = at + 1; i < q.tokens.length; i++) {
    const w = q.tokens[i]?.text ?? "";
    if (!topic(i) && !SEPARATORS.has(w) && !STOPWORDS.has(w)) return false;
  }
  return true;
}

/** Words that name a model's variant after its family name ("… thinking", "… vision"). */
const VARIANT_WORDS = new Set(["thinking", "reasoning", "vision", "instruct", "coder", "omni"]);

/** Candidates for a family name, newest release first: the likeliest meant. */
function newestFirst(matches: NameMatch[]): ModelRecord[] {
  const released = (r: ModelRecord) => factValue(r.facts.release_date) ?? "";
  return matches.map((m) => m.record).sort((a, b) => released(b).localeCompare(released(a)));
}

/** "claude-sonnet-4-5-20250929" is a dated snapshot of "claude-sonnet-4-5"; so is "gpt-4-0613" of "gpt-4". */
export function isSnapshotOf(id: string, base: string): boolean {
  return (
    id.startsWith(`${base}-`) && /^(\d{4}-?\d{2}-?\d{2}|\d{4})$/.test(id.slice(base.length + 1))
  );
}

/**
 * When a name fits a model and its dated snapshot equally, the undated model answers: that is
 * what someone typing "sonnet 4.5" means, and the snapshot stays one exact id away.
 */
function preferUndated(matches: NameMatch[]): NameMatch[] {
  const top = matches[0];
  if (top === undefined) return matches;
  const base = matches.find(
    (m) =>
      m !== top &&
      isSnapshotOf(top.record.id, m.record.id) &&
      m.score - m.prior >= top.score - top.prior - 1e-9,
  );
  return base === undefined ? matches : [base, ...matches.filter((m) => m !== base)];
}

/**
 * fuse.js behind the name index, for text whose words match nothing ("gpt5codxmini"). Bounded:
 * it searches only the records whose compact id starts with the same character, at most 2,000
 * of them by popularity, so a miss costs milliseconds even at 100,000 models.
 */
function buildFuzzyFallback(index: NameIndex): (text: string) => ModelRecord[] {
  const buckets = new Map<string, ModelRecord[]>();
  for (const r of index.ranked) {
    const first = compactKey(r.id)[0] ?? "";
    const list = buckets.get(first) ?? [];
    if (list.length < 2000) list.push(r);
    buckets.set(first, list);
  }
  const fuses = new Map<string, Fuse<{ record: ModelRecord; key: string }>>();
  return (text) => {
    const key = compactKey(text).slice(0, 32);
    const first = key[0];
    if (first === undefined) return [];
    let fuse = fuses.get(first);
    if (fuse === undefined) {
      const items = (buckets.get(first) ?? []).map((record) => ({
        record,
        key: compactKey(record.id),
      }));
      fuse = new Fuse(items, { keys: ["key"], threshold: 0.4, ignoreLocation: true });
      fuses.set(first, fuse);
    }
    return fuse.search(key, { limit: 5 }).map((r) => r.item.record);
  };
}
