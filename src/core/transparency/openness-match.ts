import type { Catalog } from "../catalog/catalog.ts";
import type { OpennessEntry } from "../schema/openness.ts";
import type { ModelRecord } from "../schema/record.ts";

/**
 * How closely an openness entry bears on a model: its own release ("model"), another release of
 * its product line ("family", e.g. OLMo 7B for OLMo 3 32B), or only its maker ("developer").
 */
export type OpennessScope = "model" | "family" | "developer";

export interface OpennessMatch {
  entry: OpennessEntry;
  scope: OpennessScope;
}

/** Weight of an entry's evidence by scope: the maker's other releases say less about this one. */
export const SCOPE_WEIGHT: Record<OpennessScope, number> = {
  model: 1.5,
  family: 0.75,
  developer: 0.25,
};

const compact = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Lowercase alphanumeric tokens, split where letters meet digits ("OLMo-7B" → olmo 7 b). */
function tokens(s: string): string[] {
  return s.toLowerCase().match(/[a-z]+|\d+/g) ?? [];
}

/** Words that name a checkpoint's size or tuning, not its product line. */
const CHECKPOINT_WORD =
  /^(b|m|k|t|instruct|chat|base|hf|it|sft|dpo|rlhf|preview|v|twin|\d+[bmkt])$/;

/**
 * A release name's product-line tokens: the name up to its size ("OLMo-7B" → olmo; "Phi 3
 * Instruct" → phi 3; "Llama 3.1" → llama 3 1). A number directly before a size letter is a size.
 */
export function familyTokens(name: string): string[] {
  const t = tokens(name);
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) {
    const word = t[i] ?? "";
    const next = t[i + 1];
    if (/^\d+$/.test(word) && next !== undefined && /^[bmkt]$/.test(next)) break;
    if (CHECKPOINT_WORD.test(word)) break;
    out.push(word);
  }
  return out;
}

/** True when `line` starts `name`'s tokens and, if the line has no version number, a version follows. */
function inFamily(line: readonly string[], name: readonly string[]): boolean {
  if (line.length === 0 || line.length >= name.length) return false;
  if (!line.every((w, i) => name[i] === w)) return false;
  return line.some((w) => /^\d/.test(w)) || /^\d/.test(name[line.length] ?? "");
}

interface OpennessIndex {
  byKey: Map<string, OpennessEntry[]>;
  /** Product lines by their first token, so a record only meets the lines its name could start. */
  families: Map<string, { line: string[]; entry: OpennessEntry }[]>;
  byOrg: Map<string, OpennessEntry[]>;
  matches: Map<string, OpennessMatch[]>;
}

const indexes = new WeakMap<Catalog, OpennessIndex>();

function indexOf(catalog: Catalog): OpennessIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  index = { byKey: new Map(), families: new Map(), byOrg: new Map(), matches: new Map() };
  const push = <K>(map: Map<K, OpennessEntry[]>, key: K, e: OpennessEntry) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const entry of catalog.openness?.entries ?? []) {
    push(index.byKey, compact(entry.name), entry);
    if (entry.huggingface) {
      push(index.byKey, compact(entry.huggingface), entry);
      push(index.byKey, compact(entry.huggingface.split("/")[1] ?? ""), entry);
    }
    const line = familyTokens(entry.name);
    const first = line[0];
    if (first !== undefined) {
      const list = index.families.get(first);
      if (list) list.push({ line, entry });
      else index.families.set(first, [{ line, entry }]);
    }
    if (entry.org) push(index.byOrg, entry.org, entry);
  }
  indexes.set(catalog, index);
  return index;
}

/**
 * The openness entries that bear on a record, each with its scope: entries naming the record
 * itself (its id, name, an alias or its Hugging Face id), then releases of its product line by
 * the same maker (an entry whose maker is unknown matches only by name), then the maker's other
 * releases. Pure and cached per catalog.
 */
export function opennessOf(catalog: Catalog, record: ModelRecord): OpennessMatch[] {
  const index = indexOf(catalog);
  const cached = index.matches.get(record.id);
  if (cached) return cached;
  const seen = new Set<OpennessEntry>();
  const out: OpennessMatch[] = [];
  const add = (entry: OpennessEntry, scope: OpennessScope) => {
    if (seen.has(entry)) return;
    seen.add(entry);
    out.push({ entry, scope });
  };
  for (const name of [record.id, record.name, ...record.aliases]) {
    for (const e of index.byKey.get(compact(name)) ?? []) add(e, "model");
  }
  const own = [record.id, record.name].map(tokens);
  const lines = new Set(own.flatMap((name) => index.families.get(name[0] ?? "") ?? []));
  for (const { line, entry } of lines) {
    // A product line is its maker's: a fine-tune rated under another name says nothing of it.
    if (entry.org === undefined || entry.org !== record.org) continue;
    if (own.some((name) => inFamily(line, name))) add(entry, "family");
  }
  for (const e of index.byOrg.get(record.org) ?? []) add(e, "developer");
  index.matches.set(record.id, out);
  return out;
}
