import type { Provenance } from "../schema/fact.ts";
import type { Catalog } from "./catalog.ts";

/** One benchmark the catalog holds results for, with how many models have a result. */
export interface BenchmarkEntry {
  id: string;
  name: string;
  category: string;
  unit: string;
  suite: string | null;
  models: number;
  /** The sources of those results, each once with its latest date. */
  sources: Provenance[];
}

/** One provider that lists models in the catalog, with how many. */
export interface ProviderEntry {
  id: string;
  name: string;
  models: number;
  /** The sources of those listings, each once with its latest date. */
  sources: Provenance[];
}

/** What the catalog holds, in numbers, and the date of its freshest source. */
export interface CatalogOverview {
  models: number;
  benchmarks: number;
  providers: number;
  sources: number;
  /** The latest as-of date of any source (ISO), or null for a catalog without sources. */
  freshest: string | null;
}

const byCountThenId = <T extends { id: string; models: number }>(a: T, b: T) =>
  b.models - a.models || a.id.localeCompare(b.id);

/** Models and sources behind one benchmark's results or one provider's listings. */
class Tally {
  readonly models = new Set<string>();
  readonly #sources = new Map<string, Provenance>();
  /** Each source once, as of its latest date here (LiveBench has a date per release). */
  add(model: string, p: Provenance): void {
    this.models.add(model);
    const seen = this.#sources.get(p.source);
    if (!seen || seen.asOf < p.asOf)
      this.#sources.set(p.source, { source: p.source, asOf: p.asOf });
  }
  get sources(): Provenance[] {
    return [...this.#sources.values()];
  }
}

// A catalog never changes once built, so its lists are made once (a reload builds a new one).
const benchmarkLists = new WeakMap<Catalog, BenchmarkEntry[]>();
const providerLists = new WeakMap<Catalog, ProviderEntry[]>();

/** Every benchmark, the most widely reported first. */
export function listBenchmarks(catalog: Catalog): BenchmarkEntry[] {
  const cached = benchmarkLists.get(catalog);
  if (cached) return cached;
  const tallies = new Map<string, Tally>();
  for (const r of catalog.records) {
    for (const b of r.benchmarks) {
      const t = tallies.get(b.benchmark) ?? new Tally();
      t.add(r.id, b);
      tallies.set(b.benchmark, t);
    }
  }
  const list = [...catalog.benchmarks.values()]
    .map((b) => ({
      id: b.id,
      name: b.name,
      category: b.category,
      unit: b.unit,
      suite: b.suite ?? null,
      models: tallies.get(b.id)?.models.size ?? 0,
      sources: tallies.get(b.id)?.sources ?? [],
    }))
    .sort(byCountThenId);
  benchmarkLists.set(catalog, list);
  return list;
}

/** Every provider with a listing, the one offering the most models first. */
export function listProviders(catalog: Catalog): ProviderEntry[] {
  const cached = providerLists.get(catalog);
  if (cached) return cached;
  const tallies = new Map<string, { name: string; tally: Tally }>();
  for (const r of catalog.records) {
    for (const l of r.listings) {
      const p = tallies.get(l.provider) ?? { name: l.providerName, tally: new Tally() };
      p.tally.add(r.id, l);
      tallies.set(l.provider, p);
    }
  }
  const list = [...tallies]
    .map(([id, p]) => ({ id, name: p.name, models: p.tally.models.size, sources: p.tally.sources }))
    .sort(byCountThenId);
  providerLists.set(catalog, list);
  return list;
}

export function catalogOverview(catalog: Catalog): CatalogOverview {
  let freshest: string | null = null;
  for (const s of catalog.sources.values())
    if (freshest === null || s.asOf > freshest) freshest = s.asOf;
  return {
    models: catalog.records.length,
    benchmarks: catalog.benchmarks.size,
    providers: listProviders(catalog).length,
    sources: catalog.sources.size,
    freshest,
  };
}

/** The sources behind some entries, each once, as of its latest date among them. */
export function latestSources(entries: readonly { sources: Provenance[] }[]): Provenance[] {
  const latest = new Map<string, Provenance>();
  for (const e of entries) {
    for (const s of e.sources) {
      const seen = latest.get(s.source);
      if (!seen || seen.asOf < s.asOf) latest.set(s.source, s);
    }
  }
  return [...latest.values()];
}
