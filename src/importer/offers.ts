import type { Provenance } from "../core/schema/fact.ts";
import type { FactKey } from "../core/schema/record.ts";
import { CLAIM, compareStrings, type Draft, type FactValue, RANK } from "./draft.ts";
import { asString } from "./files.ts";
import { cleanCandidates, keyOf, lastSegment, shortKeyOf, splitDate, toModelId } from "./ids.ts";
import type { ProviderOffer } from "./models-dev.ts";
import { type OrgVotes, orgFromName, orgFromPath } from "./orgs.ts";
import type { Match, Resolver } from "./resolver.ts";
import { cleanDisplayName, factsFromToml, listingFromOffer } from "./toml-facts.ts";

/** Offers attached to each draft, for facts and org votes once every offer is placed. */
export type OfferBook = Map<Draft, ProviderOffer[]>;

/** Words that name a router, tier or variant, never a model by themselves. */
const GENERIC_WORDS = new Set([
  "auto",
  "free",
  "balanced",
  "frontier",
  "small",
  "large",
  "medium",
  "mini",
  "default",
  "router",
  "fast",
  "best",
  "smart",
  "dev",
  "pro",
  "schnell",
  "turbo",
  "lite",
  "max",
  "plus",
  "base",
  "chat",
  "code",
  "coder",
  "latest",
  "preview",
]);

/**
 * The most cleaned spelling of an offer's id: the one provider-only models are grouped and named
 * by. A bare word ("auto", "free", "schnell") names a router or product only within its path, so
 * it keeps the segment before it, or the provider's id ("kilo-auto-free", "openrouter-auto",
 * "flux-schnell", "llmgateway-auto"); two
 * gateways' "free" routers are not one model, and no model should be called "free".
 */
export function cleanestName(offer: ProviderOffer): string {
  const refined = refinedByName(offer);
  if (refined !== undefined) return refined;
  const list = cleanCandidates(lastSegment(offer.providerModelId));
  const clean = list[list.length - 1] ?? offer.providerModelId.toLowerCase();
  const parts = offer.providerModelId.toLowerCase().split("/");
  const parent = parts[parts.length - 2]?.replace(/^@/, "") ?? offer.provider;
  return GENERIC_WORDS.has(clean) ? `${parent}-${clean}` : clean;
}

/**
 * The provider's display name where it names the model more exactly than its id: the id without
 * a release stamp or a minor version the name gives ("deepseek/deepseek-v3" named "DeepSeek V3
 * 0324", Bedrock's "deepseek.v3-v1:0" named "DeepSeek-V3.1", Vercel's "alibaba/qwen-3-235b" named
 * "Qwen3 235B A22B Instruct 2507"). The name's words must extend the id's; a year ("2024") is not
 * a stamp.
 */
export function refinedByName(offer: ProviderOffer): string | undefined {
  const name = cleanDisplayName(asString(offer.data.name));
  if (name === undefined) return undefined;
  const list = cleanCandidates(lastSegment(offer.providerModelId));
  const idKey = keyOf(list[list.length - 1] ?? "");
  const nameKey = keyOf(name);
  if (idKey.length === 0 || !nameKey.startsWith(`${idKey}-`)) return undefined;
  const extra = nameKey.slice(idKey.length + 1).split("-");
  const stamp = extra.some((t) => /^\d{4}$/.test(t) && !/^20\d\d$/.test(t));
  const minor = extra.length === 1 && /^\d$/.test(extra[0] ?? "");
  // "DeepSeek-V3.2-Exp" for "deepseek-v3.2"; "Qwen3 Coder 480B A35B Instruct" for "qwen3-coder".
  const exp = extra.length === 1 && extra[0] === "exp";
  const size =
    extra.includes("b") &&
    extra.every((t) => /^\d+$/.test(t) || ["a", "b", "instruct"].includes(t));
  if (!stamp && !minor && !exp && !size) return undefined;
  const named = cleanCandidates(toModelId(name));
  return named[named.length - 1];
}

/**
 * Attaches an offer to a draft: its listing (deprecated offers give names and facts, not a
 * listing), the provider's ids as aliases, and a dated id as a snapshot when it matched as one.
 */
export function attachOffer(
  draft: Draft,
  offer: ProviderOffer,
  how: Match["how"] | "base",
  via: string,
  book: OfferBook,
  from: Provenance,
  rule: string = how,
): void {
  draft.trail.push({
    source: from.source,
    provider: offer.provider,
    id: offer.providerModelId,
    rule,
  });
  if (asString(offer.data.status) !== "deprecated") {
    draft.listings.push(listingFromOffer(offer, from));
  }
  const strength = how === "matched" ? CLAIM.matched : CLAIM.stated;
  // An id placed against its own words (only the display name agrees) names another model to
  // users: "claude-sonnet-4" served as Claude Sonnet 4.5 must not make "claude sonnet 4" find 4.5.
  const contradicted = rule.includes("display name agrees");
  const names = contradicted ? [] : [offer.providerModelId, lastSegment(offer.providerModelId)];
  for (const n of names)
    if (!GENERIC_WORDS.has(n.toLowerCase())) draft.addName(n, "alias", strength);
  for (const c of contradicted ? [] : cleanCandidates(lastSegment(offer.providerModelId))) {
    if (!GENERIC_WORDS.has(c)) draft.addName(c, "alias", CLAIM.matched);
  }
  if (how === "snapshot") draft.addName(via, "snapshot", CLAIM.stated);
  const display = cleanDisplayName(asString(offer.data.name));
  // A generic word ("Auto", "free") is a router's label, not a name users mean one model by.
  if (display && !GENERIC_WORDS.has(display.toLowerCase())) {
    draft.addName(display, "alias", CLAIM.display);
  }
  draft.sources.add((offer.from ?? from).source);
  const list = book.get(draft) ?? [];
  list.push(offer);
  book.set(draft, list);
}

/** Places offers no base_model linked: on a known model if their id resolves, else grouped. */
export function placeOffers(
  offers: ProviderOffer[],
  resolver: Resolver,
  book: OfferBook,
  from: Provenance,
): Map<string, ProviderOffer[]> {
  const groups = new Map<string, ProviderOffer[]>();
  for (const offer of offers) {
    const refined = refinedByName(offer);
    const byName = refined === undefined ? undefined : resolver.find(refined);
    const match =
      (byName && { ...byName, rule: `display name ${refined}: ${byName.rule ?? byName.how}` }) ??
      (refined === undefined ? resolver.find(offer.providerModelId) : undefined) ??
      findGroqDeployment(offer, resolver) ??
      findByStampedName(offer, resolver);
    if (match) {
      attachOffer(match.draft, offer, match.how, match.via, book, from, match.rule ?? match.how);
      continue;
    }
    const key = keyOf(cleanestName(offer));
    const group = groups.get(key) ?? [];
    group.push(offer);
    groups.set(key, group);
  }
  // A short group ("qwen3-coder-480b") whose one mixture-of-experts form also went ungrouped
  // ("qwen3-coder-480b-a35b") is that model; the fuller id names it.
  const longForms = new Map<string, string | null>();
  for (const key of [...groups.keys()].sort(compareStrings)) {
    const short = shortKeyOf(key);
    if (short !== undefined) longForms.set(short, longForms.has(short) ? null : key);
  }
  for (const [short, long] of longForms) {
    const group = groups.get(short);
    if (!group || !long) continue;
    groups.get(long)?.push(...group);
    groups.delete(short);
  }
  // A group that only adds a first-version tag is the group without it: OpenRouter's
  // "amazon/nova-lite-v1" is Bedrock's "amazon.nova-lite-v1:0", read as "nova-lite".
  joinGroups(groups, (key) => {
    const plain = /^(.+)-v-1(?:-0)?$/.exec(key)?.[1];
    return plain === undefined ? [] : [plain];
  });
  joinDisplayTwins(groups);
  // A Groq deployment ("llama-3.3-70b-versatile") whose model also went ungrouped is that model.
  joinGroups(groups, (key) => {
    const plain = GROQ_DEPLOYMENT.exec(key)?.[1];
    return plain === undefined ? [] : [plain, `${plain}-instruct`];
  });
  // A mixture-of-experts id without "-instruct" ("qwen3-coder-480b-a35b") whose instruct model
  // went ungrouped too is that model: hosts serve the instruct tune under the bare name. (Dense
  // ids such as "llama-3.1-8b" may name a base model and stay apart.)
  joinGroups(groups, (key) => (/-a-\d+-b$/.test(key) ? [`${key}-instruct`] : []));
  // A dated group whose undated model also went ungrouped is that model's snapshot.
  joinGroups(groups, (key) => {
    const dated = splitDate(key);
    const stable = /^(gemini-.+)-00\d$/.exec(key)?.[1];
    return dated ? [dated.baseKey] : stable ? [stable] : [];
  });
  return groups;
}

/** Moves each group into the first existing group `targets` names for its key. */
function joinGroups(
  groups: Map<string, ProviderOffer[]>,
  targets: (key: string) => string[],
): void {
  for (const key of [...groups.keys()].sort(compareStrings)) {
    const target = targets(key)
      .map((t) => groups.get(t))
      .find((g) => g !== undefined);
    if (!target) continue;
    target.push(...(groups.get(key) ?? []));
    groups.delete(key);
  }
}

/**
 * A short group whose offers providers name exactly as a longer group's ("meta/llama-3.1-70b" is
 * "Llama 3.1 70B Instruct" at Vercel, like "llama-3.1-70b-instruct" elsewhere) is that model: its
 * key must begin the other's, and every one of its offers must carry one of the other's names.
 * The two join under the group more listings use (the shorter on a tie), so the id stays the one
 * most providers agree on.
 */
function joinDisplayTwins(groups: Map<string, ProviderOffer[]>): void {
  const nameOf = (o: ProviderOffer) => cleanDisplayName(asString(o.data.name))?.toLowerCase();
  const keysByName = new Map<string, Set<string>>();
  for (const [key, offers] of groups) {
    for (const o of offers) {
      const name = nameOf(o);
      if (name === undefined) continue;
      keysByName.set(name, (keysByName.get(name) ?? new Set<string>()).add(key));
    }
  }
  for (const key of [...groups.keys()].sort(compareStrings)) {
    let common: string[] | undefined;
    for (const o of groups.get(key) ?? []) {
      const name = nameOf(o);
      const longer = [...(name === undefined ? [] : (keysByName.get(name) ?? []))].filter((k) =>
        k.startsWith(`${key}-`),
      );
      common = common === undefined ? longer : common.filter((k) => longer.includes(k));
    }
    const found = common?.length === 1 ? common[0] : undefined;
    // A dated twin is a snapshot, which the pass after this one files as such.
    const twin = found !== undefined && splitDate(found)?.baseKey === key ? undefined : found;
    const short = groups.get(key);
    const long = twin === undefined ? undefined : groups.get(twin);
    if (!short || !long || twin === undefined) continue;
    if (long.length > short.length) {
      long.push(...short);
      groups.delete(key);
    } else {
      short.push(...long);
      groups.delete(twin);
    }
  }
}

/** A reseller's "mistral-medium-3", named "Mistral Medium 3", is the maker's "mistral-medium-2505". */
function findByStampedName(offer: ProviderOffer, resolver: Resolver): Match | undefined {
  const name = cleanDisplayName(asString(offer.data.name));
  const draft = resolver.findStampedName(name, offer.providerModelId);
  return draft
    ? { draft, how: "matched", via: cleanestName(offer), rule: `maker's display name ${name}` }
    : undefined;
}

/** Groq's deployment suffixes; both the id and the group key end the same way. */
const GROQ_DEPLOYMENT = /^(.+)-(?:versatile|specdec|instant)$/;

/** Groq's names for its deployments ("llama-3.3-70b-versatile", "-specdec") are the model. */
function findGroqDeployment(offer: ProviderOffer, resolver: Resolver): Match | undefined {
  const plain = GROQ_DEPLOYMENT.exec(cleanestName(offer))?.[1];
  if (plain === undefined) return undefined;
  const match = resolver.find(plain) ?? resolver.find(`${plain}-instruct`);
  return match && { ...match, rule: `Groq deployment of ${plain}` };
}

/** The id most of a group's listings agree on: most frequent, then shortest, then first by order. */
export function chooseId(offers: ProviderOffer[], groupKey: string): string {
  const counts = new Map<string, number>();
  for (const o of offers) {
    const name = toModelId(cleanestName(o));
    // Dated members of a group name the snapshot, not the model.
    if (keyOf(name) !== groupKey) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const ranked = [...counts].sort(
    ([a, na], [b, nb]) => nb - na || a.length - b.length || compareStrings(a, b),
  );
  return ranked[0]?.[0] ?? toModelId(groupKey);
}

/** The most common display name of a group's offers, or the id. */
export function chooseName(offers: ProviderOffer[], id: string): string {
  const counts = new Map<string, number>();
  for (const o of offers) {
    const name = cleanDisplayName(asString(o.data.name));
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const ranked = [...counts].sort(([a, na], [b, nb]) => nb - na || compareStrings(a, b));
  return ranked[0]?.[0] ?? id;
}

/** Org votes from a model's offers: base_model labs, then id paths, then the name's family. */
export function voteOrg(votes: OrgVotes, offers: ProviderOffer[]): void {
  for (const o of offers) {
    votes.add(o.baseModel?.split("/")[0]?.toLowerCase(), 5, "models.dev");
    votes.add(orgFromPath(o.providerModelId), 3, "models.dev");
    votes.add(orgFromName(cleanestName(o)), 2);
  }
}

/** Providers that are a maker's own API, by the org they belong to. */
const MAKER_APIS: Record<string, string> = {
  "alibaba-cn": "alibaba",
  llama: "meta",
  "minimax-cn": "minimax",
  "moonshotai-cn": "moonshotai",
  zhipuai: "zai",
};
const CLOUDS = new Set([
  "amazon-bedrock",
  "google-vertex",
  "google-vertex-anthropic",
  "azure",
  "azure-cognitive-services",
]);

/** How far a listing's word counts for a model's facts: maker's API, first-party cloud, reseller. */
export function listingRank(provider: string, org: string | undefined): number {
  if (org !== undefined && (provider === org || MAKER_APIS[provider] === org)) return RANK.makerApi;
  return CLOUDS.has(provider) ? RANK.cloud : RANK.providers;
}

/**
 * Facts of a model only providers list, settled by trust: the maker's own API listing, then
 * first-party clouds, then resellers. Within a level the value most listings give wins; a tie
 * goes to the value more listings of any level give, then to a fixed order of the values (never to a
 * provider's name). A reseller's release date is when it listed the model, not when the model
 * came out, so it is left out. Each provider's own numbers stay in its listing.
 */
export function addListingFacts(
  draft: Draft,
  offers: ProviderOffer[],
  from: Provenance,
  org?: string,
): void {
  type Tally = Map<string, { value: FactValue; n: number }>;
  const levels = new Map<FactKey, Map<number, Tally>>();
  const overall = new Map<FactKey, Map<string, number>>();
  for (const offer of offers) {
    const rank = listingRank(offer.provider, org);
    for (const [key, value] of Object.entries(factsFromToml(offer.data)) as [
      FactKey,
      FactValue,
    ][]) {
      if (key === "release_date" && rank === RANK.providers) continue;
      const sig = JSON.stringify(value);
      const byLevel = levels.get(key) ?? new Map<number, Tally>();
      const tally = byLevel.get(rank) ?? new Map();
      const entry = tally.get(sig) ?? { value, n: 0 };
      entry.n++;
      tally.set(sig, entry);
      byLevel.set(rank, tally);
      levels.set(key, byLevel);
      const all = overall.get(key) ?? new Map<string, number>();
      all.set(sig, (all.get(sig) ?? 0) + 1);
      overall.set(key, all);
    }
  }
  for (const [key, byLevel] of levels) {
    const all = overall.get(key) ?? new Map<string, number>();
    for (const [rank, tally] of [...byLevel].sort(([a], [b]) => a - b)) {
      const best = [...tally].sort(
        ([sa, a], [sb, b]) =>
          b.n - a.n || (all.get(sb) ?? 0) - (all.get(sa) ?? 0) || compareStrings(sa, sb),
      )[0];
      if (best) draft.addFact(key, best[1].value, rank, from);
    }
  }
}
