import type { Catalog } from "../catalog/catalog.ts";
import { buildLeaderboards } from "../engine/leaderboard.ts";
import type { ModelRecord, Price } from "../schema/record.ts";

/** Where a change was seen: the source that states the new value, and as of when. */
export interface ChangeSource {
  source: string;
  asOf: string;
}

export interface ModelRef {
  id: string;
  name: string;
  org: string;
}

export interface ModelAdded extends ModelRef, ChangeSource {
  releaseDate?: string;
}

export interface PriceChange extends ChangeSource {
  model: ModelRef;
  provider: string;
  providerName: string;
  before: Price;
  after: Price;
}

export interface LimitChange extends ChangeSource {
  model: ModelRef;
  field: "context_length" | "max_output";
  before: number;
  after: number;
}

export interface ReleaseAdded extends ChangeSource {
  benchmark: string;
  benchmarkName: string;
  release: string;
  results: number;
  leader?: ModelRef & { score: number };
}

export interface LeaderChange extends ChangeSource {
  benchmark: string;
  benchmarkName: string;
  release?: string;
  before: ModelRef & { score: number };
  after: ModelRef & { score: number };
}

/** Results that appeared on a board (not counting a new release's own results). */
export interface ResultsAdded extends ChangeSource {
  benchmark: string;
  benchmarkName: string;
  models: (ModelRef & { score: number })[];
}

/**
 * What changed from one catalog to the next: a plain value (no clock, no I/O), made when a new
 * catalog is swapped in and kept for "what's new" and for channels' watches.
 */
export interface CatalogChanges {
  /** The catalogs compared: content hash and the newest date of their sources. */
  from: { hash: string; asOf: string };
  to: { hash: string; asOf: string };
  added: ModelAdded[];
  removed: ModelRef[];
  prices: PriceChange[];
  limits: LimitChange[];
  releases: ReleaseAdded[];
  results: ResultsAdded[];
  leaders: LeaderChange[];
}

/** A comparison of `from` and `to` that found nothing: the start of a diff, or of a filtered one. */
export function noChanges(from: CatalogChanges["from"], to: CatalogChanges["to"]): CatalogChanges {
  return {
    from,
    to,
    added: [],
    removed: [],
    prices: [],
    limits: [],
    releases: [],
    results: [],
    leaders: [],
  };
}

const ref = (r: ModelRecord): ModelRef => ({ id: r.id, name: r.name, org: r.org });

/** The newest as-of date among a catalog's sources (the project's own method entry aside). */
export function catalogDate(catalog: Catalog): string {
  let newest = "";
  for (const s of catalog.sources.values()) if (s.asOf > newest) newest = s.asOf;
  return newest;
}

/** The source behind a model's arrival: models.dev when it lists it, else its first source. */
function arrival(catalog: Catalog, r: ModelRecord): ChangeSource {
  const source = r.sources.includes("models.dev") ? "models.dev" : (r.sources[0] ?? "");
  return { source, asOf: catalog.sources.get(source)?.asOf ?? catalogDate(catalog) };
}

const samePrice = (a: Price, b: Price) =>
  a.input === b.input &&
  a.output === b.output &&
  a.cacheRead === b.cacheRead &&
  a.cacheWrite === b.cacheWrite;

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Compares two catalogs. Facts whose value stayed the same are no change, whatever their date. */
export function diffCatalogs(before: Catalog, after: Catalog): CatalogChanges {
  const changes = noChanges(
    { hash: before.version.hash, asOf: catalogDate(before) },
    { hash: after.version.hash, asOf: catalogDate(after) },
  );
  for (const r of after.records) {
    const old = before.byId.get(r.id);
    if (!old) {
      const release = r.facts.release_date;
      changes.added.push({
        ...ref(r),
        ...arrival(after, r),
        ...(release && "value" in release ? { releaseDate: release.value } : {}),
      });
      continue;
    }
    comparePrices(old, r, changes);
    compareLimits(old, r, changes);
  }
  for (const r of before.records) if (!after.byId.has(r.id)) changes.removed.push(ref(r));
  compareBoards(before, after, changes);
  changes.added.sort(byId);
  changes.removed.sort(byId);
  return changes;
}

function comparePrices(old: ModelRecord, r: ModelRecord, changes: CatalogChanges): void {
  const was = new Map(old.listings.map((l) => [`${l.provider}|${l.providerModelId}`, l]));
  const seen = new Set<string>();
  for (const l of r.listings) {
    // One change per provider: a provider's several ids for a model usually move together.
    if (seen.has(l.provider)) continue;
    const prev = was.get(`${l.provider}|${l.providerModelId}`);
    if (!prev?.price || !l.price || samePrice(prev.price, l.price)) continue;
    seen.add(l.provider);
    changes.prices.push({
      model: ref(r),
      provider: l.provider,
      providerName: l.providerName,
      before: prev.price,
      after: l.price,
      source: l.source,
      asOf: l.asOf,
    });
  }
}

function compareLimits(old: ModelRecord, r: ModelRecord, changes: CatalogChanges): void {
  for (const field of ["context_length", "max_output"] as const) {
    const a = old.facts[field];
    const b = r.facts[field];
    if (!a || !b || !("value" in a) || !("value" in b) || a.value === b.value) continue;
    changes.limits.push({
      model: ref(r),
      field,
      before: a.value,
      after: b.value,
      source: b.source,
      asOf: b.asOf,
    });
  }
}

function compareBoards(before: Catalog, after: Catalog, changes: CatalogChanges): void {
  const oldBoards = buildLeaderboards(before);
  const newBoards = buildLeaderboards(after);
  for (const [id, info] of after.benchmarks) {
    const boards = newBoards.boards(id);
    if (boards.length === 0) continue;
    const oldReleases = new Set(
      oldBoards.boards(id).flatMap((b) => (b.release ? [b.release] : [])),
    );
    const newReleaseKeys = new Set<string>();
    for (const board of boards) {
      if (!board.release || oldReleases.has(board.release)) continue;
      newReleaseKeys.add(`${board.source}|${board.release}`);
      const top = board.entries[0];
      changes.releases.push({
        benchmark: id,
        benchmarkName: info.name,
        release: board.release,
        results: board.entries.length,
        source: board.source,
        asOf: board.asOf,
        ...(top ? { leader: { ...ref(top.record), score: top.result.score } } : {}),
      });
    }
    // New results on boards that existed before (a release's own results are counted above).
    for (const board of boards) {
      if (board.release && newReleaseKeys.has(`${board.source}|${board.release}`)) continue;
      const was = oldBoards
        .boards(id)
        .find((b) => b.source === board.source && b.release === board.release);
      const had = new Set(was?.entries.map((e) => e.record.id) ?? []);
      const newcomers = board.entries.filter((e) => !had.has(e.record.id));
      if (newcomers.length === 0) continue;
      changes.results.push({
        benchmark: id,
        benchmarkName: info.name,
        source: board.source,
        asOf: board.asOf,
        models: newcomers.map((e) => ({ ...ref(e.record), score: e.result.score })),
      });
    }
    const a = oldBoards.combined(id) ?? oldBoards.primary(id);
    const b = newBoards.combined(id) ?? newBoards.primary(id);
    const lead = b?.entries[0];
    const prevLead = a?.entries[0];
    // A board that is new altogether has no "new" leader: its results are listed above.
    if (!b || !lead || !prevLead || lead.record.id === prevLead.record.id) continue;
    changes.leaders.push({
      benchmark: id,
      benchmarkName: info.name,
      ...(b.release ? { release: b.release } : {}),
      source: lead.result.source,
      asOf: lead.result.asOf,
      before: { ...ref(prevLead.record), score: prevLead.result.score },
      after: { ...ref(lead.record), score: lead.result.score },
    });
  }
  const order = <T extends { benchmark: string }>(a: T, b: T) =>
    a.benchmark < b.benchmark ? -1 : a.benchmark > b.benchmark ? 1 : 0;
  changes.releases.sort(order);
  changes.results.sort(order);
  changes.leaders.sort(order);
}

/** True when nothing a user would notice changed. */
export function isEmpty(c: CatalogChanges): boolean {
  return (
    c.added.length +
      c.removed.length +
      c.prices.length +
      c.limits.length +
      c.releases.length +
      c.results.length +
      c.leaders.length ===
    0
  );
}

/** One line for the log: counts of each kind. */
export function summarizeChanges(c: CatalogChanges): string {
  const parts: string[] = [];
  const add = (n: number, one: string, many: string) => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  add(c.added.length, "new model", "new models");
  add(c.removed.length, "model removed", "models removed");
  add(c.prices.length, "price change", "price changes");
  add(c.limits.length, "limit change", "limit changes");
  add(c.releases.length, "new benchmark release", "new benchmark releases");
  add(
    c.results.reduce((n, r) => n + r.models.length, 0),
    "new benchmark result",
    "new benchmark results",
  );
  add(c.leaders.length, "new leader", "new leaders");
  return parts.length > 0 ? parts.join(", ") : "no changes";
}
