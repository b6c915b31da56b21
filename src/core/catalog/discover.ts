import type { Catalog } from "./catalog.ts";

/** One benchmark the catalog holds results for, with how many models have a result. */
export interface BenchmarkEntry {
  id: string;
  name: string;
  category: string;
  unit: string;
  suite: string | null;
  models: number;
}

/** One provider that lists models in the catalog, with how many. */
export interface ProviderEntry {
  id: string;
  name: string;
  models: number;
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

/** Every benchmark, the most widely reported first. */
export function listBenchmarks(catalog: Catalog): BenchmarkEntry[] {
  const counts = new Map<string, Set<string>>();
  for (const r of catalog.records) {
    for (const b of r.benchmarks) {
      const models = counts.get(b.benchmark) ?? new Set<string>();
      counts.set(b.benchmark, models.add(r.id));
    }
  }
  return [...catalog.benchmarks.values()]
    .map((b) => ({
      id: b.id,
      name: b.name,
      category: b.category,
      unit: b.unit,
      suite: b.suite ?? null,
      models: counts.get(b.id)?.size ?? 0,
    }))
    .sort(byCountThenId);
}

/** Every provider with a listing, the one offering the most models first. */
export function listProviders(catalog: Catalog): ProviderEntry[] {
  const providers = new Map<string, { name: string; models: Set<string> }>();
  for (const r of catalog.records) {
    for (const l of r.listings) {
      const p = providers.get(l.provider) ?? { name: l.providerName, models: new Set<string>() };
      p.models.add(r.id);
      providers.set(l.provider, p);
    }
  }
  return [...providers]
    .map(([id, p]) => ({ id, name: p.name, models: p.models.size }))
    .sort(byCountThenId);
}

export function catalogOverview(catalog: Catalog): CatalogOverview {
  let freshest: string | null = null;
  for (const s of catalog.sources.values())
    if (freshest === null || s.asOf > freshest) freshest = s.asOf;
  const providers = new Set<string>();
  for (const r of catalog.records) for (const l of r.listings) providers.add(l.provider);
  return {
    models: catalog.records.length,
    benchmarks: catalog.benchmarks.size,
    providers: providers.size,
    sources: catalog.sources.size,
    freshest,
  };
}
