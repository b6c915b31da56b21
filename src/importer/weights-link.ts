import { compactKey } from "../core/engine/normalize.ts";
import { type Draft, RANK } from "./draft.ts";

/**
 * Rank of a weights link that names the model, as evidence that its weights are open: below the
 * maker's own record, above its API and every cloud's or reseller's `open_weights` flag. Hosts
 * flag what they serve, not what the maker released (Amazon Bedrock marks gpt-oss-20b and
 * several Gemma models closed), while a published repository of exactly this model is the
 * release itself.
 */
const WEIGHTS_LINK_RANK = (RANK.maker + RANK.makerApi) / 2;

const HUBS =
  /^https:\/\/(?:huggingface\.co|(?:www\.)?modelscope\.cn\/models)\/[^/]+\/([^/?#]+)\/?$/i;

/**
 * Adds "open weights: yes" to a record whose weights link is a model hub's repository named
 * exactly as the record (its id, name or an alias), cited to the source of the link. A link to
 * another repository (a newer release, a bigger sibling) proves nothing about this model.
 */
export function addWeightsLinkEvidence(draft: Draft): void {
  const names = new Set(
    [draft.id, draft.name, ...[...draft.names.values()].map((n) => n.text)].map(compactKey),
  );
  for (const link of draft.factCandidates("weights_url")) {
    if (typeof link.value !== "string") continue;
    const repo = HUBS.exec(link.value)?.[1];
    if (repo === undefined || !names.has(compactKey(repo))) continue;
    draft.addFact("open_weights", true, WEIGHTS_LINK_RANK, {
      source: link.source,
      asOf: link.asOf,
    });
    return;
  }
}
