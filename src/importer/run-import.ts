import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildCatalog, type CoverageReport } from "./build.ts";
import { formatFmtiJson, importFmti } from "./fmti.ts";
import { importOpenness } from "./openness/import.ts";
import { type GoldItem, type PairScore, scorePairs, trailKey } from "./resolve/score.ts";
import { formatJson, modelFiles } from "./write.ts";

/** All files of one import, keyed by path relative to the output folder. */
export function importAll(datasetsDir: string, referenceDir: string) {
  const out = buildCatalog({ datasetsDir, referenceDir });
  const files = new Map<string, string>();
  for (const [name, text] of modelFiles(out.records)) files.set(join("models", name), text);
  files.set("benchmarks.json", formatJson(out.benchmarks));
  const openness = importOpenness(datasetsDir);
  if (openness) files.set("openness.json", formatJson(openness));
  files.set("sources.json", formatJson(out.sources));
  // Where each source id went and why: the entity-resolution trail, one JSON object per line.
  files.set("resolution.jsonl", out.trail.map((t) => `${JSON.stringify(t)}\n`).join(""));
  if (existsSync(join(datasetsDir, "fmti"))) {
    files.set("fmti.json", formatFmtiJson(importFmti(datasetsDir)));
  }
  return { files, report: out.report, trail: out.trail };
}

/** The gold set's pairwise score of this import's grouping (see resolve/score.ts). */
export function scoreImport(
  trail: { source: string; provider?: string; id: string; record: string }[],
  gold: GoldItem[],
): PairScore {
  const placed = new Map(trail.map((t) => [trailKey(t.source, t.provider, t.id), t.record]));
  return scorePairs(gold, (g) => placed.get(trailKey(g.source, g.provider, g.id)));
}

export function formatScore(s: PairScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  return `  gold set          ${s.items} ids (${s.placed} placed): pairwise precision ${pct(s.precision)}, recall ${pct(s.recall)}`;
}

export function formatReport(r: CoverageReport, changed: number): string {
  const lb = r.livebench;
  return [
    "coverage:",
    `  models            ${r.models} (${r.canonical} canonical, ${r.providerOnly} provider-only, ${r.statsOnly} llm-stats-only, ${lb.created} LiveBench-only)`,
    `  kinds             ${r.kinds.map(([k, n]) => `${k} ${n}`).join(", ")}`,
    `  provider model ids ${r.providerIds.distinct} distinct, ${r.providerIds.normalized} once spelling, cloud prefixes and serving tags are set aside`,
    `  provider listings ${r.listings}`,
    `  benchmark results ${r.results}`,
    `  livebench ${lb.latestRelease || "-"}: ${lb.latestRows} rows, ${lb.mapped} mapped to records from other sources, ${lb.latestRows - lb.mapped} to LiveBench-only records; unmapped 0`,
    `  base_model links refused (id disagrees) ${r.linksRefused}`,
    `  facts with conflicts kept in others ${r.conflictsKept}`,
    `  names dropped (claimed by two models) ${r.namesDropped}`,
    ...r.sourceLines.map((l) => `  ${l}`),
    `  files changed     ${changed}`,
  ].join("\n");
}
