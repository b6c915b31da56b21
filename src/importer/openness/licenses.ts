import type { OpennessStatus } from "../../core/schema/openness.ts";

/**
 * Licenses the Open Source Initiative approves, or Creative Commons terms without NC/ND, by the
 * spellings the openness data sets use. What is not here (a maker's community license, RAIL,
 * "research only") is a restriction: released, but not open.
 */
const OPEN =
  /^(apache([ -]?(license|2(\.0)?))*|mit( license)?|bsd([ -]?\d(-clause)?)*|(l|a)?gpl[ -]?[\d.]*|mpl[ -]?[\d.]*|isc|unlicense|cc0([ -]1\.0)?|cc[ -]?by([ -]sa)?([ -]\d(\.\d)?)?|creative commons attribution( share ?alike)?( \d(\.\d)?)?|odc[- ]by|pddl|public domain)$/i;

/** License values that say the component is not available (MOF's "not included", closed terms). */
const NOT_RELEASED =
  /^(proprietary|closed|undisclosed|not (released|available)|(component )+not includ.*)$/i;

/**
 * How a component a source lists stands. MOF's own tool counts every listed component as
 * included, under its own license or else the release's distribution license; "unlicensed"
 * means included with no license at all. So: an open license → open; a listed component under
 * a restrictive, missing or "unlicensed" license → partial; a value saying it is withheld → closed.
 */
export function statusOf(own: string | undefined, fallback: string | undefined): OpennessStatus {
  if (own && /^unlicensed$/i.test(own.trim())) return "partial";
  const license = own?.trim() || fallback?.trim();
  if (!license) return "partial";
  if (NOT_RELEASED.test(license)) return "closed";
  return OPEN.test(license) ? "open" : "partial";
}
