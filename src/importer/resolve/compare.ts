/**
 * Comparing the names two sources give a model. A provider's display name is evidence of which
 * model it serves, next to its id and its base_model link: where the id and the link disagree, the
 * display name decides.
 */

/** Words of a display name that name an offer (an instruct tune, a serving tier), not a model. */
const OFFER_WORDS = new Set(["instruct", "tee", "fp8", "fp4", "fast", "free", "latest", "it"]);

/** Lowercase words split at anything but letters and digits ("Qwen3 235B-A22B" → qwen3 235b a22b). */
function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * Whether a provider's display name names the same model as a maker's record. Offer words drop
 * out; a size, expert-count or context tag one name has and the other lacks ("70b", "16e", "202k")
 * drops out; a release stamp ("2506") drops out only when the maker's id carries it (Mistral Small
 * 3.2 is "mistral-small-2506"). What is left must be the same words in the same order, so
 * "Qwen3 235B A22B Instruct 2507" is not "Qwen3 235B-A22B" and "Mistral Small 2503" is not
 * "Mistral Small 4".
 */
export function displayNameAgrees(offerName: string, makerName: string, makerId: string): boolean {
  const a = wordsOf(offerName);
  const b = wordsOf(makerName);
  const idStamp = /-(\d{4})$/.exec(makerId)?.[1];
  const keep = (w: string, other: string[]) =>
    !OFFER_WORDS.has(w) &&
    !(/^\d+[bek]$/.test(w) && !other.includes(w)) &&
    !(w === idStamp && !other.includes(w));
  const ka = a.filter((w) => keep(w, b));
  const kb = b.filter((w) => keep(w, a));
  return ka.length > 0 && ka.length === kb.length && ka.every((w, i) => w === kb[i]);
}
