import { type CatalogChanges, type ModelRef, noChanges } from "./diff.ts";

/**
 * What a channel watches, as the core sees it: a kind and its object.
 * - `new-models`: every model added;
 * - `org`: a maker's new models, and price, limit and leader changes of its models;
 * - `price`: price changes of one model (target: its id), or of every model (target "");
 * - `model`: any change to one model;
 * - `benchmark`: new releases, leaders and results of a benchmark or a suite ("livebench").
 */
export interface WatchSpec {
  kind: "new-models" | "org" | "price" | "model" | "benchmark";
  target: string;
}

const onBoard = (target: string) => (benchmark: string) =>
  benchmark === target || benchmark.startsWith(`${target}-`);

/** The part of `changes` one watch cares about. */
export function changesForWatch(changes: CatalogChanges, w: WatchSpec): CatalogChanges {
  const none = noChanges(changes.from, changes.to);
  const isModel = (m: ModelRef) => m.id === w.target;
  const ofOrg = (m: ModelRef) => m.org === w.target;
  switch (w.kind) {
    case "new-models":
      return { ...none, added: changes.added };
    case "org":
      return {
        ...none,
        added: changes.added.filter(ofOrg),
        prices: changes.prices.filter((p) => ofOrg(p.model)),
        limits: changes.limits.filter((l) => ofOrg(l.model)),
        leaders: changes.leaders.filter((l) => ofOrg(l.after)),
      };
    case "price":
      return { ...none, prices: changes.prices.filter((p) => w.target === "" || isModel(p.model)) };
    case "model":
      return {
        ...none,
        added: changes.added.filter(isModel),
        prices: changes.prices.filter((p) => isModel(p.model)),
        limits: changes.limits.filter((l) => isModel(l.model)),
        leaders: changes.leaders.filter((l) => isModel(l.after) || isModel(l.before)),
        results: changes.results
          .map((r) => ({ ...r, models: r.models.filter(isModel) }))
          .filter((r) => r.models.length > 0),
      };
    case "benchmark": {
      const on = onBoard(w.target);
      return {
        ...none,
        releases: changes.releases.filter((r) => on(r.benchmark)),
        leaders: changes.leaders.filter((l) => on(l.benchmark)),
        results: changes.results.filter((r) => on(r.benchmark)),
      };
    }
  }
}

/** The changes a channel's watches care about, each change once, in the diff's order. */
export function changesForWatches(
  changes: CatalogChanges,
  watches: readonly WatchSpec[],
): CatalogChanges {
  const parts = watches.map((w) => changesForWatch(changes, w));
  const union = <K extends "added" | "removed" | "prices" | "limits" | "releases" | "leaders">(
    key: K,
  ) => {
    const wanted = new Set(parts.flatMap((p) => p[key] as object[]));
    return (changes[key] as object[]).filter((x) => wanted.has(x)) as CatalogChanges[K];
  };
  // Results are narrowed per watch (a model's own results): merge them per board.
  const results = new Map<string, CatalogChanges["results"][number]>();
  for (const part of parts) {
    for (const r of part.results) {
      const key = `${r.benchmark}|${r.source}`;
      const had = results.get(key);
      if (!had) results.set(key, r);
      else {
        const ids = new Set(had.models.map((m) => m.id));
        results.set(key, {
          ...had,
          models: [...had.models, ...r.models.filter((m) => !ids.has(m.id))],
        });
      }
    }
  }
  return {
    from: changes.from,
    to: changes.to,
    added: union("added"),
    removed: union("removed"),
    prices: union("prices"),
    limits: union("limits"),
    releases: union("releases"),
    results: [...results.values()],
    leaders: union("leaders"),
  };
}
