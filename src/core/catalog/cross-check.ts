import type { Catalog } from "./catalog.ts";

/**
 * Checks what a schema cannot: ids unique, every alias and snapshot pointing to one model, every
 * benchmark result naming a known benchmark, every cited source known. Returns the problems found.
 */
export function checkCatalog(catalog: Catalog): string[] {
  const problems: string[] = [];
  const seenIds = new Set<string>();
  const nameOwner = new Map<string, string>();
  const claim = (name: string, id: string, what: string) => {
    const key = name.toLowerCase();
    const owner = nameOwner.get(key);
    if (owner !== undefined && owner !== id) {
      problems.push(`${what} "${name}" of ${id} already names ${owner}`);
    } else nameOwner.set(key, id);
  };
  for (const r of catalog.records) {
    if (seenIds.has(r.id)) problems.push(`duplicate model id ${r.id}`);
    seenIds.add(r.id);
    claim(r.id, r.id, "id");
  }
  const cite = (source: string, where: string) => {
    if (!catalog.sources.has(source)) problems.push(`${where}: unknown source "${source}"`);
  };
  for (const r of catalog.records) {
    for (const a of r.aliases) claim(a, r.id, "alias");
    for (const s of r.snapshots) claim(s, r.id, "snapshot");
    for (const s of r.sources) cite(s, r.id);
    for (const [key, f] of Object.entries(r.facts)) if (f) cite(f.source, `${r.id}.facts.${key}`);
    for (const l of r.listings) cite(l.source, `${r.id} listing ${l.provider}`);
    for (const b of r.benchmarks) {
      cite(b.source, `${r.id} benchmark ${b.benchmark}`);
      if (!catalog.benchmarks.has(b.benchmark)) {
        problems.push(`${r.id}: benchmark result names unknown benchmark "${b.benchmark}"`);
      }
    }
    if (r.transparency) cite(r.transparency.source, `${r.id}.transparency`);
  }
  return problems;
}
