import type { Provenance } from "../core/schema/fact.ts";
import type {
  BenchmarkResult,
  ModelRecord,
  ProviderListing,
  SpeedMeasurement,
} from "../core/schema/record.ts";
import { type FactKey, ModelFacts } from "../core/schema/record.ts";

export type FactValue = string | number | boolean | string[];

/** How much a source's word counts for a fact: lower wins. */
export const RANK = {
  card: 0,
  maker: 1,
  /** The maker's own API listing (Anthropic's listing of a Claude model). */
  makerApi: 1.3,
  /** First-party clouds: Amazon Bedrock, Google Vertex, Azure. */
  cloud: 1.6,
  /** Resellers and gateways. */
  providers: 2,
  llmStats: 3,
} as const;

interface Candidate extends Provenance {
  value?: FactValue;
  undisclosed?: true;
  rank: number;
}

/**
 * How firmly a name belongs to a model, for settling a name two models claim: a source said so
 * outright (a provider's id, a maker's snapshot) beats a name matched by normalization, which beats a
 * display name.
 */
export const CLAIM = { stated: 3, matched: 2, display: 1 } as const;

export interface NameClaim {
  text: string;
  kind: "alias" | "snapshot";
  strength: number;
}

/** One source id placed on a record, and why. */
export interface TrailEntry {
  source: string;
  /** The provider of a listing; absent for a source's own model ids. */
  provider?: string;
  id: string;
  rule: string;
}

/** A model record being assembled from several sources. */
export class Draft {
  readonly names = new Map<string, NameClaim>();
  readonly listings: ProviderListing[] = [];
  readonly benchmarks: BenchmarkResult[] = [];
  readonly speeds: SpeedMeasurement[] = [];
  readonly sources = new Set<string>();
  /** Every source id placed on this record and the rule that placed it (data/resolution.jsonl). */
  readonly trail: TrailEntry[] = [];
  /** LiteLLM's modes for the entries naming this record exactly (kinds.ts `ServedModes`). */
  readonly servedModes = new Map<string, string>();
  private readonly facts = new Map<FactKey, Candidate[]>();
  transparency: ModelRecord["transparency"];

  constructor(
    readonly id: string,
    public name: string,
    public org: string,
    readonly canonical: boolean,
  ) {}

  addName(text: string, kind: NameClaim["kind"], strength: number): void {
    const clean = text.trim();
    if (clean.length === 0 || clean.length > 200) return;
    const key = clean.toLowerCase();
    if (key === this.id) return;
    const had = this.names.get(key);
    if (had === undefined) {
      this.names.set(key, { text: clean, kind, strength });
      return;
    }
    if (kind === "snapshot") had.kind = "snapshot";
    had.strength = Math.max(had.strength, strength);
  }

  addFact(key: FactKey, value: FactValue | undefined, rank: number, from: Provenance): void {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    if (typeof value === "string" && value.trim().length === 0) return;
    this.candidates(key).push({ ...from, value, rank });
    this.sources.add(from.source);
  }

  addUndisclosed(key: FactKey, rank: number, from: Provenance): void {
    this.candidates(key).push({ ...from, undisclosed: true, rank });
    this.sources.add(from.source);
  }

  /**
   * Takes in another record of the same model (a maker's dated record that its undated one always
   * means): its id becomes a snapshot, its names, facts, listings and results join this record's.
   * This record's own facts stay first among equals.
   */
  absorb(other: Draft, as: NameClaim["kind"] = "snapshot"): void {
    this.addName(other.id, as, CLAIM.stated);
    for (const claim of other.names.values()) this.addName(claim.text, claim.kind, claim.strength);
    for (const [key, list] of other.facts) this.candidates(key).push(...list);
    this.listings.push(...other.listings);
    this.benchmarks.push(...other.benchmarks);
    this.speeds.push(...other.speeds);
    this.trail.push(...other.trail);
    for (const s of other.sources) this.sources.add(s);
  }

  /** The facts as given (values in order), to tell two records of identical facts. */
  factSignature(): string {
    const keys = [...this.facts.keys()].sort(compareStrings);
    return JSON.stringify(keys.map((k) => [k, this.facts.get(k)?.map((c) => c.value ?? null)]));
  }

  /** The candidates given for a fact so far, best-ranked or not (read-only). */
  factCandidates(key: FactKey): readonly Readonly<Candidate>[] {
    return this.facts.get(key) ?? [];
  }

  hasFact(key: FactKey): boolean {
    return (this.facts.get(key)?.length ?? 0) > 0;
  }

  private candidates(key: FactKey): Candidate[] {
    let list = this.facts.get(key);
    if (list === undefined) {
      list = [];
      this.facts.set(key, list);
    }
    return list;
  }

  /** The finished record: primary fact values with dissent in `others`, everything sorted. */
  toRecord(keep: (claim: NameClaim) => boolean): ModelRecord {
    const facts: Record<string, unknown> = {};
    for (const key of Object.keys(ModelFacts.shape) as FactKey[]) {
      const list = this.facts.get(key);
      if (list && list.length > 0) facts[key] = settleFact(list);
    }
    const kept = [...this.names.values()].filter(keep);
    const snapshots = sortStrings(kept.filter((n) => n.kind === "snapshot").map((n) => n.text));
    const aliases = sortStrings(kept.filter((n) => n.kind === "alias").map((n) => n.text));
    const record: ModelRecord = {
      id: this.id,
      name: this.name,
      org: this.org,
      canonical: this.canonical,
      aliases,
      snapshots,
      facts: facts as ModelRecord["facts"],
      listings: [...this.listings].sort(compareListings),
      benchmarks: [...this.benchmarks].sort(compareResults),
      ...(this.speeds.length > 0 ? { speeds: [...this.speeds].sort(compareSpeeds) } : {}),
      sources: sortStrings([...this.sources]),
    };
    if (this.transparency) {
      const { sources, ...rest } = record;
      return { ...rest, transparency: this.transparency, sources };
    }
    return record;
  }
}

/** Primary = the best-ranked candidate (first given among equals); differing values kept as others. */
function settleFact(list: Candidate[]): unknown {
  const sorted = list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.rank - b.c.rank || a.i - b.i)
    .map(({ c }) => c);
  const primary = sorted[0] as Candidate;
  const provenance = (c: Candidate) => ({
    source: c.source,
    asOf: c.asOf,
    ...(c.url ? { url: c.url } : {}),
  });
  if (primary.undisclosed) return { undisclosed: true, ...provenance(primary) };
  const seen = new Set([`${primary.source}\0${JSON.stringify(primary.value)}`]);
  const others: unknown[] = [];
  for (const c of sorted.slice(1)) {
    if (c.undisclosed || c.source === primary.source) continue;
    const sig = `${c.source}\0${JSON.stringify(c.value)}`;
    if (JSON.stringify(c.value) === JSON.stringify(primary.value) || seen.has(sig)) continue;
    seen.add(sig);
    others.push({ value: c.value, ...provenance(c) });
  }
  return {
    value: primary.value,
    ...provenance(primary),
    ...(others.length > 0 ? { others } : {}),
  };
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortStrings(list: string[]): string[] {
  return [...list].sort(compareStrings);
}

function compareListings(a: ProviderListing, b: ProviderListing): number {
  return (
    compareStrings(a.provider, b.provider) || compareStrings(a.providerModelId, b.providerModelId)
  );
}

function compareSpeeds(a: SpeedMeasurement, b: SpeedMeasurement): number {
  return compareStrings(a.provider, b.provider) || compareStrings(a.source, b.source);
}

function compareResults(a: BenchmarkResult, b: BenchmarkResult): number {
  return (
    compareStrings(a.benchmark, b.benchmark) ||
    compareStrings(a.release ?? "", b.release ?? "") ||
    compareStrings(a.source, b.source) ||
    compareStrings(a.variant ?? "", b.variant ?? "") ||
    a.score - b.score
  );
}
