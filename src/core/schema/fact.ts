import { z } from "zod";

/** A calendar date as the sources give it: a year, a year and month, or a full day (ISO 8601). */
export const IsoDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    "expected YYYY, YYYY-MM or YYYY-MM-DD",
  );
export type IsoDate = z.infer<typeof IsoDate>;

/** Id of an entry in data/sources.json, e.g. "card", "models.dev", "livebench", "llm-stats", "fmti". */
export const SourceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._:-]*$/, "expected a lowercase source id");
export type SourceId = z.infer<typeof SourceId>;

/** Where a value came from and when that source said it. */
export const Provenance = z.strictObject({
  source: SourceId,
  asOf: IsoDate,
  /** A link to the exact page or file behind the value, when the source gives one. */
  url: z.url().optional(),
});
export type Provenance = z.infer<typeof Provenance>;

/**
 * One fact about a model. Three states:
 * - a value, with its provenance, and optionally what other sources say (`others`), so an answer can
 *   say who says what when sources disagree (the primary value is the maker's or the card's);
 * - `undisclosed`: the maker has not published it (the reference card's "-");
 * - unknown: the key is absent from the record.
 */
export function fact<T extends z.ZodType>(value: T) {
  const sourced = Provenance.extend({ value });
  return z.union([
    sourced.extend({ others: z.array(sourced).min(1).optional() }),
    Provenance.extend({ undisclosed: z.literal(true) }),
  ]);
}

export type Fact<T> =
  | (Provenance & { value: T; others?: (Provenance & { value: T })[] | undefined })
  | (Provenance & { undisclosed: true });

/** True when the fact carries a value (not undisclosed, not unknown). */
export function hasValue<T>(f: Fact<T> | undefined): f is Provenance & { value: T } {
  return f !== undefined && "value" in f;
}

/** The fact's value, or undefined when it is undisclosed or unknown. */
export function factValue<T>(f: Fact<T> | undefined): T | undefined {
  return f !== undefined && "value" in f ? f.value : undefined;
}
