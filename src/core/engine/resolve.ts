import Fuse from "fuse.js";
import type { ModelRecord } from "../schema/record.ts";
import type { NameIndex, NameMatch } from "./name-index.ts";
import { compactKey, type Token } from "./normalize.ts";
import { type Mention, type ParsedQuestion, toMention } from "./parse.ts";
import { SEPARATORS } from "./words.ts";

export type Resolution =
  | { kind: "model"; record: ModelRecord; mention: Mention }
  | { kind: "ambiguous"; candidates: ModelRecord[]; mention: Mention }
  | { kind: "unknown"; suggestions: ModelRecord[]; mention: Mention };

/** Below this share of the question's weight matched, a name is a guess, not an answer. */
const MIN_MATCHED = 0.55;
/** A best name the question covers this little is a bare family name ("claude", "llama"). */
const FAMILY_COVERAGE = 0.4;
/** Work per question stays bounded whatever is pasted: a compare takes 4 names, a name ~12 words. */
const MAX_MENTIONS = 6;
const MAX_MENTION_TOKENS = 12;

export interface Resolver {
  /** Resolves every model mention of a parsed question, in the order the question names them. */
  resolveAll(q: ParsedQuestion): Resolution[];
  /** Resolves one piece of text as a model name. */
  resolveText(text: string): Resolution;
  /** Did-you-mean candidates for text that named no model. */
  suggest(text: string, limit: number): ModelRecord[];
}

export function buildResolver(index: NameIndex): Resolver {
  const fuzzy = buildFuzzyFallback(index);

  function classify(matches: NameMatch[], mention: Mention): Resolution {
    const top = matches[0];
    if (top === undefined || top.matched < MIN_MATCHED) {
      return { kind: "unknown", suggestions: suggestFrom(matches, mention.text), mention };
    }
    if (top.exact) return { kind: "model", record: top.record, mention };
    const rivals = matches.filter((m) => m.matched >= top.matched - 1e-9);
    if (top.coverage < FAMILY_COVERAGE && rivals.length > 1) {
      return { kind: "ambiguous", candidates: rivals.slice(0, 5).map((m) => m.record), mention };
    }
    return { kind: "model", record: top.record, mention };
  }

  function suggestFrom(matches: NameMatch[], text: string): ModelRecord[] {
    const out = matches.filter((m) => m.matched > 0).map((m) => m.record);
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
  function extend(q: ParsedQuestion, mention: Mention, taken: Set<Token>): [Mention, NameMatch[]] {
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
        const tokens = step === 1 ? [...current.tokens, next] : [next, ...current.tokens];
        current = toMention(tokens);
        const matches = index.search(current.text, 10);
        const score = matches[0]?.score ?? Number.NEGATIVE_INFINITY;
        if (score > bestScore) {
          best = current;
          bestMatches = matches;
          bestScore = score;
        }
      }
    }
    for (const t of best.tokens) taken.add(t);
    return [best, bestMatches];
  }

  return {
    resolveAll(q) {
      const taken = new Set<Token>();
      const out: Resolution[] = [];
      for (const whole of q.mentions.slice(0, MAX_MENTIONS)) {
        const m =
          whole.tokens.length > MAX_MENTION_TOKENS
            ? toMention(whole.tokens.slice(0, MAX_MENTION_TOKENS))
            : whole;
        if (m.tokens.every((t) => taken.has(t))) continue;
        const [grown, matches] = extend(q, m, taken);
        out.push(resolveMention(grown, matches));
      }
      return out;
    },
    resolveText: (text) => resolveMention({ text, tokens: [] }),
    suggest: (text, limit) => suggestFrom(index.search(text, limit), text).slice(0, limit),
  };
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
