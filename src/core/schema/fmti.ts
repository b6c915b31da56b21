import { z } from "zod";
import { IsoDate, SourceId } from "./fact.ts";

/** One FMTI indicator as that release names it (names only; definitions stay with FMTI). */
export const FmtiIndicator = z.strictObject({
  name: z.string().min(1),
  domain: z.string().min(1),
  subdomain: z.string().min(1),
});
export type FmtiIndicator = z.infer<typeof FmtiIndicator>;

/** A developer's 0/1 scores, in the order of its release's `indicators`. */
export const FmtiDeveloper = z.strictObject({
  /** The developer's name as FMTI writes it, e.g. "AI21 Labs". */
  name: z.string().min(1),
  /** The catalog's organization id for this developer, e.g. "ai21". */
  org: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  scores: z.array(z.union([z.literal(0), z.literal(1)])),
});
export type FmtiDeveloper = z.infer<typeof FmtiDeveloper>;

export const FmtiRelease = z
  .strictObject({
    /** The data set's folder name, e.g. "Dec2025". */
    id: z.string().min(1),
    /** Month the release was published, e.g. "2025-12". */
    asOf: IsoDate,
    indicators: z.array(FmtiIndicator).min(1),
    developers: z.array(FmtiDeveloper),
  })
  .refine(
    (r) => r.developers.every((d) => d.scores.length === r.indicators.length),
    "every developer needs one score per indicator",
  );
export type FmtiRelease = z.infer<typeof FmtiRelease>;

/**
 * The Foundation Model Transparency Index scores (data/fmti.json), newest release first.
 * FMTI scores developers on their flagship model, not single models.
 */
export const FmtiData = z.strictObject({
  source: SourceId,
  releases: z.array(FmtiRelease),
});
export type FmtiData = z.infer<typeof FmtiData>;

/** What a catalog holds when data/fmti.json is absent: no developer scores. */
export const EMPTY_FMTI: FmtiData = { source: "fmti", releases: [] };
