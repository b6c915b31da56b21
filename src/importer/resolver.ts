import type { Draft } from "./draft.ts";
import { cleanCandidates, keyOf, lastSegment, shortKeyOf, splitDate } from "./ids.ts";
import { displayNameAgrees } from "./resolve/compare.ts";

export interface Match {
  draft: Draft;
  /** exact: a known id or name; matched: equal after normalization; snapshot: a dated form of it. */
  how: "exact" | "matched" | "snapshot";
  /** The spelling that matched (for snapshots: the dated name). */
  via: string;
  /** Which rule placed the name, for the resolution trail (data/resolution.jsonl). */
  rule?: string;
}

/**
 * Finds the draft a name from a source refers to. Exact names (ids, aliases, snapshots) win; then
 * normalized keys, where ids were registered before other names so an id's key beats an alias's;
 * last, a dated name ("gpt-5.1-2025-11-13") is taken as a snapshot of the undated model.
 */
export class Resolver {
  private readonly exact = new Map<string, Draft>();
  private readonly keys = new Map<string, Draft>();
  private readonly undated = new Map<string, Draft | null>();
  private readonly shortened = new Map<string, Draft | null>();
  private readonly reasoners = new Set<Draft>();
  private readonly stampedNames = new Map<string, Draft | null>();

  /** Registers a name of a draft; the first draft to register a name or key keeps it. */
  register(draft: Draft, name: string): void {
    const lower = name.toLowerCase();
    if (!this.exact.has(lower)) this.exact.set(lower, draft);
    for (const c of cleanCandidates(lastSegment(lower))) {
      const key = keyOf(c);
      if (key.length > 0 && !this.keys.has(key)) this.keys.set(key, draft);
    }
  }

  /**
   * Lets the short form of a canonical id find it when that form names no other record:
   * "qwen3-235b" → "qwen3-235b-a22b" (the active-parameter tag of a mixture-of-experts id) and
   * "llama-4-scout" → "llama-4-scout-17b-instruct" (a size-and-instruct tail). Two records with one
   * short form (two sizes of a family) leave it unmatched.
   */
  registerShortened(draft: Draft): void {
    const short = shortKeyOf(keyOf(draft.id));
    if (short === undefined) return;
    this.shortened.set(short, this.shortened.has(short) ? null : draft);
  }

  /**
   * Marks a maker's record of a model that reasons: a provider's "<id>-thinking" or "<id>-high"
   * offer of it is the same model run in a thinking mode or at an effort setting
   * ("claude-opus-4-1-thinking", "o3-mini-high"), not a model of its own. Makers that ship a
   * separate thinking checkpoint ("kimi-k2-thinking", "qwen3-vl-235b-a22b-thinking") either have
   * their own record, found first, or a base model that is not a maker's reasoning record, so they
   * stay apart.
   */
  registerReasoner(draft: Draft): void {
    this.reasoners.add(draft);
  }

  /**
   * Lets a provider's display name find a maker's record that carries a release stamp in its id
   * and not its version in words: Mistral's "mistral-medium-2505" is "Mistral Medium 3", which
   * resellers list as "mistral-medium-3". Two records with one name leave it unmatched.
   */
  registerStampedName(draft: Draft): void {
    // A month-year stamp ("command-r-08-2024") dates a release of a name that had others.
    if (!draft.canonical || !/-\d{4}$/.test(draft.id) || /-\d\d-20\d\d$/.test(draft.id)) return;
    const name = draft.name.toLowerCase();
    this.stampedNames.set(name, this.stampedNames.has(name) ? null : draft);
  }

  /**
   * The stamped maker's record a display name names, if its family word agrees with the id: by
   * the exact name, else the one record whose name the display name agrees with once sizes and
   * offer words are set aside ("Mistral Large 3 675B Instruct 2512" is "Mistral Large 3").
   */
  findStampedName(displayName: string | undefined, providerId: string): Draft | undefined {
    let draft = displayName ? this.stampedNames.get(displayName.toLowerCase()) : undefined;
    if (draft === undefined && displayName !== undefined) {
      const agree = [...this.stampedNames.values()].filter(
        (d): d is Draft => d !== null && displayNameAgrees(displayName, d.name, d.id),
      );
      if (agree.length === 1) draft = agree[0];
    }
    if (!draft) return undefined;
    const clean = cleanCandidates(lastSegment(providerId.toLowerCase()));
    const family = keyOf(clean[clean.length - 1] ?? "").split("-")[0];
    return family === keyOf(draft.id).split("-")[0] ? draft : undefined;
  }

  /** Registers only the exact spelling (a display name is too loose to match by key). */
  registerExact(draft: Draft, name: string): void {
    const lower = name.toLowerCase();
    if (!this.exact.has(lower)) this.exact.set(lower, draft);
  }

  /**
   * Lets the undated name of a dated canonical record find it ("claude-3-7-sonnet" →
   * "claude-3-7-sonnet-20250219") when it is the only dated
   * record of that name and nothing else holds the undated name.
   */
  registerUndated(draft: Draft): void {
    // Only full day stamps (Anthropic's "-20250219"): a month stamp ("command-r-08-2024") marks
    // a new release of a name that had earlier ones.
    if (!/-20\d{6}$/.test(draft.id)) return;
    const dated = splitDate(keyOf(draft.id));
    if (!dated) return;
    this.undated.set(dated.baseKey, this.undated.has(dated.baseKey) ? null : draft);
  }

  find(name: string): Match | undefined {
    const lower = name.toLowerCase();
    const hit = this.exact.get(lower) ?? this.exact.get(lastSegment(lower));
    if (hit) return { draft: hit, how: "exact", via: name, rule: "exact id or name" };
    const candidates = cleanCandidates(lastSegment(lower));
    for (const c of candidates) {
      const draft = this.exact.get(c) ?? this.keys.get(keyOf(c));
      if (draft) return { draft, how: "matched", via: c, rule: `same key once cleaned (${c})` };
    }
    for (const c of candidates) {
      const dated = splitDate(keyOf(c));
      const draft = dated ? this.keys.get(dated.baseKey) : undefined;
      if (draft) return { draft, how: "snapshot", via: c, rule: `dated snapshot (${c})` };
    }
    for (const c of candidates) {
      const base = stableVersionBase(c);
      const draft = base === undefined ? undefined : this.keys.get(keyOf(base));
      if (draft) return { draft, how: "snapshot", via: c, rule: `stable version of ${base}` };
    }
    for (const c of candidates) {
      const draft = this.undated.get(keyOf(c));
      if (draft)
        return { draft, how: "matched", via: c, rule: `undated name of a dated record (${c})` };
    }
    for (const c of candidates) {
      const draft = this.shortened.get(keyOf(c));
      if (draft)
        return { draft, how: "matched", via: c, rule: `short form of a maker's id (${c})` };
    }
    for (const c of candidates) {
      const mode = this.modeOf(c);
      if (mode) return { draft: mode, how: "matched", via: c, rule: `mode or serving tier (${c})` };
    }
    // "-latest" points at the newest snapshot of a name ("claude-3-5-haiku-latest").
    const latest = /^(.+)-latest$/.exec(lastSegment(lower))?.[1];
    if (latest !== undefined) {
      const m = this.find(latest);
      if (m) return { ...m, rule: `"-latest" of ${latest}: ${m.rule ?? m.how}` };
    }
    return undefined;
  }

  /** The maker's record a mode or serving tier of it names ("o3-mini-high", "glm-5.2-fast"). */
  private modeOf(name: string): Draft | undefined {
    const mode = MODE.exec(name);
    const tier = mode ? undefined : TIER.exec(name);
    const base = mode?.[1] ?? tier?.[1];
    const key = base === undefined ? undefined : keyOf(base);
    const draft =
      base === undefined || key === undefined
        ? undefined
        : (this.exact.get(base) ?? this.keys.get(key) ?? this.shortened.get(key) ?? undefined);
    if (draft === undefined || !draft.canonical) return undefined;
    return tier || this.reasoners.has(draft) ? draft : undefined;
  }
}

/** A thinking mode or effort setting, which only a reasoning model has. */
const MODE = /^(.+)[-_.](thinking|think|xhigh|high|medium|low|minimal)$/;
/**
 * A provider's serving tier of a maker's model: faster or cheaper hardware, or the maker's own
 * endpoint resold ("-original"). models.dev links such offers to the base model itself
 * ("claude-opus-4-7-fast", "kimi-k2.6-fast", "deepseek-v4-pro-lightning"). A maker's own model
 * of that name ("grok-4-fast") has its own record, found before this.
 */
const TIER = /^(.+)[-_.](fast|flex|lightning|original|cheaper)$/;

/** Google numbers a Gemini model's stable versions "-001", "-002": snapshots of the model. */
export function stableVersionBase(name: string): string | undefined {
  return /^(gemini-.+)-00\d$/.exec(name)?.[1];
}
