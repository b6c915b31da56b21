import {
  TRANSPARENCY_CATEGORIES,
  type TransparencyCategory,
  type TransparencyLevel,
} from "../schema/record.ts";

export { TRANSPARENCY_CATEGORIES };

/** Display names, as the reference card writes them. */
export const CATEGORY_LABELS: Record<TransparencyCategory, string> = {
  architectural_provenance: "Architectural Provenance",
  dataset_composition: "Dataset Composition",
  tokenizer_integrity: "Tokenizer Integrity",
  parameter_density: "Parameter Density",
  training_compute: "Training Compute",
  benchmark_reproducibility: "Benchmark Reproducibility",
  identity_consistency: "Identity Consistency",
  license_clarity: "License Clarity",
  hardware_footprint: "Hardware Footprint",
  versioning_drift: "Versioning Drift",
};

/**
 * Lowercase phrases users type for each category ("how transparent is X about <phrase>"). The
 * question parser matches the longest phrase first, so "training data" wins over "data".
 */
export const CATEGORY_SYNONYMS: Record<TransparencyCategory, string[]> = {
  architectural_provenance: [
    "architectural provenance",
    "architecture",
    "arch",
    "model architecture",
    "design",
    "attention",
    "layers",
    "provenance",
    "lineage",
  ],
  dataset_composition: [
    "dataset composition",
    "training data",
    "dataset",
    "datasets",
    "data",
    "data sources",
    "training set",
    "corpus",
    "pretraining data",
  ],
  tokenizer_integrity: [
    "tokenizer integrity",
    "tokenizer",
    "tokeniser",
    "tokenization",
    "vocab",
    "vocabulary",
    "vocab size",
  ],
  parameter_density: [
    "parameter density",
    "parameters",
    "parameter count",
    "param count",
    "params",
    "model size",
    "size",
    "active parameters",
  ],
  training_compute: [
    "training compute",
    "compute",
    "gpu hours",
    "flops",
    "training cost",
    "energy",
    "carbon",
    "emissions",
  ],
  benchmark_reproducibility: [
    "benchmark reproducibility",
    "benchmarks",
    "benchmark",
    "reproducibility",
    "evals",
    "evaluations",
    "evaluation",
  ],
  identity_consistency: [
    "identity consistency",
    "identity",
    "self identification",
    "naming",
    "model identity",
  ],
  license_clarity: [
    "license clarity",
    "license",
    "licence",
    "licensing",
    "terms",
    "terms of use",
    "open source",
  ],
  hardware_footprint: [
    "hardware footprint",
    "hardware",
    "vram",
    "memory",
    "gpu",
    "self hosting",
    "deployment",
    "quantization",
  ],
  versioning_drift: [
    "versioning drift",
    "versioning",
    "versions",
    "snapshots",
    "snapshot",
    "changelog",
    "change log",
    "drift",
    "updates",
  ],
};

const LEVELS: readonly TransparencyLevel[] = ["very low", "low", "moderate", "high", "very high"];

/** Level of a 0-10 score: below 2 very low, below 4 low, below 6 moderate, below 8 high. */
export function levelOf(score: number): TransparencyLevel {
  return LEVELS[Math.min(4, Math.max(0, Math.floor(score / 2)))] ?? "very low";
}

/** 0 for "very low" up to 4 for "very high": orders card assessments, which have no scores. */
export function levelRank(level: TransparencyLevel): number {
  return LEVELS.indexOf(level);
}
