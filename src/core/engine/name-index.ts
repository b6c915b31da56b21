import type { ModelRecord } from "../schema/record.ts";
import { compactFolded, compactKey, foldText, tokenize, tokenizeFolded } from "./normalize.ts";
import { buildTypoIndex } from "./typo.ts";

/** How a name belongs to its record; an id outranks a display name, which outranks an alias. */
enum NameKind {
  Id = 0,
  Name = 1,
  Alias = 2,
  Snapshot = 3,
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
  /** The record's popularity prior (see priorOf). */
  prior: number;
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
  /** Whether some single name has every one of these words (typos repaired). */
  cooccur(words: string[]): boolean;
  /** The name word a typed word stands for: itself, its typo repair, or itself when unknown. */
  nameWord(word: string): string;

  /** Records in prior order (most popular first). */
  readonly ranked: readonly ModelRecord[];
}

/** Candidates scored per query; enough for the best, bounded so a bare "llama" stays fast. */
const MAX_CANDIDATE_NAMES = 1500;
/** With only common words, this many of the most popular names of the rarest one also compete. */
const POPULAR_NAMES = 500;
const SECOND_LIST_NAMES = 300;
/** Extra name tokens cost less than missing query tokens: "sonnet 4.5" is still Claude Sonnet 4.5. */
const EXTRA_WEIGHT = 0.3;
/** An exact name match outranks any token score; id beats display name beats alias. */
const EXACT_BONUS = 100;

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

/**
 * Names are stored as arrays of token numbers rather than strings: at 100,000 models that keeps
 * the index to a few tens of MB and makes scoring integer comparisons.
 */
class NameTable {
  readonly tokenIds = new Map<string, number>();
  readonly tokens: string[] = [];
  readonly df: number[] = [];
  readonly postings: number[][] = [];
  readonly nameRecord: number[] = [];
  readonly nameKind: number[] = [];
  readonly nameStart: number[] = [0];
  readonly flat: number[] = [];
  /**
   * Hash of a compact key → owning record index, or several. Hashes rather than strings keep
   * 100,000 models' keys small; lookups confirm the key on the candidate records (see owners).
   */
  readonly keys = new Map<number, number | number[]>();

  tokenId(t: string): number {
    let id = this.tokenIds.get(t);
    if (id === undefined) {
      id = this.tokens.length;
      this.tokenIds.set(t, id);
      this.tokens.push(t);
      this.df.push(0);
      this.postings.push([]);
    }
    return id;
  }

  addKey(key: string, record: number): void {
    if (key.length === 0) return;
    const hash = hashKey(key);
    const owners = this.keys.get(hash);
    if (owners === undefined) this.keys.set(hash, record);
    else if (typeof owners === "number") {
      if (owners !== record) this.keys.set(hash, [owners, record]);
    } else if (!owners.includes(record)) owners.push(record);
  }

  addName(record: number, kind: NameKind, ids: number[]): void {
    const name = this.nameRecord.length;
    this.nameRecord.push(record);
    this.nameKind.push(kind);
    for (const id of ids) {
      this.flat.push(id);
      this.postings[id]?.push(name);
    }
    this.nameStart.push(this.flat.length);
  }

  /** Record indexes with a hash match; the caller confirms the key (hashes may collide). */
  candidates(key: string): number[] {
    const o = key.length === 0 ? undefined : this.keys.get(hashKey(key));
    return o === undefined ? [] : typeof o === "number" ? [o] : o;
  }
}

/** FNV-1a, 32 bits. */
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Signed: small integers stay unboxed as Map keys.
  return h | 0;
}

/** Every exact-match key of a record, as indexRecord adds them. */
function recordKeys(r: ModelRecord): string[] {
  const out: string[] = [];
  for (const text of [
    r.id,
    r.name,
    ...r.aliases,
    ...r.aliases.map(stripProviderPrefix),
    ...r.snapshots,
  ]) {
    out.push(compactKey(text), tokenize(text).join(""));
  }
  return out;
}

function indexRecord(table: NameTable, r: ModelRecord, recordIndex: number): void {
  const signatures: string[] = [];
  const recordTokens: number[] = [];
  const addName = (text: string, kind: NameKind, asName = true) => {
    const folded = foldText(text);
    const all = tokenizeFolded(folded);
    const key = compactFolded(folded);
    table.addKey(key, recordIndex);
    // Both spellings: "gemini-2.0-flash" and its tokens' "gemini 2 flash".
    const joined = all.join("");
    if (joined !== key) table.addKey(joined, recordIndex);
    if (!asName) return;
    const ids: number[] = [];
    for (const t of all) {
      const id = table.tokenId(t);
      if (!ids.includes(id)) ids.push(id);
    }
    const sig = ids.join(" ");
    if (ids.length === 0 || signatures.includes(sig)) return;
    signatures.push(sig);
    table.addName(recordIndex, kind, ids);
    for (const id of ids) {
      if (!recordTokens.includes(id)) {
        recordTokens.push(id);
        table.df[id] = (table.df[id] ?? 0) + 1;
      }
    }
  };
  addName(r.id, NameKind.Id);
  addName(r.name, NameKind.Name);
  for (const a of r.aliases) {
    addName(stripProviderPrefix(a), NameKind.Alias);
    // The full provider id ("together/acme-llama") matches exactly; its prefix is no name word.
    if (a.includes("/")) addName(a, NameKind.Alias, false);
  }
  for (const s of r.snapshots) addName(s, NameKind.Snapshot);
}

/**
 * A search's working memory, reused from one search to the next: a search scores a few hundred
 * names, and a match object for each record it touched (then a sort of them all) was most of its
 * cost. Stamps mark what the current search has seen, so nothing is cleared between searches;
 * only the best `limit` records become NameMatch objects.
 */
export class SearchScratch {
  readonly nameSeen: Uint32Array;
  readonly recordSeen: Uint32Array;
  readonly score: Float64Array;
  readonly matched: Float64Array;
  readonly coverage: Float64Array;
  readonly exact: Uint8Array;
  /** Records in the order the search first scored them (ties keep this order). */
  readonly order: number[] = [];
  private stamp = 0;

  constructor(names: number, records: number) {
    this.nameSeen = new Uint32Array(names);
    this.recordSeen = new Uint32Array(records);
    this.score = new Float64Array(records);
    this.matched = new Float64Array(records);
    this.coverage = new Float64Array(records);
    this.exact = new Uint8Array(records);
  }

  /** Starts a search; returns its stamp. */
  begin(): number {
    if (this.stamp === 0xffffffff) {
      this.nameSeen.fill(0);
      this.recordSeen.fill(0);
      this.stamp = 0;
    }
    this.order.length = 0;
    this.stamp += 1;
    return this.stamp;
  }

  /** Keeps a record's score if it is the record's best so far in this search (or if `always`). */
  offer(
    record: number,
    stamp: number,
    score: number,
    matched: number,
    coverage: number,
    exact: boolean,
    always = false,
  ): void {
    if (this.recordSeen[record] === stamp) {
      if (!always && (this.score[record] ?? 0) >= score) return;
    } else {
      this.recordSeen[record] = stamp;
      this.order.push(record);
    }
    this.score[record] = score;
    this.matched[record] = matched;
    this.coverage[record] = coverage;
    this.exact[record] = exact ? 1 : 0;
  }

  /**
   * The best `limit` records of this search, best first; equal scores in the order first scored
   * (what a stable sort of every scored record, then a cut, gives).
   */
  top(limit: number): number[] {
    const score = (rec: number) => this.score[rec] ?? 0;
    if (!Number.isInteger(limit) || limit < 1)
      return [...this.order].sort((a, b) => score(b) - score(a)).slice(0, limit);
    const top: number[] = [];
    for (const rec of this.order) {
      const s = score(rec);
      if (top.length === limit && !(s > score(top[limit - 1] ?? 0))) continue;
      let at = top.length;
      while (at > 0 && score(top[at - 1] ?? 0) < s) at--;
      top.splice(at, 0, rec);
      if (top.length > limit) top.pop();
    }
    return top;
  }
}

export function buildNameIndex(records: readonly ModelRecord[]): NameIndex {
  const priorsById = new Map(records.map((r) => [r, priorOf(r)]));
  const prior = (r: ModelRecord) => priorsById.get(r) ?? 0;
  const ranked = [...records].sort((a, b) => prior(b) - prior(a) || a.id.localeCompare(b.id));
  const priors = Float64Array.from(ranked, prior);
  const table = new NameTable();
  ranked.forEach((r, i) => {
    indexRecord(table, r, i);
  });
  const flat = Int32Array.from(table.flat);
  const n = ranked.length;
  const idf = Float64Array.from(table.df, (df) => Math.log(1 + n / Math.max(df, 0.5)));
  const unknownIdf = Math.log(1 + n / 0.5);
  const typos = buildTypoIndex(table.tokens, (t) => table.df[table.tokenIds.get(t) ?? -1] ?? 0);
  const known = (t: string) => table.tokenIds.has(t);
  const scratch = new SearchScratch(table.nameRecord.length, n);

  /** Query tokens as ids (typos repaired, glued words split); -1 for a word no name has. */
  function queryIds(text: string): number[] {
    const out: number[] = [];
    for (const t of tokenize(text)) {
      if (known(t)) out.push(table.tokenIds.get(t) ?? -1);
      else {
        const fixed = typos.repair(t) ?? splitGlued(t, known);
        const words = fixed === undefined ? [t] : Array.isArray(fixed) ? fixed : [fixed];
        for (const w of words) out.push(table.tokenIds.get(w) ?? -1);
      }
    }
    return [...new Set(out)];
  }

  /** Exact keys of the records looked up so far (a hash hit is confirmed against them). */
  const keysOf = new Map<number, string[]>();
  /** Records with a name that compacts to the same key as `text`. */
  function owners(text: string): number[] {
    const key = compactKey(text);
    return table.candidates(key).filter((i) => {
      const r = ranked[i];
      if (r === undefined) return false;
      let keys = keysOf.get(i);
      if (keys === undefined) {
        keys = recordKeys(r);
        keysOf.set(i, keys);
      }
      return keys.includes(key);
    });
  }

  function search(text: string, limit: number): NameMatch[] {
    const ids = queryIds(text);
    // Exact on the words as typed, or once typos are repaired ("codestrall" → "codestral").
    let exact = new Set(owners(text));
    if (exact.size === 0 && ids.every((id) => id >= 0)) {
      const repaired = ids.map((id) => table.tokens[id] ?? "").join(" ");
      if (repaired !== tokenize(text).join(" ")) exact = new Set(owners(repaired));
    }
    const stamp = scratch.begin();
    if (ids.length > 0) {
      const weights = ids.map((id) => (id >= 0 ? (idf[id] ?? 0) : unknownIdf));
      const numeric = ids.map((id) => id >= 0 && /^[\d.]+$/.test(table.tokens[id] ?? ""));
      const hasWord = numeric.some((isNumber, i) => !isNumber && (ids[i] ?? -1) >= 0);
      const queryWeight = weights.reduce((a, b) => a + b, 0);
      for (const name of gatherCandidates(ids, table.postings, scratch.nameSeen, stamp)) {
        const record = table.nameRecord[name] ?? 0;
        const start = table.nameStart[name] ?? 0;
        const end = table.nameStart[name + 1] ?? start;
        let matched = 0;
        let extra = 0;
        let nameWeight = 0;
        let wordMatched = false;
        for (let k = start; k < end; k++) {
          const t = flat[k] ?? -1;
          const w = idf[t] ?? 0;
          nameWeight += w;
          const at = ids.indexOf(t);
          if (at >= 0) {
            matched += weights[at] ?? 0;
            if (!numeric[at]) wordMatched = true;
          } else extra += w;
        }
        // A shared number alone ("gpt-7" and "kimi-k2.7") is no match when the query has words.
        if (!wordMatched && hasWord) continue;
        const isExact = exact.has(record);
        const kind = table.nameKind[name] ?? NameKind.Alias;
        const score =
          2 * matched -
          queryWeight -
          EXTRA_WEIGHT * extra +
          (priors[record] ?? 0) +
          (isExact ? EXACT_BONUS - kind : 0);
        if (ranked[record] === undefined) continue;
        scratch.offer(
          record,
          stamp,
          score,
          queryWeight > 0 ? matched / queryWeight : 0,
          nameWeight > 0 ? (nameWeight - extra) / nameWeight : 0,
          isExact,
        );
      }
    }
    for (const rec of exact) {
      if (ranked[rec] === undefined) continue;
      if (scratch.recordSeen[rec] === stamp && scratch.exact[rec] === 1) continue;
      // An exact name outranks every token score, whatever its words scored.
      scratch.offer(rec, stamp, 2 * EXACT_BONUS, 1, 1, true, true);
    }
    return scratch.top(limit).map((rec) => ({
      record: ranked[rec] as ModelRecord,
      score: scratch.score[rec] ?? 0,
      matched: scratch.matched[rec] ?? 0,
      coverage: scratch.coverage[rec] ?? 0,
      exact: scratch.exact[rec] === 1,
      prior: priors[rec] ?? 0,
    }));
  }

  const sortedVocab = [...table.tokens].sort();
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
    let bestDf = -1;
    for (let i = lo; i < sortedVocab.length && i < lo + 200; i++) {
      const t = sortedVocab[i];
      if (t === undefined || !t.startsWith(prefix)) break;
      const df = table.df[table.tokenIds.get(t) ?? -1] ?? 0;
      if (df > bestDf) {
        best = t;
        bestDf = df;
      }
    }
    return best;
  }

  function complete(text: string, limit: number): ModelRecord[] {
    const tokens = tokenize(text);
    const last = tokens[tokens.length - 1];
    let query = text;
    if (last !== undefined && !known(last)) {
      const done = completeToken(last);
      if (done !== undefined) query = [...tokens.slice(0, -1), done].join(" ");
    }
    // A word still being typed ("clau") is most likely the start of a name word ("claude"):
    // those matches come first, and only then what typo repair reads it as ("claw").
    const byScore = (a: NameMatch, b: NameMatch) => b.score - a.score;
    const prefixed = query === text ? [] : search(query, limit).sort(byScore);
    const out: ModelRecord[] = [];
    for (const m of [...prefixed, ...search(text, limit).sort(byScore)]) {
      if (!out.includes(m.record) && out.length < limit) out.push(m.record);
    }
    return out;
  }

  return {
    ranked,
    search,
    complete,
    exact: (text) => owners(text).flatMap((i) => ranked[i] ?? []),
    hasToken: known,
    nameWord: (w) => (known(w) ? w : (typos.repair(w) ?? w)),
    cooccur(words) {
      const lists = words.map(
        (w) => table.postings[table.tokenIds.get(known(w) ? w : (typos.repair(w) ?? w)) ?? -1],
      );
      if (lists.some((l) => l === undefined)) return false;
      const sorted = (lists as number[][]).sort((a, b) => a.length - b.length);
      let common = sorted[0] ?? [];
      for (const l of sorted.slice(1)) {
        common = intersectSorted(common, l);
        if (common.length === 0) return false;
      }
      return common.length > 0;
    },
  };
}

/**
 * Names scored for a query: the postings of its two rarest tokens, capped (postings are in prior
 * order). Each name once, in the order first met; `seen` (stamped with this search's `stamp`)
 * stands in for a Set.
 */
function gatherCandidates(
  ids: number[],
  postings: number[][],
  seen: Uint32Array,
  stamp: number,
): number[] {
  const lists = ids
    .flatMap((id) => (id >= 0 ? [postings[id] ?? []] : []))
    .sort((a, b) => a.length - b.length);
  const [rarest, next] = lists;
  if (rarest === undefined) return [];
  const out: number[] = [];
  const add = (name: number) => {
    if (seen[name] === stamp) return;
    seen[name] = stamp;
    out.push(name);
  };
  if (rarest.length <= MAX_CANDIDATE_NAMES || next === undefined) {
    for (let i = 0; i < rarest.length && i < MAX_CANDIDATE_NAMES; i++) add(rarest[i] ?? 0);
    // The most popular names of the next rarest word too: if the rarest word was noise ("vision"
    // in a question about a model without it), the right model still competes.
    for (let i = 0; next !== undefined && i < next.length && i < SECOND_LIST_NAMES; i++)
      add(next[i] ?? 0);
    return out;
  }
  // Every word is common (at 100,000 models "claude" is in thousands of names): the names that
  // have the two rarest words, and the most popular names of each.
  for (const name of intersectSorted(rarest, next)) add(name);
  for (let i = 0; i < rarest.length && i < POPULAR_NAMES; i++) add(rarest[i] ?? 0);
  for (let i = 0; i < next.length && i < SECOND_LIST_NAMES; i++) add(next[i] ?? 0);
  return out;
}

/** Postings are in ascending name order (names were added in prior order). */
function intersectSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length && out.length < MAX_CANDIDATE_NAMES) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

/** "claudesonnet" → ["claude", "sonnet"] when the whole glued word splits into known tokens. */
function splitGlued(token: string, known: (t: string) => boolean): string[] | undefined {
  if (token.length < 5 || token.length > 40) return undefined;
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= token.length; end++) {
    for (let start = Math.max(0, end - 20); start < end; start++) {
      const head = best[start];
      const piece = token.slice(start, end);
      if (head === undefined || piece.length < 2 || !known(piece)) continue;
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
