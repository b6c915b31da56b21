import type { SourceInfo } from "../core/schema/registry.ts";
import { addDraft, type Build, votesOf } from "./build.ts";
import { CLAIM, type Draft } from "./draft.ts";
import { toModelId } from "./ids.ts";
import type { LiveBenchRelease } from "./livebench.ts";
import { orgFromName } from "./orgs.ts";
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

/** The row's name, then ever barer forms of it, most specific first. */
export function rowCandidates(name: string): string[] {
  const out = [name.toLowerCase()];
  let renamed = out[0] as string;
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
  releases: LiveBenchRelease[],
  source: SourceInfo,
): LiveBenchCoverage {
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
      const draft = resolveRow(build, row.name, coverage, release === latest);
      draft.sources.add(source.id);
      for (const [benchmark, score] of [...row.scores].sort(([a], [b]) => (a < b ? -1 : 1))) {
        draft.benchmarks.push({
          benchmark,
          score: Number(score.toFixed(2)),
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

function resolveRow(
  build: Build,
  name: string,
  coverage: LiveBenchCoverage,
  latest: boolean,
): Draft {
  const candidates = rowCandidates(name);
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
    return remember(build, fallback[0], fallback[1]);
  }
  const bare = candidates[candidates.length - 1] as string;
  const draft = addDraft(build, toModelId(bare), bare, "other");
  votesOf(build, draft).add(orgFromName(bare), 1);
  // Counted in every release: an older row can name a model no other source has.
  coverage.created++;
  return draft;
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
