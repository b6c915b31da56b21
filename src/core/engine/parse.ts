import type { FieldKey } from "../answer/types.ts";
import type { TransparencyCategory } from "../schema/record.ts";
import { cueSpans, HISTORY_PATTERN, VALUE_PATTERN } from "./chart-cues.ts";
import { stripChatMarkup } from "./chat-text.ts";
import { NUMBER_WORDS, type ParsedFilters, parseFilters } from "./filters.ts";
import { allMatches } from "./matches.ts";
import { prepareText, type Token, tokenizeWithOffsets } from "./normalize.ts";
import { type PhraseBook, SUITE_CATEGORIES } from "./phrases.ts";
import { findRelease } from "./release.ts";
import {
  BENCHMARK_CUES,
  COMPARE_CUES,
  HELP_CUES,
  HELP_PATTERN,
  OUTPUT_VERBS,
  SEPARATORS,
  STOPWORDS,
  TOP_CUES,
  TRANSPARENCY_CUES,
  TRANSPARENCY_PATTERN,
} from "./words.ts";

/** A run of words that should name a model. */
export interface Mention {
  /** The words as typed (prepared text), e.g. "claude sonet 4.5". */
  text: string;
  tokens: Token[];
}

/** Everything the parser found in a question; the router decides the intent from it. */
export interface ParsedQuestion {
  prepared: string;
  tokens: Token[];
  mentions: Mention[];
  /** The most specific field asked about, if any. */
  field?: FieldKey;
  /** Every field phrase found, with its token positions (a model name may take one back). */
  fieldPhrases: FieldPhrase[];
  benchmarks: string[];
  /** LiveBench category words ("coding", "math") to pair with the suite or a top question. */
  suiteCategory?: string;
  category?: TransparencyCategory;
  /** A provider named after "on", "at", "via" ("llama 3.3 70b on groq"). */
  provider?: string;
  /** A leaderboard release asked for with a benchmark ("livebench in the 2025-04-25 release"). */
  release?: string;
  cues: {
    help: boolean;
    compare: boolean;
    transparency: boolean;
    benchmarks: boolean;
    top: boolean;
    least: boolean;
    /** "models", "llms", "list": the answer is a list of models. */
    list: boolean;
    /** "history", "improved", "over time": a model's results across releases. */
    history: boolean;
    /** "best value", "price vs score": price against score. */
    value: boolean;
  };
  filters: ParsedFilters;
  /** Tokens that matched a phrase or cue, kept for models whose names contain them ("vision"). */
  covered: boolean[];
}

const LIST_CUES = new Set(["models", "llms", "list", "options"]);
const PROVIDER_CUES = new Set(["on", "at", "via", "through", "in"]);
const ASKS_PROVIDER = new Set(["does", "do", "can"]);
const HOST_VERBS = new Set([
  "host",
  "hosts",
  "serve",
  "serves",
  "offer",
  "offers",
  "have",
  "has",
  "run",
  "list",
  "sell",
]);
/** Host verbs that also say what a maker has ("does openai have … models"). */
const OWN_VERBS = new Set(["have", "has", "offer", "offers", "list"]);
const MOST_LEAST = /\b(least|bottom|worst|lowest)\b/;
/** Words a count comes before ("3 cheapest", "5 worst"), as filters.ts reads the count. */
const COUNTED = new Set([
  ...["cheapest", "newest", "latest", "best", "largest", "biggest", "smallest", "most"],
  ...["worst", "weakest", "lowest", "least"],
]);
/** Words after a provider's name that ask for its id of a model. */
const ID_WORDS = new Set(["id", "ids", "slug", "endpoint", "string", "name"]);
/** Benchmarks named by an everyday word, read as one only beside a benchmark cue. */
const EVERYDAY_BENCHMARKS = new Set([
  "drop",
  "include",
  "frames",
  "blink",
  "stem",
  "ruler",
  "spider",
  "pope",
  "meld",
  "nexus",
  "terminus",
  "collie",
  "arc",
]);
/** Words of a token phrase that can be a price's unit ("input tokens"). */
const TOKEN_UNIT = new Set(["input", "output", "prompt", "completion", "tokens", "token"]);
/** "per 1m input tokens", "per million output tokens", "per 1k tokens": a price's unit. */
const PRICE_UNIT =
  /\bper (?:(?:1|one) ?(?:m|k|million|thousand)|m|k|mtok|million|thousand|1,?000(?:,000)?) ?(?:(?:input|output|prompt|completion) )?tokens?\b|\bper (?:input|output|prompt|completion) tokens?\b/g;
/** The longest LiveBench category phrase in the question ("data analysis" before "data"). */
const SUITE_WORD = new RegExp(
  `\\b(${Object.keys(SUITE_CATEGORIES)
    .sort((a, b) => b.length - a.length)
    .join("|")})\\b`,
);

/** Reads a question into mentions, topics, benchmarks, cues and constraints. */
export function parseQuestion(
  question: string,
  phrases: PhraseBook,
  isName: (text: string) => boolean = () => false,
): ParsedQuestion {
  const prepared = prepareText(stripChatMarkup(question).replace(/[,;&|]/g, " vs "));
  const raw = tokenizeWithOffsets(prepared);
  const pinned = pinNames(prepared, raw, isName);
  const tokens = raw.map((t, i) => {
    const fixed = pinned[i] ? undefined : phrases.repairWord(t.text);
    return fixed === undefined ? t : { ...t, text: fixed };
  });
  const words = tokens.map((t) => t.text);
  const covered = tokens.map(() => false);
  const fields: FieldPhrase[] = [];
  const benchmarks: string[] = [];
  /** Token positions just after a benchmark phrase. */
  const afterBenchmark = new Set<number>();
  /** Where benchmark names are: "AI2 Reasoning Challenge" asks for no reasoning models. */
  const benchmarkSpans: [number, number][] = [];
  let category: TransparencyCategory | undefined;
  let provider: string | undefined;
  // A benchmark named by an everyday word ("when did kimi k2.6 drop") needs a word that says a
  // benchmark is meant: a score or ranking cue, or "on"/"at"/"in" before it.
  const benchmarkTalk = words.some((w) => BENCHMARK_CUES.has(w) || TOP_CUES.has(w));
  const listAsked = words.some((w) => LIST_CUES.has(w));

  for (let i = 0; i < words.length; ) {
    let matched = 0;
    // Most words start no phrase: no lookup from them can match.
    const from = phrases.startsPhrase(words[i] ?? "")
      ? Math.min(phrases.longest, words.length - i)
      : 0;
    for (let len = from; len >= 1 && matched === 0; len--) {
      if (pinned.slice(i, i + len).some(Boolean)) continue;
      const found = phrases.lookup(words.slice(i, i + len));
      // "on groq", "via bedrock"; or "does together ai host …".
      const afterOn =
        PROVIDER_CUES.has(words[i - 1] ?? "") ||
        (ASKS_PROVIDER.has(words[i - 1] ?? "") &&
          HOST_VERBS.has(words[i + len] ?? "") &&
          // "does openai have open weights models": a maker's list, not what a provider hosts.
          !(listAsked && OWN_VERBS.has(words[i + len] ?? ""))) ||
        // "openrouter id for …", "bedrock model id": the provider's name for a model.
        ID_WORDS.has(words[i + len] ?? "") ||
        (words[i + len] === "model" && ID_WORDS.has(words[i + len + 1] ?? ""));
      const everyday =
        len === 1 && EVERYDAY_BENCHMARKS.has(words[i] ?? "") && !benchmarkTalk && !afterOn;
      const meanings = found?.filter(
        (m) => (m.kind !== "provider" || afterOn) && (m.kind !== "benchmark" || !everyday),
      );
      if (meanings === undefined || meanings.length === 0) continue;
      matched = len;
      const viaProvider = meanings.find((m) => m.kind === "provider");
      if (viaProvider?.kind === "provider") {
        provider ??= viaProvider.provider;
        continue;
      }
      for (const m of meanings) {
        if (m.kind === "field")
          fields.push({ field: m.field, weak: m.weak, start: i, length: len });
        else if (m.kind === "benchmark") {
          benchmarks.push(m.benchmark);
          afterBenchmark.add(i + len);
          benchmarkSpans.push([tokens[i]?.start ?? 0, tokens[i + len - 1]?.end ?? 0]);
        } else if (m.kind === "category") category ??= m.category;
      }
    }
    if (matched > 0) {
      for (let k = i; k < i + matched; k++) covered[k] = true;
      i += matched;
    } else i++;
  }
  addInnerFieldPhrases(words, phrases, fields);
  // "cheaper for input tokens", "cost of output tokens": with a price word and no "and" between,
  // the tokens are the price's unit, not the input or output limit.
  const priced = fields.filter((f) => f.field === "pricing");
  for (let k = fields.length - 1; k >= 0 && priced.length > 0; k--) {
    const f = fields[k];
    if (
      f === undefined ||
      !words.slice(f.start, f.start + f.length).every((w) => TOKEN_UNIT.has(w))
    )
      continue;
    const joined = priced.some((p) => {
      const [from, to] =
        p.start < f.start ? [p.start + p.length, f.start] : [f.start + f.length, p.start];
      return !words.slice(from, to).some((w) => SEPARATORS.has(w));
    });
    if (joined) fields.splice(k, 1);
  }
  // "how many tokens can it write": a count of tokens with a verb of producing is the output limit.
  if (words.some((w) => OUTPUT_VERBS.has(w))) {
    for (const f of fields) {
      const said = words.slice(f.start, f.start + f.length);
      if (f.field === "context_length" && said.some((w) => w === "tokens" || w === "token"))
        f.field = "max_output";
    }
  }

  let unpinned = blankPinned(prepared, raw, pinned);
  const release = benchmarks.length > 0 ? findRelease(unpinned, phrases.releases) : undefined;
  if (release) {
    // The release's words are neither a model name, a filter, nor a field ("release").
    const [from, to] = release.span;
    const inside = coverSpan(tokens, covered, release.span);
    for (let k = fields.length - 1; k >= 0; k--) {
      const f = fields[k];
      if (f && inside.has(f.start)) fields.splice(k, 1);
    }
    unpinned = unpinned.slice(0, from) + " ".repeat(to - from) + unpinned.slice(to);
  }
  for (const [from, to] of benchmarkSpans)
    unpinned = unpinned.slice(0, from) + " ".repeat(to - from) + unpinned.slice(to);
  const filters = parseFilters(blankNameNumbers(unpinned, phrases));
  tokens.forEach((t, i) => {
    if (pinned[i]) return;
    if (filters.spans.some(([s, e]) => t.start >= s && t.end <= e)) covered[i] = true;
    // A stop word glued to a number is a name ("AI21 Labs", "AI2 Reasoning Challenge"), and so
    // is one dotted to a letter ("z.ai", "x.ai").
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const glued =
      (next?.start === t.end && /^\d/.test(next.text)) ||
      (prev !== undefined &&
        prev.end + 1 === t.start &&
        prepared[prev.end] === "." &&
        /^[a-z]$/.test(prev.text));
    if (glued) return;
    if (STOPWORDS.has(t.text) || isCue(t.text) || t.text in SUITE_CATEGORIES) covered[i] = true;
  });
  // "cost per 1m input tokens": a price's unit, not the input limit; the topic is the price.
  for (const m of prepared.matchAll(PRICE_UNIT)) {
    const span: [number, number] = [m.index, m.index + m[0].length];
    if (filters.spans.some(([a, b]) => span[0] < b && a < span[1])) continue;
    const inside = coverSpan(tokens, covered, span);
    if (inside.size === 0) continue;
    for (let k = fields.length - 1; k >= 0; k--) {
      const f = fields[k];
      if (f && f.field !== "pricing" && inside.has(f.start)) fields.splice(k, 1);
    }
    fields.push({ field: "pricing", weak: false, start: Math.min(...inside), length: inside.size });
  }
  // "top 5", "top seven", "3 cheapest", "5 worst": the count is not part of a model name.
  words.forEach((w, i) => {
    if (pinned[i] || !(/^\d{1,3}$/.test(w) || w in NUMBER_WORDS)) return;
    if (TOP_CUES.has(words[i - 1] ?? "") || COUNTED.has(words[i + 1] ?? "")) covered[i] = true;
  });
  // "/top livebench coding 3", "top swe-bench verified 5": a count after the board's name.
  const asksTop = words.some((w) => TOP_CUES.has(w));
  words.forEach((w, i) => {
    const afterBoard =
      afterBenchmark.has(i) ||
      (afterBenchmark.has(i - 1) && (words[i - 1] ?? "") in SUITE_CATEGORIES);
    if (!asksTop || !afterBoard || !/^\d{1,3}$/.test(w) || pinned[i] || covered[i]) return;
    if (filters.spans.some(([a, b]) => (tokens[i]?.start ?? -1) >= a && (tokens[i]?.end ?? 0) <= b))
      return;
    covered[i] = true;
    filters.count ??= Number(w);
  });
  // "who was #1 on livebench": a rank asked for, not a name.
  const firstPlace = /#\s*1\b|\bnumber (?:one|1)\b/.exec(prepared);
  if (firstPlace) {
    coverSpan(tokens, covered, [firstPlace.index, firstPlace.index + firstPlace[0].length]);
    filters.count ??= 1;
  }
  // "gpt oss 20b $/M?": a dollar sign no price constraint used asks for the price.
  const dollar = unpinned.indexOf("$");
  if (dollar >= 0 && !filters.spans.some(([a, b]) => dollar >= a && dollar < b)) {
    fields.push({ field: "pricing", weak: true, start: tokens.length, length: 0 });
  }

  const historySpans = cueSpans(prepared, HISTORY_PATTERN);
  const valueSpans = cueSpans(prepared, VALUE_PATTERN);
  for (const span of [...historySpans, ...valueSpans]) coverSpan(tokens, covered, span);

  const all = new Set(words);
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  const suiteWord = SUITE_WORD.exec(prepared)?.[1];
  const field = pickField(fields);
  return {
    prepared,
    tokens,
    mentions: splitMentions(tokens, covered),
    ...(field ? { field } : {}),
    fieldPhrases: fields,
    benchmarks: [...new Set(benchmarks)],
    ...(suiteWord ? { suiteCategory: SUITE_CATEGORIES[suiteWord] } : {}),
    ...(category ? { category } : {}),
    ...(provider ? { provider } : {}),
    ...(release ? { release: release.date } : {}),
    cues: {
      help: has(HELP_CUES) || /^\s*\?/.test(prepared) || HELP_PATTERN.test(prepared),
      compare: has(COMPARE_CUES) || all.has("vs"),
      transparency: has(TRANSPARENCY_CUES) || TRANSPARENCY_PATTERN.test(prepared),
      benchmarks: has(BENCHMARK_CUES),
      top: has(TOP_CUES) || /(?<!\bat )\b(most|least) [a-z]/.test(prepared) || firstPlace !== null,
      least: MOST_LEAST.test(prepared),
      // The words, typos put right ("moedls").
      list: words.some((w) => LIST_CUES.has(w)),
      history: historySpans.length > 0,
      value: valueSpans.length > 0,
    },
    filters,
    covered,
  };
}

/** Marks the tokens inside a span of the prepared text as used; returns their positions. */
function coverSpan(tokens: Token[], covered: boolean[], [from, to]: [number, number]): Set<number> {
  const inside = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.start >= from && t.end <= to) {
      covered[i] = true;
      inside.add(i);
    }
  });
  return inside;
}

/**
 * Shorter field phrases inside longer ones ("context" in "max context"): if a model name later
 * takes a word back ("gpt-5.1-codex-max context"), the rest still names the topic.
 */
function addInnerFieldPhrases(words: string[], phrases: PhraseBook, fields: FieldPhrase[]): void {
  const outer = [...fields];
  for (const f of outer) {
    for (let start = f.start; start < f.start + f.length; start++) {
      for (let end = start + 1; end <= f.start + f.length; end++) {
        if (start === f.start && end === f.start + f.length) continue;
        for (const m of phrases.lookup(words.slice(start, end)) ?? []) {
          if (m.kind === "field")
            fields.push({ field: m.field, weak: m.weak, start, length: end - start });
        }
      }
    }
  }
}

const CHUNK = /[^\s?!()"]+/g;

/**
 * An id typed as one unit ("claude-sonnet-4-5-latest", "together/llama-3.3-70b") that is exactly
 * a model's name stays whole: none of its words is read as a topic, filter or stop word.
 */
function pinNames(prepared: string, tokens: Token[], isName: (text: string) => boolean): boolean[] {
  const pinned = tokens.map(() => false);
  for (const chunk of allMatches(prepared, CHUNK)) {
    const start = chunk.index;
    const end = start + chunk[0].length;
    if (!looksLikeId(chunk[0]) || !isName(chunk[0])) continue;
    tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= end) pinned[i] = true;
    });
  }
  pinSpacedNames(tokens, pinned, isName);
  return pinned;
}

/** Longest spaced name first; a name of more words than this is typed as an id. */
const MAX_NAME_WORDS = 6;

/**
 * A run of words that is exactly a model's name ("tell me about Coding Router", "Gemini 2.5 Flash
 * Image") stays whole too, when it holds a word a constraint or topic would take ("router",
 * "image"): the name was typed, not the constraint. Only such runs are looked up, longest first.
 */
function pinSpacedNames(tokens: Token[], pinned: boolean[], isName: (text: string) => boolean) {
  const takenWord = (w: string) => CONSTRAINT_WORD.test(w);
  if (!tokens.some((t) => takenWord(t.text))) return;
  // Every run that is a name, then the longest ones win ("google gemini 2.5 pro preview tts":
  // "gemini 2.5 pro preview tts" over "google gemini 2.5 pro preview").
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 2; n <= Math.min(MAX_NAME_WORDS, tokens.length - i); n++) {
      const run = tokens.slice(i, i + n);
      if (run.some((_, k) => pinned[i + k]) || !run.some((t) => takenWord(t.text))) continue;
      if (isName(run.map((t) => t.text).join(" "))) runs.push([i, n]);
    }
  }
  // Of two as long, the one that takes more such words back.
  const taken = ([i, n]: [number, number]) =>
    tokens.slice(i, i + n).filter((t) => takenWord(t.text)).length;
  runs.sort((a, b) => b[1] - a[1] || taken(b) - taken(a) || a[0] - b[0]);
  for (const [i, n] of runs) {
    if (pinned.slice(i, i + n).some(Boolean)) continue;
    for (let k = i; k < i + n; k++) pinned[k] = true;
  }
}

/** Words the constraint patterns or the topic phrases read, which model names also use. */
const CONSTRAINT_WORD =
  /^(?:router|routers|image|images|vision|audio|video|embedding|embeddings|reasoning|thinking|free|long|large|mini|coding|code|search|tts|speech|realtime|preview|latest|new|open|instruct|chat|turbo|fast|flash|pro|max|plus|lite)$/;

/**
 * A real id: letters and digits joined by punctuation ("gpt-4o", not "$0.5" or "models:"), that is
 * a letter, later one of - / _ : . and later a letter or digit; or a digit, punctuation, a letter.
 * One pass over the text: the regex this replaces (`[a-z].*[-/_:.].*[a-z\d]|…`) backtracked
 * cubically (48 ms on a 500-character chunk of letters then dashes).
 */
export function looksLikeId(chunk: string): boolean {
  // The earliest letter and the earliest digit are the best starts: every later start sees less.
  let letter = false;
  let digit = false;
  let punctAfterLetter = false;
  let punctAfterDigit = false;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    const isLetter = c >= 97 && c <= 122;
    const isDigit = c >= 48 && c <= 57;
    if ((punctAfterLetter && (isLetter || isDigit)) || (punctAfterDigit && isLetter)) return true;
    if (isLetter) letter = true;
    else if (isDigit) digit = true;
    else if (ID_PUNCTUATION.has(c)) {
      punctAfterLetter ||= letter;
      punctAfterDigit ||= digit;
    }
  }
  return false;
}

const ID_PUNCTUATION = new Set([..."-/_:."].map((c) => c.charCodeAt(0)));

/**
 * A bare number right after a name-like word ("foobar 9000 context", "zorblax-70000") is part of
 * a model's name, not a bound: it is blanked for the constraint patterns. A number after a
 * question word ("with 200000 context") or with a unit or comparator is left to them.
 */
function blankNameNumbers(text: string, phrases: PhraseBook): string {
  if (!/[a-z][- ]\d{4}/.test(text)) return text;
  return text.replace(
    /\b([a-z]{3,})([- ])(\d{4,})\b(?![.,]\d|\s*(?:k|m|b|t|thousand|million|billion)\b)/g,
    (all, word: string, sep: string, digits: string) =>
      STOPWORDS.has(word) ||
      isCue(word) ||
      DATE_WORDS.test(word) ||
      phrases.lookup([word]) !== undefined
        ? all
        : `${word}${sep}${" ".repeat(digits.length)}`,
  );
}

/** Words before a year or date ("after 2025-06", "june 2025"), which the date patterns read. */
const DATE_WORDS =
  /^(?:after|before|since|from|until|till|during|released|launched|published|out|as|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;

/** The text with pinned names blanked out, for the constraint patterns. */
function blankPinned(prepared: string, tokens: Token[], pinned: boolean[]): string {
  let out = prepared;
  tokens.forEach((t, i) => {
    if (pinned[i]) out = out.slice(0, t.start) + " ".repeat(t.end - t.start) + out.slice(t.end);
  });
  return out;
}

function isCue(w: string): boolean {
  return (
    SEPARATORS.has(w) ||
    COMPARE_CUES.has(w) ||
    HELP_CUES.has(w) ||
    TRANSPARENCY_CUES.has(w) ||
    BENCHMARK_CUES.has(w) ||
    TOP_CUES.has(w) ||
    w === "most" ||
    w === "least"
  );
}

export interface FieldPhrase {
  field: FieldKey;
  weak: boolean;
  /** Index of its first token, and its length in tokens. */
  start: number;
  length: number;
}

/** The longest strong field phrase wins; a weak one ("date") only when nothing better is there. */
export function pickField(fields: FieldPhrase[]): FieldKey | undefined {
  const strong = fields.filter((f) => !f.weak);
  const pool = strong.length > 0 ? strong : fields;
  let best: (typeof fields)[number] | undefined;
  for (const f of pool) if (best === undefined || f.length > best.length) best = f;
  return best?.field;
}

/** Runs of uncovered tokens; separators ("vs", "and", ",") end a run. */
function splitMentions(tokens: Token[], covered: boolean[]): Mention[] {
  const out: Mention[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0) out.push(toMention(run));
    run = [];
  };
  tokens.forEach((t, i) => {
    if (covered[i]) flush();
    else run.push(t);
  });
  flush();
  return out;
}

export function toMention(tokens: Token[]): Mention {
  return { text: tokens.map((t) => t.text).join(" "), tokens };
}
