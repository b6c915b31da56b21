import { z } from "zod";
import { IsoDate, SourceId } from "./fact.ts";
import { SourceInfo } from "./registry.ts";

/**
 * The parts of a model release that openness frameworks look for. The Model Openness Framework
 * (MOF) and the Open Source AI Index name them differently; the importer maps both onto these.
 */
export const OPENNESS_COMPONENTS = [
  "model_architecture",
  "training_code",
  "preprocessing_code",
  "inference_code",
  "evaluation_code",
  "supporting_tools",
  "weights_final",
  "weights_intermediate",
  "base_weights",
  "datasets",
  "tuning_data",
  "evaluation_data",
  "model_card",
  "data_card",
  "paper",
  "peer_reviewed_paper",
  "technical_report",
  "evaluation_results",
  "model_metadata",
  "code_documentation",
  "license",
  "package",
  "api",
] as const;
export const OpennessComponent = z.enum(OPENNESS_COMPONENTS);
export type OpennessComponent = z.infer<typeof OpennessComponent>;

/**
 * open: released under an open license; partial: released with restrictions (a maker's own
 * terms, no license named) or only in part; closed: the source says it is not released.
 * A component a source says nothing about is absent, not closed.
 */
export const OpennessStatus = z.enum(["open", "partial", "closed"]);
export type OpennessStatus = z.infer<typeof OpennessStatus>;

export const OpennessItem = z.strictObject({
  component: OpennessComponent,
  status: OpennessStatus,
  license: z.string().min(1).max(200).optional(),
  url: z.url().optional(),
});
export type OpennessItem = z.infer<typeof OpennessItem>;

/** One rated release: an MOF model file or an Open Source AI Index project. */
export const OpennessEntry = z.strictObject({
  source: SourceId,
  asOf: IsoDate,
  /** The release's name as the source gives it, e.g. "OLMo-7B" or "OLMo 7B Instruct". */
  name: z.string().min(1).max(200),
  /** The catalog organization id of its maker, where the importer could tell. */
  org: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/)
    .optional(),
  /** Hugging Face repository id ("allenai/OLMo-7B"), the surest key to a catalog record. */
  huggingface: z.string().min(3).max(200).optional(),
  /** The model a fine-tune is built on, as the source names it ("OLMo 7B"). */
  base: z.string().min(1).max(200).optional(),
  /** A link to the entry's own page or repository. */
  url: z.url().optional(),
  /** MOF class computed from the components (1 open science, 2 open tooling, 3 open model). */
  mofClass: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  /** The source's own openness total, where it publishes one (the Index's points out of 14). */
  points: z.number().min(0).max(100).optional(),
  items: z.array(OpennessItem),
});
export type OpennessEntry = z.infer<typeof OpennessEntry>;

/**
 * data/openness.json: per-release openness evidence, matched to catalog models at run time. It
 * names its own sources, so a refresh that carries the file over (the sets have no feed) keeps
 * their citations whole.
 */
export const OpennessData = z
  .strictObject({ sources: z.array(SourceInfo), entries: z.array(OpennessEntry) })
  .refine(
    (d) => d.entries.every((e) => d.sources.some((s) => s.id === e.source)),
    "every entry's source is listed in sources",
  );
export type OpennessData = z.infer<typeof OpennessData>;

export const EMPTY_OPENNESS: OpennessData = { sources: [], entries: [] };
