import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Provenance } from "../core/schema/fact.ts";
import { MODEL_KINDS, type ModelRecord } from "../core/schema/record.ts";
import type { BenchmarkInfo, SourceInfo } from "../core/schema/registry.ts";
import { MODEL_BOT_SOURCE } from "../core/transparency/source.ts";
import { BenchmarkRegistry } from "./benchmark-registry.ts";
import { addBoards } from "./boards.ts";
import { addCard, readCard } from "./card.ts";
import { CLAIM, compareStrings, Draft, RANK, type TrailEntry } from "./draft.ts";
import { asString } from "./files.ts";
import { cleanCandidates, keyOf, lastSegment, linkAgrees, splitDate } from "./ids.ts";
import { classifyKind } from "./kinds.ts";
import { readLiveBenchAll } from "./livebench.ts";
import { addLiveBench, type LiveBenchCoverage } from "./livebench-merge.ts";
import { readLlmStats } from "./llm-stats.ts";
import { addLlmStats } from "./llm-stats-merge.ts";
import { readMaxText } from "./maxtext.ts";
import { addMaxText } from "./maxtext-merge.ts";
import { type ModelsDev, type ProviderOffer, readModelsDev } from "./models-dev.ts";
import { addAddendumOrganizations, readAddendumSource } from "./models-dev-addendum.ts";
import { addModelsDevBenchmarks } from "./models-dev-benchmarks.ts";
import { settleNames } from "./names.ts";
import {
  addListingFacts,
  attachOffer,
  chooseId,
  chooseName,
  cleanestName,
  type OfferBook,
  placeOffers,
  voteOrg,
} from "./offers.ts";
import { OrgNames } from "./org-names.ts";
import { OrgVotes, orgMerger } from "./orgs.ts";
import { displayNameAgrees } from "./resolve/compare.ts";
import { Resolver } from "./resolver.ts";
import { CARD_SOURCE, readCommit, readSource } from "./sources.ts";
import { cleanDisplayName, factsFromToml } from "./toml-facts.ts";
import { findLatestTwins, findTwins } from "./twins.ts";
import { addWeightsLinkEvidence } from "./weights-link.ts";

export interface ImportOptions {
  /** The folder holding models.dev/, livebench/, llm-stats/ (and fmti/). */
  datasetsDir: string;
  /** The folder holding hand-written reference records (<id>.json); absent is fine. */
  referenceDir: string;
}

export interface CoverageReport {
  models: number;
  canonical: number;
  listings: number;
  results: number;
  providerOnly: number;
  /** Records no models.dev file names, made for a model only llm-stats knows. */
  statsOnly: number;
  /** Distinct provider model ids (last path segment, any case), and distinct once normalized. */
  providerIds: { distinct: number; normalized: number };
  /** Provider files whose base_model link contradicts their own id (not followed). */
  linksRefused: number;
  livebench: LiveBenchCoverage;
  conflictsKept: number;
  namesDropped: number;
  namesLost: { name: string; from: string; to: string }[];
  /** Records per kind ("llm", "embedding", ...), in a fixed order. */
  kinds: [string, number][];
  /** One line per newer source (MaxText, LiteLLM, boards): what mapped and what did not. */
  sourceLines: string[];
}

export interface ImportOutput {
  records: ModelRecord[];
  /** Every source id, the record it was placed on and the rule (sorted; data/resolution.jsonl). */
  trail: (TrailEntry & { record: string })[];
  benchmarks: BenchmarkInfo[];
  sources: SourceInfo[];
  report: CoverageReport;
}

/** The shared state of one import run. */
export interface Build {
  drafts: Map<string, Draft>;
  resolver: Resolver;
  registry: BenchmarkRegistry;
  orgNames: OrgNames;
  /**
   * Dated canonical records → the undated canonical record that is the same model. Twins are
   * merged into one record as models.dev is read, so this stays empty; kept for later sources.
   */
  twins: Map<Draft, Draft>;
  /** Ids of records merged into another (a dated twin's id) → the record that holds them. */
  mergedIds: Map<string, Draft>;
  /** Org votes of records that are not canonical (canonical records keep their lab). */
  votes: Map<Draft, OrgVotes>;
  /** Report lines of the newer sources, in the order they were read. */
  sourceLines: string[];
}

export function votesOf(build: Build, draft: Draft): OrgVotes {
  let v = build.votes.get(draft);
  if (!v) {
    v = new OrgVotes();
    build.votes.set(draft, v);
  }
  return v;
}

/** Adds a record that no earlier source had, under an id no other record uses. */
export function addDraft(build: Build, id: string, name: string, org: string): Draft {
  let unique = id;
  for (let n = 2; build.drafts.has(unique) || build.resolver.find(unique)?.how === "exact"; n++) {
    unique = `${id}-${n}`;
  }
  const draft = new Draft(unique, name, org, false);
  build.drafts.set(unique, draft);
  build.resolver.register(draft, unique);
  return draft;
}

/** Reads every dataset present and merges them into one record per model. */
export function buildCatalog(options: ImportOptions): ImportOutput {
  const { datasetsDir } = options;
  const sources: SourceInfo[] = [];
  const build: Build = {
    drafts: new Map(),
    resolver: new Resolver(),
    registry: new BenchmarkRegistry(),
    orgNames: new OrgNames(),
    twins: new Map(),
    mergedIds: new Map(),
    votes: new Map(),
    sourceLines: [],
  };
  const modelsDevSource = readSource(datasetsDir, "models.dev");
  let offers: OfferCounts = {
    providerOnly: 0,
    linksRefused: 0,
    providerIds: { distinct: 0, normalized: 0 },
  };
  if (modelsDevSource) {
    sources.push(modelsDevSource);
    const md = readModelsDev(join(datasetsDir, "models.dev"));
    const addendum = readAddendumSource(datasetsDir, md);
    if (addendum) sources.push(addendum.source);
    offers = addModelsDev(build, md, modelsDevSource);
    if (addendum) addAddendumOrganizations(build, addendum.addendum);
  }
  const statsSource = readSource(datasetsDir, "llm-stats");
  if (statsSource) {
    sources.push(statsSource);
    addLlmStats(build, readLlmStats(join(datasetsDir, "llm-stats")), statsSource);
  }
  const liveSource = readSource(datasetsDir, "livebench");
  let livebench: LiveBenchCoverage = { latestRelease: "", latestRows: 0, mapped: 0, created: 0 };
  if (liveSource) {
    sources.push(liveSource);
    livebench = addLiveBench(build, readLiveBenchAll(join(datasetsDir, "livebench")), liveSource);
  }
  const maxtextSource = readSource(datasetsDir, "maxtext-architectures");
  if (maxtextSource) {
    sources.push(maxtextSource);
    const root = join(datasetsDir, "maxtext-architectures");
    const commit = readCommit(datasetsDir, "maxtext-architectures");
    const mx = addMaxText(build, readMaxText(root), maxtextSource, commit);
    build.sourceLines.push(
      `maxtext           ${mx.configs} configs of released models, ${mx.mapped} placed on ${mx.records} records; no record for ${mx.noRecord.length} (${mx.noRecord.join(", ")}), no name table entry for ${mx.unplaced.length}${mx.unplaced.length ? ` (${mx.unplaced.join(", ")})` : ""}`,
    );
  }
  addBoards(build, datasetsDir, sources);
  const fmtiSource = readSource(datasetsDir, "fmti");
  if (fmtiSource) sources.push(fmtiSource);
  for (const card of readCard(options.referenceDir)) {
    addCard(build, card);
    if (!sources.some((s) => s.id === CARD_SOURCE.id)) sources.push(CARD_SOURCE);
  }
  return finish(build, sources, offers, livebench);
}

interface OfferCounts {
  providerOnly: number;
  linksRefused: number;
  providerIds: CoverageReport["providerIds"];
}

/** How many distinct ids providers use, as written and once normalized (for the report). */
function countProviderIds(md: ModelsDev): CoverageReport["providerIds"] {
  const written = new Set<string>();
  const normalized = new Set<string>();
  for (const o of md.offers) {
    const segment = lastSegment(o.providerModelId).toLowerCase();
    written.add(segment);
    const clean = cleanCandidates(segment);
    normalized.add(keyOf(clean[clean.length - 1] ?? segment));
  }
  return { distinct: written.size, normalized: normalized.size };
}

function addModelsDev(build: Build, md: ModelsDev, source: SourceInfo): OfferCounts {
  const from: Provenance = { source: source.id, asOf: source.asOf };
  for (const o of md.offers) build.orgNames.addProvider(o.provider, o.providerName);
  const byPath = new Map<string, Draft>();
  for (const c of md.canonical) {
    const id = c.fileId.toLowerCase();
    if (build.drafts.has(id)) continue;
    const name = asString(c.data.name) ?? c.fileId;
    const draft = new Draft(id, name, c.lab.toLowerCase(), true);
    draft.addName(c.fileId, "alias", CLAIM.stated);
    draft.addName(name, "alias", CLAIM.display);
    const facts = factsFromToml(c.data);
    const own = c.from ?? from;
    for (const [key, value] of Object.entries(facts)) {
      draft.addFact(key as keyof typeof facts, value, RANK.maker, own);
    }
    if (facts.reasoning === true) build.resolver.registerReasoner(draft);
    addModelsDevBenchmarks(build.registry, draft, c.data, own);
    draft.sources.add(own.source);
    build.drafts.set(id, draft);
    byPath.set(`${c.lab}/${c.fileId}`.toLowerCase(), draft);
  }
  // A maker's dated record that its undated record always means ("claude-sonnet-4-5-20250929"
  // and "claude-sonnet-4-5") is one model: one record, under the undated id users ask by.
  for (const [dated, undated] of findTwins([...build.drafts.values()])) {
    mergeTwin(build, byPath, dated, undated, "snapshot");
  }
  for (const [latest, model] of findLatestTwins([...build.drafts.values()])) {
    mergeTwin(build, byPath, latest, model, "alias");
  }
  for (const draft of build.drafts.values()) build.resolver.register(draft, draft.id);
  for (const [id, draft] of build.mergedIds) build.resolver.register(draft, id);
  for (const draft of build.drafts.values()) {
    build.resolver.registerExact(draft, draft.name);
    build.resolver.registerStampedName(draft);
  }
  for (const draft of build.drafts.values()) {
    build.resolver.registerUndated(draft);
    build.resolver.registerShortened(draft);
  }
  const book: OfferBook = new Map();
  const unlinked = [];
  let linksRefused = 0;
  const byNameOnly = new Set<ProviderOffer>();
  for (const offer of md.offers) {
    const linked = offer.baseModel ? byPath.get(offer.baseModel.toLowerCase()) : undefined;
    // The id must not contradict the link, unless the provider's display name agrees with it
    // ("databricks-claude-sonnet-4" named "Claude Sonnet 4.5", linked to Claude Sonnet 4.5).
    const name = cleanDisplayName(asString(offer.data.name));
    const agrees =
      linked !== undefined && linkAgrees(lastSegment(offer.providerModelId), linked.id);
    const base =
      linked && (agrees || (name !== undefined && displayNameAgrees(name, linked.name, linked.id)))
        ? linked
        : undefined;
    if (linked && !base) linksRefused++;
    if (base) {
      if (!agrees) byNameOnly.add(offer);
      const rule = agrees ? "base_model link" : "base_model link; the display name agrees";
      attachOffer(base, offer, "base", offer.providerModelId, book, from, rule);
    } else unlinked.push(offer);
  }
  // Ids providers use for linked offers find the same model when another provider omits the link.
  // An id the link holds only by its display name ("claude-sonnet-4" named "Claude Sonnet 4.5")
  // says another model to everyone else: it is not registered.
  for (const [draft, offers] of book) {
    for (const o of offers)
      if (!byNameOnly.has(o)) build.resolver.register(draft, o.providerModelId);
  }
  const groups = placeOffers(unlinked, build.resolver, book, from);
  for (const [key, offers] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const id = chooseId(offers, key);
    const draft = addDraft(build, id, chooseName(offers, id), "other");
    for (const o of offers) {
      // Dated members of a group are snapshots of the model the group names; other members
      // (a short form, a first-version tag) are names of it.
      const own = keyOf(cleanestName(o));
      const how = own === key ? "exact" : splitDate(own) ? "snapshot" : "matched";
      attachOffer(draft, o, how, cleanestName(o), book, from, groupRule(o, key, how));
      // Later sources (llm-stats, LiveBench) find the model by any of its providers' ids.
      build.resolver.register(draft, o.providerModelId);
    }
  }
  for (const [draft, offers] of book) {
    if (draft.canonical) continue;
    const votes = votesOf(build, draft);
    voteOrg(votes, offers);
    addListingFacts(draft, offers, from, votes.winner());
  }
  return { providerOnly: groups.size, linksRefused, providerIds: countProviderIds(md) };
}

/** Why an offer is in a provider-only group: its key, or the pass that joined it. */
function groupRule(o: ProviderOffer, key: string, how: string): string {
  const own = keyOf(cleanestName(o));
  if (own === key) return `grouped by key ${key}`;
  return `${how === "snapshot" ? "dated snapshot" : "joined"} ${own} → ${key}`;
}

/** Folds a dated canonical twin into its undated record; links to the dated file follow it. */
function mergeTwin(
  build: Build,
  byPath: Map<string, Draft>,
  dated: Draft,
  undated: Draft,
  as: "snapshot" | "alias",
): void {
  undated.absorb(dated, as);
  // "Claude Sonnet 4.5 (latest)" names the alias, not the model.
  if (/\(latest\)\s*$/i.test(undated.name)) undated.name = dated.name;
  build.drafts.delete(dated.id);
  build.mergedIds.set(dated.id, undated);
  for (const [path, d] of byPath) if (d === dated) byPath.set(path, undated);
}

function finish(
  build: Build,
  sources: SourceInfo[],
  offers: OfferCounts,
  livebench: LiveBenchCoverage,
): ImportOutput {
  const drafts = [...build.drafts.values()];
  const canon = orgMerger(orgUses(build, drafts));
  for (const draft of drafts) {
    if (!draft.canonical) {
      const org = build.votes.get(draft)?.winner(canon);
      if (org !== undefined) draft.org = org;
    }
    draft.org = canon(draft.org);
    addWeightsLinkEvidence(draft);
    const sourceOfOrg = draft.canonical
      ? "models.dev"
      : build.votes.get(draft)?.sourceOf(draft.org, canon);
    if (!draft.hasFact("organization") && draft.org !== "other" && sourceOfOrg) {
      const src = sources.find((s) => s.id === sourceOfOrg);
      if (src) {
        draft.addFact("organization", build.orgNames.nameOf(draft.org, canon), RANK.maker, {
          source: src.id,
          asOf: src.asOf,
        });
      }
    }
  }
  const { keep, dropped, losses } = settleNames(drafts);
  const records = drafts
    .map((d) =>
      withKind(
        d.toRecord((claim) => keep(d, claim)),
        d,
      ),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const used = new Set(records.flatMap((r) => r.benchmarks.map((b) => b.benchmark)));
  const benchmarks = build.registry.list(used);
  const conflictsKept = records.reduce(
    (n, r) =>
      n + Object.values(r.facts).filter((f) => f !== undefined && "others" in f && f.others).length,
    0,
  );
  const report: CoverageReport = {
    models: records.length,
    canonical: records.filter((r) => r.canonical).length,
    listings: records.reduce((n, r) => n + r.listings.length, 0),
    results: records.reduce((n, r) => n + r.benchmarks.length, 0),
    providerOnly: offers.providerOnly,
    statsOnly: records.filter(
      (r) => !r.sources.includes("models.dev") && r.sources.includes("llm-stats"),
    ).length,
    providerIds: offers.providerIds,
    linksRefused: offers.linksRefused,
    livebench,
    conflictsKept,
    namesDropped: dropped,
    namesLost: losses,
    sourceLines: build.sourceLines,
    kinds: MODEL_KINDS.map((k) => [k, records.filter((r) => r.kind?.value === k).length]),
  };
  // Computed transparency profiles cite the project itself; the entry lives with the method.
  if (!sources.some((s) => s.id === MODEL_BOT_SOURCE.id)) sources.push(MODEL_BOT_SOURCE);
  const ordered = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const trail = drafts
    .flatMap((d) => d.trail.map((t) => ({ ...t, record: d.id })))
    .sort(
      (a, b) =>
        compareStrings(a.source, b.source) ||
        compareStrings(a.provider ?? "", b.provider ?? "") ||
        compareStrings(a.id, b.id) ||
        compareStrings(a.record, b.record),
    );
  return { records, trail, benchmarks, sources: ordered, report };
}

/** How many records each org id would hold, read before spellings of one maker are merged. */
function orgUses(build: Build, drafts: Draft[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const d of drafts) {
    const org = d.canonical ? d.org : (build.votes.get(d)?.winner() ?? d.org);
    uses.set(org, (uses.get(org) ?? 0) + 1);
    for (const o of build.votes.get(d)?.orgs() ?? []) if (!uses.has(o)) uses.set(o, 0);
  }
  return uses;
}

/** The record with its kind, placed after `canonical` so the files read in a fixed order. */
function withKind(record: ModelRecord, draft: Draft): ModelRecord {
  const { id, name, org, canonical, ...rest } = record;
  return { id, name, org, canonical, kind: classifyKind(record, draft.servedModes), ...rest };
}

export function hasDatasets(dir: string): boolean {
  return existsSync(join(dir, "models.dev")) || existsSync(join(dir, "livebench"));
}
