import type { ModelRecord } from "../schema/record.ts";
import { compactKey, tokenize } from "./normalize.ts";
import { buildTypoIndex, type TypoIndex } from "./typo.ts";

/** How a name belongs to its record; an id outranks a display name, which outranks an alias. */
enum NameKind {
  Id = 0,
  Name = 1,
  Alias = 2,
  Snapshot = 3,
}

interface IndexedName {
  record: number;
  kind: NameKind;
  tokens: string[];
}

/** One scored candidate record. */
export interface NameMatch {
  record: ModelRecord;
  /** Token score plus the popularity prior; only comparable within one query. */
  score: number;
  /** Share of the query's weight this record's best name matched (0-1). */
  matched: number;
  /** Share of the best name's weight the query covered (0-1): low for bare family names. */
  coverage: number;
  exact: boolean;
}

export interface NameIndex {
  /** Candidates for a model mention, best first (at most `limit`). */
  search(text: string, limit: number): NameMatch[];
  /** Records whose name or alias compacts to exactly this key, best first. */
  exact(text: string): ModelRecord[];
  /** Candidates for text still being typed: the last word may be the start of a name word. */
  complete(text: string, limit: number): ModelRecord[];
  /** Whether a token is part of any model name. */
  hasToken(token: string): boolean;
  /** Records in prior order (most popular first). */
  readonly ranked: readonly ModelRecord[];
}

/** Candidates scored per query; enough for the best, bounded so a bare "llama" stays fast. */
const MAX_CANDIDATE_NAMES = 4000;
/** Extra name tokens cost less than missing query tokens: "sonnet 4.5" is still Claude Sonnet 4.5. */
const EXTRA_WEIGHT = 0.3;

/**
 * A popularity prior: canonical records and models many providers list win ties against obscure
 * siblings ("llama 3.3" → the 70B instruct model, not a fine-tune with the same words).
 */
export function priorOf(r: ModelRecord): number {
  return (
    (r.canonical ? 1 : 0) +
    0.3 * Math.log1p(r.listings.length) +
    (r.benchmarks.length > 0 ? 0.3 : 0) +
    (r.transparency ? 0.2 : 0)
  );
}

export function buildNameIndex(records: readonly ModelRecord[]): NameIndex {
  const ranked = [...records].sort((a, b) => priorOf(b) - priorOf(a) || a.id.localeCompare(b.id));
  const priors = ranked.map(priorOf);
  const names: IndexedName[] = [];
  const postings = new Map<string, number[]>();
  const recordDf = new Map<string, number>();
  const keys = new Map<string, number[]>();

  ranked.forEach((r, recordIndex) => {
    const seenTokens = new Set<string>();
    const seenNames = new Set<string>();
    const addKey = (key: string) => {
      if (key.length === 0) return;
      const owners = keys.get(key);
      if (owners === undefined) keys.set(key, [recordIndex]);
      else if (!owners.includes(recordIndex)) owners.push(recordIndex);
    };
    const addName = (text: string, kind: NameKind) => {
      const all = tokenize(text);
      const tokens = [...new Set(all)];
      // Both spellings: "gemini-2.0-flash" and its tokens' "gemini 2 flash".
      addKey(compactKey(text));
      addKey(all.join(""));
      const sig = tokens.join(" ");
      if (seenNames.has(sig)) return;
      seenNames.add(sig);
      const nameIndex = names.length;
      names.push({ record: recordIndex, kind, tokens });
      for (const t of tokens) {
        const list = postings.get(t);
        if (list === undefined) postings.set(t, [nameIndex]);
        else list.push(nameIndex);
        if (!seenTokens.has(t)) {
          seenTokens.add(t);
          recordDf.set(t, (recordDf.get(t) ?? 0) + 1);
        }
      }
    };
    addName(r.id, NameKind.Id);
    addName(r.name, NameKind.Name);
    for (const a of r.aliases) addName(stripProviderPrefix(a), NameKind.Alias);
    for (const a of r.aliases) if (a.includes("/")) addName(a, NameKind.Alias);
    for (const s of r.snapshots) addName(s, NameKind.Snapshot);
  });

  const n = ranked.length;
  const idf = (t: string) => Math.log(1 + n / (recordDf.get(t) ?? 0.5));
  const unknownIdf = Math.log(1 + n / 0.5);
  const typos: TypoIndex = buildTypoIndex(postings.keys(), (t) => recordDf.get(t) ?? 0);

  const exactIndexes = (text: string) => keys.get(compactKey(text)) ?? [];

  function repairTokens(tokens: string[]): string[] {
    const out: string[] = [];
    for (const t of tokens) {
      if (postings.has(t)) out.push(t);
      else {
        const fixed = typos.repair(t) ?? splitGlued(t, postings);
        if (Array.isArray(fixed)) out.push(...fixed);
        else out.push(fixed ?? t);
      }
    }
    return [...new Set(out)];
  }

  function search(text: string, limit: number): NameMatch[] {
    const exact = new Set(exactIndexes(text));
    const tokens = repairTokens(tokenize(text));
    if (tokens.length === 0) return [];
    const weights = tokens.map((t) => (postings.has(t) ? idf(t) : unknownIdf));
    const queryWeight = weights.reduce((a, b) => a + b, 0);
    const candidates = gatherCandidates(tokens, postings);
    const best = new Map<number, NameMatch>();
    const consider = (nameIdx: number | undefined, forceExact: boolean) => {
      const name = nameIdx === undefined ? undefined : names[nameIdx];
      if (name === undefined) return;
      let matched = 0;
      tokens.forEach((t, i) => {
        if (name.tokens.includes(t)) matched += weights[i] ?? 0;
      });
      let extra = 0;
      let nameWeight = 0;
      for (const t of name.tokens) {
        const w = idf(t);
        nameWeight += w;
        if (!tokens.includes(t)) extra += w;
      }
      const isExact = forceExact || exact.has(name.record);
      const score =
        2 * matched -
        queryWeight -
        EXTRA_WEIGHT * extra +
        (priors[name.record] ?? 0) +
        (isExact ? 100 - name.kind : 0);
      const prev = best.get(name.record);
      if (prev !== undefined && prev.score >= score) return;
      const record = ranked[name.record];
      if (record === undefined) return;
      best.set(name.record, {
        record,
        score,
        matched: queryWeight > 0 ? matched / queryWeight : 0,
        coverage: nameWeight > 0 ? (nameWeight - extra) / nameWeight : 0,
        exact: isExact,
      });
    };
    for (const c of candidates) consider(c, false);
    for (const r of exact) {
      if (!best.get(r)?.exact) {
        const record = ranked[r];
        if (record) best.set(r, { record, score: 200, matched: 1, coverage: 1, exact: true });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  const sortedVocab = [...postings.keys()].sort();
  /** The most common vocabulary token starting with `prefix`. */
  function completeToken(prefix: string): string | undefined {
    let lo = 0;
    let hi = sortedVocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sortedVocab[mid] ?? "") < prefix) lo = mid + 1;
      else hi = mid;
    }
    let best: string | undefined;
    for (let i = lo; i < sortedVocab.length && i < lo + 200; i++) {
      const t = sortedVocab[i];
      if (t === undefined || !t.startsWith(prefix)) break;
      if (best === undefined || (recordDf.get(t) ?? 0) > (recordDf.get(best) ?? 0)) best = t;
    }
    return best;
  }

  function complete(text: string, limit: number): ModelRecord[] {
    const tokens = tokenize(text);
    const last = tokens[tokens.length - 1];
    let query = text;
    if (last !== undefined && !postings.has(last)) {
      const done = completeToken(last);
      if (done !== undefined) query = [...tokens.slice(0, -1), done].join(" ");
    }
    const seen = new Set<ModelRecord>();
    const out: ModelRecord[] = [];
    for (const m of [...search(text, limit), ...search(query, limit)].sort(
      (a, b) => b.score - a.score,
    )) {
      if (!seen.has(m.record) && out.length < limit) {
        seen.add(m.record);
        out.push(m.record);
      }
    }
    return out;
  }

  return {
    ranked,
    search,
    complete,
    exact: (text) => exactIndexes(text).flatMap((i) => ranked[i] ?? []),
    hasToken: (t) => postings.has(t),
  };
}

/** Names scored for a query: the postings of its rarest tokens, capped (postings are in prior order). */
function gatherCandidates(tokens: string[], postings: Map<string, number[]>): Set<number> {
  const lists = tokens
    .map((t) => postings.get(t))
    .filter((l): l is number[] => l !== undefined)
    .sort((a, b) => a.length - b.length);
  const out = new Set<number>();
  // The two rarest tokens: a name missing one of them (a typo we could not repair) still competes.
  for (const list of lists.slice(0, 2)) {
    for (let i = 0; i < list.length && out.size < MAX_CANDIDATE_NAMES; i++) {
      const v = list[i];
      if (v !== undefined) out.add(v);
    }
  }
  return out;
}

/** "claudesonnet" → ["claude", "sonnet"] when the whole glued word splits into known tokens. */
function splitGlued(token: string, vocab: Map<string, number[]>): string[] | undefined {
  if (token.length < 5 || token.length > 40) return undefined;
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= token.length; end++) {
    for (let start = Math.max(0, end - 20); start < end; start++) {
      const head = best[start];
      const piece = token.slice(start, end);
      if (head === undefined || piece.length < 2 || !vocab.has(piece)) continue;
      const candidate = [...head, piece];
      const cur = best[end];
      if (cur === undefined || candidate.length < cur.length) best[end] = candidate;
    }
  }
  const parts = best[token.length];
  return parts !== undefined && parts.length > 1 ? parts : undefined;
}

/** "meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo" → "Meta-Llama-3.1-405B-Instruct-Turbo". */
function stripProviderPrefix(alias: string): string {
  const slash = alias.lastIndexOf("/");
  return slash >= 0 ? alias.slice(slash + 1) : alias;
}
