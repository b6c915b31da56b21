import type { Provenance } from "../core/schema/fact.ts";
import type { SourceInfo } from "../core/schema/registry.ts";
import { addDraft, type Build, votesOf } from "./build.ts";
import { CLAIM, type Draft, RANK } from "./draft.ts";
import { toModelId } from "./ids.ts";
import type { LiveBench } from "./livebench.ts";
import { type LiveBenchModelInfo, labelsEffort } from "./livebench-metadata.ts";
import { orgFromName, toOrgId } from "./orgs.ts";
import type { Match } from "./resolver.ts";

export interface LiveBenchCoverage {
  latestRelease: string;
  latestRows: number;
  /** Rows of the latest release that resolved to a record another source had made. */
  mapped: number;
  /** Models only LiveBench names (records made for them, across all releases). */
  created: number;
}

/** LiveBench writes some names its own way ("grok-4.20-beta-0309" for the maker's "grok-4.20-0309"). */
const RENAMES: [RegExp, string][] = [[/-beta-(\d{4})/, "-$1"]];

/** Run settings LiveBench appends to a model's name (effort, thinking budget, mode). */
const VARIANT_SUFFIXES: RegExp[] = [
  /-(thinking-auto-)?(xhigh|high|medium|low|minimal)(-effort)?$/,
  /-max-effort$/,
  /-thinking-\d+k$/,
  /-(highthinking|nothinking|thinking|non-reasoning|reasoning|base)$/,
];

/**
 * The row's name, then ever barer forms of it, most specific first. A bare "-max" is stripped only
 * where the site's label says it is the effort ("GPT-5.6 Sol Max Effort"): "qwen3.8-max" is a model.
 */
export function rowCandidates(name: string, label?: string): string[] {
  const out = [name.toLowerCase()];
  let renamed = out[0] as string;
  if (labelsEffort(label, "max")) renamed = renamed.replace(/-max$/, "");
  for (const [from, to] of RENAMES) renamed = renamed.replace(from, to);
  if (renamed !== out[0]) out.push(renamed);
  let bare = renamed;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of VARIANT_SUFFIXES) {
      const next = bare.replace(suffix, "");
      if (next !== bare && next.length > 0) {
        bare = next;
        out.push(bare);
        changed = true;
      }
    }
  }
  return out;
}

/**
 * Adds every release's results: per row, the seven category scores and the global score, each
 * with the release date and the row's own name as variant. Rows resolve to a record by their
 * name or a barer form of it; a row naming a model no other source has gets a record of its own.
 * The latest release goes first so new records take their names from the current table.
 */
export function addLiveBench(
  build: Build,
  { releases, metadata }: LiveBench,
  source: SourceInfo,
): LiveBenchCoverage {
  const from: Provenance = { source: source.id, asOf: source.asOf };
  const ordered = [...releases].reverse();
  const latest = ordered[0];
  const coverage: LiveBenchCoverage = {
    latestRelease: latest?.date ?? "",
    latestRows: latest?.rows.length ?? 0,
    mapped: 0,
    created: 0,
  };
  for (const release of ordered) {
    for (const row of release.rows) {
      const info = metadata.get(row.name.toLowerCase());
      const draft = resolveRow(build, row.name, info, coverage, release === latest);
      draft.sources.add(source.id);
      if (info) addSiteFacts(draft, info, from);
      // Full precision: the answer formats the score, so a rank never rests on a rounded value.
      for (const [benchmark, score] of [...row.scores].sort(([a], [b]) => (a < b ? -1 : 1))) {
        draft.benchmarks.push({
          benchmark,
          score,
          release: release.date,
          variant: row.name,
          source: source.id,
          asOf: release.date,
        });
      }
    }
  }
  return coverage;
}

/**
 * The site's facts of a row's model, below the makers' and providers' word: release date, open
 * weights, weights link, and reasoning where the row reasons (a row run without thinking says
 * nothing of the model).
 */
function addSiteFacts(draft: Draft, info: LiveBenchModelInfo, from: Provenance): void {
  draft.addFact("release_date", info.releaseDate, RANK.llmStats, from);
  draft.addFact("open_weights", info.openWeights, RANK.llmStats, from);
  draft.addFact("weights_url", info.huggingface, RANK.llmStats, from);
  if (info.reasoner === true) draft.addFact("reasoning", true, RANK.llmStats, from);
}

/** The site's label without its run settings ("Claude Fable 5 Max Effort" → "Claude Fable 5"). */
function modelLabel(label: string | undefined): string | undefined {
  const bare = label
    ?.replace(/\s+(x?high|medium|low|max|minimal)\s+effort\b.*$/i, "")
    .replace(/\s+(thinking|high|low)$/i, "")
    .trim();
  return bare && bare.length > 0 ? bare : undefined;
}

function resolveRow(
  build: Build,
  name: string,
  info: LiveBenchModelInfo | undefined,
  coverage: LiveBenchCoverage,
  latest: boolean,
): Draft {
  const candidates = rowCandidates(name, info?.displayName);
  // A maker's record beats a reseller's record of one effort setting ("gpt-5.3-codex-xhigh").
  let fallback: [Match, string] | undefined;
  for (const c of candidates) {
    const match = build.resolver.find(c);
    if (!match) continue;
    if (match.draft.canonical || build.twins.has(match.draft)) {
      fallback = [match, c];
      break;
    }
    fallback ??= [match, c];
  }
  if (fallback) {
    if (latest) coverage.mapped++;
    const [match, via] = fallback;
    const draft = remember(build, match, via);
    trail(
      draft,
      name,
      `${via === name.toLowerCase() ? "" : `run settings set aside (${via}); `}${match.rule ?? match.how}`,
    );
    return draft;
  }
  const bare = candidates[candidates.length - 1] as string;
  const draft = addDraft(build, toModelId(bare), modelLabel(info?.displayName) ?? bare, "other");
  votesOf(build, draft).add(orgFromName(bare), 1);
  // The site names the maker outright: that outweighs a guess from the name.
  const org = info?.organization ? toOrgId(info.organization.replace(/[\s.]+/g, "-")) : undefined;
  votesOf(build, draft).add(org, 2, "livebench");
  if (info?.organization && org) build.orgNames.addStats(org, info.organization);
  build.resolver.register(draft, bare);
  // Counted in every release: an older row can name a model no other source has.
  coverage.created++;
  trail(draft, name, "no other source names it: a record of its own");
  return draft;
}

/** Notes where a row went, once per row name. */
function trail(draft: Draft, name: string, rule: string): void {
  if (!draft.trail.some((t) => t.source === "livebench" && t.id === name)) {
    draft.trail.push({ source: "livebench", id: name, rule });
  }
}

/** The row's base name becomes a name of the model (a dated one a snapshot), so later rows find it. */
function remember(build: Build, match: Match, base: string): Draft {
  const draft = build.twins.get(match.draft) ?? match.draft;
  if (draft === match.draft && base !== draft.id) {
    if (match.how === "snapshot") draft.addName(match.via, "snapshot", CLAIM.stated);
    else draft.addName(base, "alias", CLAIM.matched);
    build.resolver.register(draft, base);
  }
  return draft;
}
