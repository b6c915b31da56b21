import type { Catalog } from "../catalog/catalog.ts";
import type { Provenance } from "../schema/fact.ts";
import type { FactKey, ModelRecord } from "../schema/record.ts";

/** What the catalog knows of one fact: a value, "the maker has not disclosed it", or nothing. */
export type Disclosure = "disclosed" | "undisclosed" | "unknown";

/** Reads a record's facts and remembers which ones an assessment leaned on, for its citations. */
export class RecordEvidence {
  readonly used: Provenance[] = [];

  constructor(
    readonly catalog: Catalog,
    readonly record: ModelRecord,
  ) {}

  state(key: FactKey): Disclosure {
    const f = this.record.facts[key];
    if (f === undefined) return "unknown";
    this.used.push(f);
    return "value" in f ? "disclosed" : "undisclosed";
  }

  has(key: FactKey): boolean {
    return this.state(key) === "disclosed";
  }

  value<K extends FactKey>(key: K): unknown {
    const f = this.record.facts[key];
    return f !== undefined && "value" in f ? f.value : undefined;
  }

  /** How many of the eight layer-level details are published, and of how many any source speaks. */
  detailShare(): { published: number; known: number; share: number } {
    let published = 0;
    let known = 0;
    for (const key of DETAIL_KEYS) {
      const state = this.state(key);
      if (state !== "unknown") known++;
      if (state === "disclosed") published++;
    }
    return { published, known, share: published / DETAIL_KEYS.length };
  }

  /** True only when a source says the weights are downloadable. */
  get openWeights(): boolean {
    return this.has("open_weights") && this.value("open_weights") === true;
  }

  /**
   * Distinct dated versions one can pin: dates in snapshot ids, in the id itself, or in aliases
   * that extend the id ("claude-sonnet-4-5-20250929" for claude-sonnet-4-5), since the importer
   * files a provider's dated id under aliases when the maker does not list it as a snapshot.
   */
  get pinnedVersions(): number {
    const id = this.record.id;
    const names = [
      id,
      ...this.record.snapshots,
      ...this.record.aliases.filter((a) => a.includes(id)),
    ];
    const dates = new Set<string>();
    for (const n of names) {
      for (const m of n.matchAll(DATE_IN_ID)) dates.add(`${m[1]}${m[2]}${m[3]}`);
    }
    return Math.max(dates.size, this.record.snapshots.length);
  }

  /** Identity facts on which sources disagree (a value and a different `others` value). */
  disputed(): FactKey[] {
    const keys: FactKey[] = ["parameters", "context_length", "release_date", "license"];
    return keys.filter((k) => {
      const f = this.record.facts[k];
      if (f === undefined || !("value" in f) || !f.others) return false;
      return f.others.some((o) => String(o.value) !== String(f.value));
    });
  }

  /** Distinct benchmarks measured by someone other than the maker, and self-reported ones. */
  benchmarkSources(): { independent: string[]; selfReported: string[] } {
    const independent = new Set<string>();
    const selfReported = new Set<string>();
    for (const b of this.record.benchmarks) {
      const name = this.catalog.benchmarks.get(b.benchmark)?.name ?? b.benchmark;
      (b.selfReported === true ? selfReported : independent).add(name);
      this.used.push(b);
    }
    return { independent: [...independent].sort(), selfReported: [...selfReported].sort() };
  }
}

/** The layer-level facts an architecture is described by. */
const DETAIL_KEYS = [
  "layers",
  "hidden_size",
  "attention_heads",
  "kv_heads",
  "head_dim",
  "ffn_size",
  "normalization",
  "activation",
] as const satisfies readonly FactKey[];

/** A calendar date inside a model id: 20250929, 2025-09-29 or 2024-08-06. */
const DATE_IN_ID = /(?<!\d)(20\d{2})-?([01]\d)-?([0-3]\d)(?!\d)/g;

export type LicenseKind = "open" | "community" | "proprietary" | "other";

const OPEN_LICENSE =
  /\b(creative commons attribution(?![ -]?non)|apache|mit|bsd|gpl|lgpl|agpl|mpl|cc[- ]by(?![- ]nc)(?:[- ]sa)?|cc0|unlicense|isc|openrail|odc|public domain)\b/i;
const COMMUNITY_LICENSE =
  /\b(llama|gemma|qwen|community|research|non[- ]?commercial|nc|tongyi|deepseek|falcon|open model license|custom|modified)\b/i;
const CLOSED_LICENSE = /\b(proprietary|closed|commercial|terms of (service|use)|api)\b/i;

/**
 * Sorts a license name into a kind: a standard open license, a maker's own open-weights license
 * (usage limits), a closed license, or a name this rule does not recognise.
 */
export function licenseKind(name: string): LicenseKind {
  if (COMMUNITY_LICENSE.test(name) && !/\bapache|\bmit\b/i.test(name)) return "community";
  if (OPEN_LICENSE.test(name)) return "open";
  if (CLOSED_LICENSE.test(name)) return "proprietary";
  return "other";
}

/** "A, B and 3 more" for evidence lists in a one-line reason. */
export function listSome(items: readonly string[], shown = 2): string {
  if (items.length <= shown) return items.join(" and ");
  return `${items.slice(0, shown).join(", ")} and ${items.length - shown} more`;
}
