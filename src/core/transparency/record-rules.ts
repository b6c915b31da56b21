import { formatDate, formatParams } from "../answer/format.ts";
import type { TransparencyCategory } from "../schema/record.ts";
import { licenseKind, listSome, type RecordEvidence } from "./record-evidence.ts";

/** Points a category earns from the model's own record, with what earned (or cost) them. */
export interface RecordScore {
  points: number;
  notes: string[];
}

/** A category's rule: up to `max` points from the record; FMTI supplies the rest of 10. */
export interface CategoryRule {
  max: number;
  score(ev: RecordEvidence): RecordScore;
}

const DETAIL_KEYS = [
  "layers",
  "hidden_size",
  "attention_heads",
  "kv_heads",
  "head_dim",
  "ffn_size",
  "normalization",
  "activation",
] as const;

/** Builds a score from [points, note] pairs; a pair with 0 points still explains a gap. */
function tally(...items: (readonly [number, string] | undefined)[]): RecordScore {
  let points = 0;
  const notes: string[] = [];
  for (const item of items) {
    if (!item) continue;
    points += item[0];
    notes.push(item[1]);
  }
  return { points, notes };
}

function gap(ev: RecordEvidence, key: Parameters<RecordEvidence["state"]>[0], what: string) {
  return ev.state(key) === "undisclosed" ? `${what} not disclosed` : `no ${what} on record`;
}

const weightsNote = (ev: RecordEvidence, open: string, points: number) =>
  ev.openWeights ? ([points, open] as const) : ([0, "weights not released"] as const);

export const RECORD_RULES: Record<TransparencyCategory, CategoryRule> = {
  architectural_provenance: {
    max: 6,
    score(ev) {
      const details = DETAIL_KEYS.filter((k) => ev.has(k)).length;
      const attention = ev.has("attention_structure") || ev.has("position_embedding");
      return tally(
        ev.has("architecture")
          ? [1.5, `architecture stated (${ev.value("architecture")})`]
          : [0, gap(ev, "architecture", "architecture")],
        attention ? [1, "attention described"] : undefined,
        [1.5 * (details / DETAIL_KEYS.length), `${details} of 8 layer-level details published`],
        weightsNote(ev, "open weights ship their configuration", 2),
      );
    },
  },
  dataset_composition: {
    max: 2,
    score(ev) {
      return tally(
        ev.has("knowledge_cutoff")
          ? [2, `knowledge cutoff stated (${formatDate(String(ev.value("knowledge_cutoff")))})`]
          : [0, gap(ev, "knowledge_cutoff", "knowledge cutoff")],
        [0, "the catalog holds no per-model training-data breakdown"],
      );
    },
  },
  tokenizer_integrity: {
    max: 8,
    score(ev) {
      return tally(
        ev.has("vocab_size")
          ? [3, `vocabulary size published (${ev.value("vocab_size")})`]
          : [0, gap(ev, "vocab_size", "vocabulary size")],
        ev.has("tokenizer") ? [2, `tokenizer named (${ev.value("tokenizer")})`] : undefined,
        weightsNote(ev, "tokenizer files ship with the open weights", 3),
      );
    },
  },
  parameter_density: {
    max: 8,
    score(ev) {
      const total = ev.value("parameters");
      const active = ev.value("active_parameters");
      const dense = /\bdense\b/i.test(String(ev.value("architecture") ?? ""));
      return tally(
        typeof total === "number"
          ? [4.5, `${formatParams(total)} parameters published`]
          : [0, gap(ev, "parameters", "parameter count")],
        typeof total === "number" && typeof active === "number"
          ? [1.5, `${formatParams(active)} active per token`]
          : typeof total === "number" && dense
            ? [1.5, "dense, so every parameter is active"]
            : undefined,
        weightsNote(ev, "open weights let anyone count them", 2),
      );
    },
  },
  training_compute: {
    max: 0,
    score: () => tally([0, "the catalog holds no per-model compute figures"]),
  },
  benchmark_reproducibility: {
    max: 6,
    score(ev) {
      const { independent, selfReported } = ev.benchmarkSources();
      return tally(
        independent.length > 0
          ? [
              3 + (independent.length >= 3 ? 1 : 0),
              `measured independently on ${listSome(independent)}`,
            ]
          : [0, "no independently measured results"],
        selfReported.length > 0
          ? [1, `${selfReported.length} self-reported result${selfReported.length > 1 ? "s" : ""}`]
          : undefined,
        ev.openWeights ? [1, "open weights allow re-running any test"] : undefined,
      );
    },
  },
  identity_consistency: {
    max: 6,
    score(ev) {
      const disputed = ev.disputed();
      return tally(
        ev.record.canonical
          ? [2, "the maker's own model id"]
          : [0, "no record from the maker itself, only provider listings"],
        ev.has("organization") ? [1, "maker named"] : undefined,
        ev.has("family") ? [1, `family stated (${ev.value("family")})`] : undefined,
        ev.has("release_date") ? [1, "release date stated"] : undefined,
        disputed.length === 0
          ? [1, "sources agree on its key facts"]
          : [0, `sources disagree on ${disputed.join(", ").replace(/_/g, " ")}`],
      );
    },
  },
  license_clarity: {
    max: 7,
    score(ev) {
      const name = ev.value("license");
      if (typeof name !== "string") {
        return tally([0, gap(ev, "license", "license")], weightsNote(ev, "weights are open", 1));
      }
      const kind = licenseKind(name);
      const terms = {
        open: [4, "a standard open license"],
        community: [3, "the maker's own open-weights terms with usage limits"],
        proprietary: [2, "clear but closed: no weights, no derivatives"],
        other: [1, "a license this project does not recognise"],
      } as const;
      return tally([3, `license named (${name})`], terms[kind]);
    },
  },
  hardware_footprint: {
    max: 8,
    score(ev) {
      const params = ev.value("parameters");
      return tally(
        typeof params === "number"
          ? [3, `${formatParams(params)} parameters give a memory estimate`]
          : [0, gap(ev, "parameters", "parameter count")],
        weightsNote(ev, "weights can be run and measured locally", 3),
        ev.has("weights_url") ? [1, "weights link published"] : undefined,
        ev.has("context_length") ? [1, "context length stated"] : undefined,
      );
    },
  },
  versioning_drift: {
    max: 6,
    score(ev) {
      const pinned = ev.pinnedVersions;
      return tally(
        pinned > 0
          ? [3.5, `${pinned} dated version${pinned > 1 ? "s" : ""} to pin`]
          : ev.openWeights
            ? [3.5, "a fixed open-weights release"]
            : [0, "no dated snapshot to pin"],
        ev.has("release_date")
          ? [1.5, `released ${formatDate(String(ev.value("release_date")))}`]
          : undefined,
        ev.has("knowledge_cutoff") ? [1, "knowledge cutoff stated"] : undefined,
      );
    },
  },
};
