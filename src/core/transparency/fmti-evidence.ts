import type { Catalog } from "../catalog/catalog.ts";
import type { Provenance } from "../schema/fact.ts";
import type { FmtiDeveloper, FmtiRelease } from "../schema/fmti.ts";
import type { TransparencyCategory } from "../schema/record.ts";

/**
 * FMTI indicators that bear on each category, by name across the three releases (2025 names
 * first, then the v1 and v1.1 names). docs/transparency.md explains each choice. Training
 * compute has no model-level fact in the catalog, so it rests on FMTI alone.
 */
export const FMTI_INDICATORS: Record<TransparencyCategory, readonly string[]> = {
  architectural_provenance: [
    "Basic model properties",
    "Deeper model properties",
    "Model dependencies",
    "Model stages",
    "Model objectives",
    "Code access",
    "Model components",
    "Model architecture",
    "Core frameworks",
    "Additional dependencies",
  ],
  dataset_composition: [
    "Data acquisition methods",
    "Public datasets",
    "Crawling",
    "Usage data used in training",
    "Licensed data sources",
    "New human-generated data sources",
    "Synthetic data sources",
    "Data processing methods",
    "Data processing techniques",
    "Data size",
    "Data language composition",
    "Data domain composition",
    "External data access",
    "Data replicability",
    "Data sources",
    "Data creators",
    "Data source selection",
    "Data curation",
    "Data augmentation",
    "Harmful data filtration",
    "Data copyright status",
    "Copyrighted data",
    "Data license status",
    "Data license",
    "Personal information in data",
    "Queryable external data access",
    "Direct external data access",
  ],
  tokenizer_integrity: [
    "Deeper model properties",
    "Code access",
    "Model components",
    "Full external model access",
  ],
  parameter_density: ["Basic model properties", "Open weights", "Model size"],
  training_compute: [
    "Compute usage for final training run",
    "Compute usage including R&D",
    "Development duration for final training run",
    "Compute hardware for final training run",
    "Compute provider",
    "Energy usage for final training run",
    "Carbon emissions for final training run",
    "Water usage for final training run",
    "Internal compute allocation",
    "Compute usage",
    "Development duration",
    "Compute hardware",
    "Hardware owner",
    "Energy usage",
    "Carbon emissions",
    "Broader environmental impact",
  ],
  benchmark_reproducibility: [
    "Capabilities evaluation",
    "External reproducibility of capabilities evaluation",
    "Train-test overlap",
    "Evaluation of capabilities",
    "Third-party capabilities evaluation",
    "Capabilities demonstration",
  ],
  identity_consistency: [
    "Model response characteristics",
    "System prompt",
    "Permitted, restricted, and prohibited model behaviors",
    "User interaction with AI system",
    "Centralized model documentation",
  ],
  license_clarity: [
    "Terms of use",
    "Open weights",
    "Permitted and prohibited users",
    "Permitted, restricted, and prohibited uses",
    "Model License",
    "License",
    "Model Asset License",
    "Terms of service",
  ],
  hardware_footprint: [
    "Quantization",
    "Benchmarked inference",
    "Inference duration evaluation",
    "Inference compute evaluation",
  ],
  versioning_drift: [
    "Versioning protocol",
    "Change log",
    "Release stages",
    "Foundation model roadmap",
    "Deprecation policy",
    "Release process",
  ],
};

const KEYS = new Map(
  Object.entries(FMTI_INDICATORS).map(([c, names]) => [c, new Set(names.map(normalize))]),
);

function normalize(name: string): string {
  return name.trim().toLowerCase();
}

/** How many of a category's indicators FMTI credited the developer with, in one release. */
export interface FmtiCategoryScore {
  credited: number;
  of: number;
}

/** A developer's latest FMTI scores, reduced to the ten categories. */
export interface FmtiEvidence {
  developer: string;
  release: FmtiRelease;
  provenance: Provenance;
  byCategory: Record<TransparencyCategory, FmtiCategoryScore>;
}

/**
 * For each catalog org id, the newest release that scores its developer. Developers FMTI never
 * scored are absent: their models get no developer-level credit.
 */
export function indexFmtiByOrg(catalog: Catalog): Map<string, FmtiEvidence> {
  const out = new Map<string, FmtiEvidence>();
  // Releases are newest first; the first one naming a developer wins.
  for (const release of catalog.fmti?.releases ?? []) {
    for (const dev of release.developers) {
      if (!out.has(dev.org)) out.set(dev.org, summarize(catalog, release, dev));
    }
  }
  return out;
}

function summarize(catalog: Catalog, release: FmtiRelease, dev: FmtiDeveloper): FmtiEvidence {
  const byCategory = {} as Record<TransparencyCategory, FmtiCategoryScore>;
  for (const [category, keys] of KEYS) {
    let credited = 0;
    let of = 0;
    release.indicators.forEach((ind, i) => {
      if (!keys.has(normalize(ind.name))) return;
      of++;
      credited += dev.scores[i] ?? 0;
    });
    byCategory[category as TransparencyCategory] = { credited, of };
  }
  const source = catalog.fmti?.source ?? "fmti";
  const url = catalog.sources.get(source)?.url;
  return {
    developer: dev.name,
    release,
    provenance: { source, asOf: release.asOf, ...(url ? { url } : {}) },
    byCategory,
  };
}
