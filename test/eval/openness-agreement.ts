import type { Catalog } from "../../src/core/catalog/catalog.ts";
import type { OpennessEntry } from "../../src/core/schema/openness.ts";
import { transparencyTotalOf } from "../../src/core/transparency/index.ts";
import { opennessOf } from "../../src/core/transparency/openness-match.ts";

/** Ranks with ties sharing their mean rank, as Spearman's rho needs. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
    for (let k = i; k <= j; k++) out[order[k]?.[1] ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation: Pearson's r over the ranks (ties averaged). */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  const rx = ranks(xs);
  const ry = ranks(ys);
  const n = xs.length;
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / n;
  const [mx, my] = [mean(rx), mean(ry)];
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < n; i++) {
    const a = (rx[i] ?? 0) - mx;
    const b = (ry[i] ?? 0) - my;
    num += a * b;
    dx += a * a;
    dy += b * b;
  }
  return dx === 0 || dy === 0 ? 0 : num / Math.sqrt(dx * dy);
}

/**
 * An MOF entry's openness on one ordinal scale: its class (I = 3 … III = 1, none = 0) plus the
 * share of the components it releases openly, so entries below Class III still rank by how
 * much they release (most community files earn no class).
 */
export function mofLevel(entry: OpennessEntry): number {
  const cls = entry.mofClass ? 4 - entry.mofClass : 0;
  const open = entry.items.filter((i) => i.status === "open").length;
  return cls + open / 17;
}

export interface Agreement {
  source: string;
  /** Rated releases that name at least one catalog model, and the catalog models they name. */
  entries: number;
  models: number;
  rho: number;
  pairs: { name: string; models: string[]; total: number; expert: number }[];
}

/**
 * How well the computed totals agree with an expert ranking over the models both cover. Each
 * rated release is one point: the source's rating against the mean computed total of the catalog
 * models it rates (its own release's models for MOF; for the Index, which rates whole projects,
 * the project's family where no model is named exactly). One point per rating keeps a family the
 * catalog lists in thirty variants from counting thirty times.
 */
export function agreementWith(catalog: Catalog, source: "mof" | "osai-index"): Agreement {
  const byEntry = new Map<OpennessEntry, { model: string[]; family: string[] }>();
  for (const record of catalog.records) {
    if (record.transparency) continue;
    for (const m of opennessOf(catalog, record)) {
      if (m.entry.source !== source || m.scope === "developer") continue;
      if (source === "mof" && m.scope !== "model") continue;
      const seen = byEntry.get(m.entry) ?? { model: [], family: [] };
      seen[m.scope].push(record.id);
      byEntry.set(m.entry, seen);
    }
  }
  const pairs: Agreement["pairs"] = [];
  for (const [entry, { model, family }] of byEntry) {
    const ids = model.length > 0 ? model : family;
    const totals = ids.map((id) => {
      const record = catalog.byId.get(id);
      return record ? transparencyTotalOf(catalog, record) : 0;
    });
    const total = totals.reduce((s, t) => s + t, 0) / totals.length;
    const expert = source === "mof" ? mofLevel(entry) : (entry.points ?? 0);
    pairs.push({ name: entry.name, models: ids, total, expert });
  }
  pairs.sort((a, b) => b.expert - a.expert || (a.name < b.name ? -1 : 1));
  return {
    source,
    entries: pairs.length,
    models: new Set(pairs.flatMap((p) => p.models)).size,
    rho: spearman(
      pairs.map((p) => p.total),
      pairs.map((p) => p.expert),
    ),
    pairs,
  };
}

/** The report lines `npm run eval` prints for both expert rankings. */
export function formatAgreement(catalog: Catalog): string {
  const lines = [
    "Transparency against expert openness rankings (Spearman's rho, one point per rated release):",
  ];
  for (const source of ["mof", "osai-index"] as const) {
    const a = agreementWith(catalog, source);
    const label = source === "mof" ? "MOF class and progress" : "Open Source AI Index points";
    lines.push(
      `  ${label.padEnd(28)} rho ${a.rho.toFixed(3)}  (${a.entries} rated releases, ${a.models} catalog models)`,
    );
  }
  return `${lines.join("\n")}\n`;
}
