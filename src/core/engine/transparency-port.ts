// Temporary: the transparency module (src/core/transparency) is being written alongside; this
// port is switched to re-export it as soon as it lands.
import type { Answer } from "../answer/types.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type { ModelRecord, TransparencyCategory, TransparencyProfile } from "../schema/record.ts";
import { makeAnswer } from "./answers/base.ts";

export const CATEGORY_SYNONYMS: Record<TransparencyCategory, string[]> = {
  architectural_provenance: ["architecture provenance"],
  dataset_composition: ["training data", "dataset", "data"],
  tokenizer_integrity: ["tokenizer"],
  parameter_density: ["parameter density"],
  training_compute: ["training compute", "compute"],
  benchmark_reproducibility: ["reproducibility"],
  identity_consistency: ["identity"],
  license_clarity: ["license clarity"],
  hardware_footprint: ["hardware", "vram"],
  versioning_drift: ["versioning", "snapshots"],
};

export function transparencyOf(_c: Catalog, r: ModelRecord): TransparencyProfile {
  return (
    r.transparency ?? {
      basis: "computed",
      total: 0,
      summary: "pending",
      categories: [],
      source: "card",
      asOf: "2026-01-08",
    }
  );
}

export type TransparencyQuery =
  | { kind: "profile"; model: ModelRecord }
  | { kind: "category"; model: ModelRecord; category: TransparencyCategory }
  | { kind: "compare"; models: ModelRecord[] }
  | {
      kind: "ranking";
      order: "most" | "least";
      count: number;
      org?: string;
      openWeightsOnly?: boolean;
    };

export function answerTransparency(_c: Catalog, q: TransparencyQuery, question: string): Answer {
  const models = q.kind === "compare" ? q.models : q.kind === "ranking" ? [] : [q.model];
  return makeAnswer(question, {
    intent: "transparency",
    models: models.map((m) => m.id),
    title: "Transparency",
    summary: "pending",
  });
}
