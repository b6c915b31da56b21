import { formatDate, formatParams } from "../answer/format.ts";
import type { TransparencyCategory } from "../schema/record.ts";
import { licenseKind, listSome } from "./record-evidence.ts";
import { component, type Evidence, fact, fmtiSignal, type Signal, weights } from "./signals.ts";

/**
 * Each category's evidence, heaviest first, with its weight. Released artefacts (data, code,
 * weights, papers) weigh most where they bear directly on the category; the developer's FMTI
 * indicators are one input among several. docs/transparency.md gives the table and the reasons.
 */
export const CATEGORY_RULES: Record<
  TransparencyCategory,
  (ev: Evidence) => (Signal | undefined)[]
> = {
  architectural_provenance: (ev) => {
    const details = ev.record.detailShare();
    return [
      component(ev, "model_architecture", 2),
      fact(ev, "architecture", 1, (v) => `architecture stated (${String(v)})`, "architecture"),
      details.known > 0
        ? {
            weight: 2,
            value: details.share,
            note: `${details.published} of 8 layer-level details published`,
          }
        : undefined,
      weights(ev, 1.5, "their configuration ships with them"),
      component(ev, "paper", 1),
      component(ev, "technical_report", 1),
      component(ev, "training_code", 1),
      fmtiSignal(ev, "architectural_provenance", 1.5),
    ];
  },
  dataset_composition: (ev) => [
    component(ev, "datasets", 3),
    component(ev, "data_card", 2),
    component(ev, "tuning_data", 1.5),
    component(ev, "preprocessing_code", 1),
    component(ev, "paper", 0.5),
    component(ev, "technical_report", 0.5),
    fact(
      ev,
      "knowledge_cutoff",
      0.25,
      (v) => `knowledge cutoff stated (${formatDate(String(v))})`,
      "knowledge cutoff",
    ),
    fmtiSignal(ev, "dataset_composition", 2),
  ],
  tokenizer_integrity: (ev) => [
    fact(ev, "vocab_size", 2, (v) => `vocabulary size published (${String(v)})`, "vocabulary size"),
    fact(ev, "tokenizer", 1, (v) => `tokenizer named (${String(v)})`, "tokenizer"),
    weights(ev, 2, "the tokenizer files ship with them"),
    component(ev, "inference_code", 1),
    fmtiSignal(ev, "tokenizer_integrity", 1),
  ],
  parameter_density: (ev) => {
    const total = ev.record.value("parameters");
    const active = ev.record.value("active_parameters");
    return [
      fact(
        ev,
        "parameters",
        3,
        (v) => `${formatParams(Number(v))} parameters published`,
        "parameter count",
      ),
      typeof total === "number" && typeof active === "number"
        ? { weight: 1, value: 1, note: `${formatParams(active)} active per token` }
        : undefined,
      weights(ev, 2, "anyone can count the parameters"),
      component(ev, "model_metadata", 0.5),
      component(ev, "technical_report", 0.5),
      fmtiSignal(ev, "parameter_density", 1),
    ];
  },
  training_compute: (ev) => [
    component(ev, "technical_report", 1.5),
    component(ev, "paper", 1),
    component(ev, "training_code", 0.5),
    component(ev, "weights_intermediate", 0.5),
    fmtiSignal(ev, "training_compute", 3),
  ],
  benchmark_reproducibility: (ev) => {
    const { independent, selfReported } = ev.record.benchmarkSources();
    return [
      independent.length > 0
        ? {
            weight: 2.5,
            value: Math.min(1, independent.length / 3),
            note: `measured independently on ${listSome(independent)}`,
          }
        : undefined,
      selfReported.length > 0 && independent.length === 0
        ? {
            weight: 1,
            value: 0.5,
            note: `${selfReported.length} self-reported result${selfReported.length > 1 ? "s" : ""} only`,
          }
        : undefined,
      component(ev, "evaluation_code", 1.5),
      component(ev, "evaluation_data", 1),
      component(ev, "evaluation_results", 1),
      weights(ev, 1, "anyone can re-run any test"),
      fmtiSignal(ev, "benchmark_reproducibility", 1.5),
    ];
  },
  identity_consistency: (ev) => {
    const disputed = ev.record.disputed();
    return [
      {
        weight: 1.5,
        value: ev.record.record.canonical ? 1 : 0.5,
        note: ev.record.record.canonical
          ? "the maker's own model id"
          : "known from provider listings, not a maker's record",
      },
      fact(ev, "organization", 0.25, () => "maker named", "maker"),
      fact(ev, "family", 0.25, (v) => `family stated (${String(v)})`, "family"),
      fact(ev, "release_date", 0.25, () => "release date stated", "release date"),
      disputed.length === 0
        ? { weight: 1, value: 1, note: "sources agree on its key facts" }
        : {
            weight: 1,
            value: 0,
            note: `sources disagree on ${disputed.join(", ").replace(/_/g, " ")}`,
          },
      component(ev, "model_card", 1.5),
      component(ev, "model_metadata", 0.5),
      fmtiSignal(ev, "identity_consistency", 1),
    ];
  },
  license_clarity: (ev) => {
    const name = ev.record.value("license");
    const kind = typeof name === "string" ? licenseKind(name) : undefined;
    const KIND_VALUE = { open: 1, community: 0.7, proprietary: 0.6, other: 0.4 } as const;
    const KIND_NOTE = {
      open: "a standard open license",
      community: "the maker's own open-weights terms with usage limits",
      proprietary: "clear but closed: no weights, no derivatives",
      other: "a license this project does not recognise",
    } as const;
    return [
      kind !== undefined
        ? {
            weight: 3,
            value: KIND_VALUE[kind],
            note: `license named (${String(name)}): ${KIND_NOTE[kind]}`,
          }
        : ev.record.state("license") === "undisclosed"
          ? { weight: 3, value: 0, note: "license not disclosed" }
          : undefined,
      component(ev, "license", 2),
      fmtiSignal(ev, "license_clarity", 1),
    ];
  },
  hardware_footprint: (ev) => [
    weights(ev, 2.5, "they can be run and measured locally"),
    fact(
      ev,
      "parameters",
      2,
      (v) => `${formatParams(Number(v))} parameters give a memory estimate`,
      "parameter count",
    ),
    fact(ev, "weights_url", 0.5, () => "weights link published", "weights link"),
    fact(ev, "context_length", 0.25, () => "context length stated", "context length"),
    component(ev, "inference_code", 0.5),
    fmtiSignal(ev, "hardware_footprint", 1),
  ],
  versioning_drift: (ev) => {
    const pinned = ev.record.pinnedVersions;
    return [
      pinned > 0
        ? { weight: 2, value: 1, note: `${pinned} dated version${pinned > 1 ? "s" : ""} to pin` }
        : ev.record.openWeights
          ? { weight: 2, value: 1, note: "a fixed open-weights release" }
          : undefined,
      component(ev, "weights_intermediate", 1.5),
      fact(ev, "release_date", 0.5, (v) => `released ${formatDate(String(v))}`, "release date"),
      fact(ev, "knowledge_cutoff", 0.25, () => "knowledge cutoff stated", "knowledge cutoff"),
      fmtiSignal(ev, "versioning_drift", 1.5),
    ];
  },
};
