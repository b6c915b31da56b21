import { capitalize } from "../answer/format.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type { Provenance } from "../schema/fact.ts";
import type { ModelRecord, TransparencyAssessment, TransparencyProfile } from "../schema/record.ts";
import { CATEGORY_LABELS, levelOf, TRANSPARENCY_CATEGORIES } from "./categories.ts";
import type { FmtiEvidence } from "./fmti-evidence.ts";
import { OpennessEvidence } from "./openness-evidence.ts";
import type { OpennessMatch } from "./openness-match.ts";
import { RecordEvidence } from "./record-evidence.ts";
import { CATEGORY_RULES } from "./rules.ts";
import type { Signal } from "./signals.ts";
import { MODEL_BOT_SOURCE } from "./source.ts";

/** A computed profile and the provenance of every fact and score it rests on, for citations. */
export interface ComputedProfile {
  profile: TransparencyProfile;
  evidence: Provenance[];
}

/**
 * With no evidence a category sits at PRIOR (out of 1): little is known, and most makers disclose
 * little. PRIOR_WEIGHT is how much evidence it takes to move a score halfway from there, so one
 * weak signal cannot carry a category to 10 on its own.
 */
const PRIOR = 0.15;
const PRIOR_WEIGHT = 1;

/** Evidence weight (after scope) at which a category's confidence is medium, and high. */
const CONFIDENCE = { medium: 2, high: 4.5 } as const;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A category's score from its signals: their weighted mean, drawn toward PRIOR by PRIOR_WEIGHT. */
export function scoreSignals(signals: readonly Signal[]): { score: number; weight: number } {
  let weight = 0;
  let sum = 0;
  for (const s of signals) {
    weight += s.weight;
    sum += s.weight * s.value;
  }
  return { score: round1((10 * (sum + PRIOR * PRIOR_WEIGHT)) / (weight + PRIOR_WEIGHT)), weight };
}

function confidenceOf(weight: number): "low" | "medium" | "high" {
  return weight >= CONFIDENCE.high ? "high" : weight >= CONFIDENCE.medium ? "medium" : "low";
}

/**
 * Scores a record on the ten categories from what its maker disclosed: released artefacts rated
 * by the openness sources (the model's own entry, else its family's or maker's, weighted less),
 * the catalog's facts, and the developer's FMTI indicators. Evidence that is missing lowers a
 * category's confidence, not its score. Pure: the same inputs always give the same profile.
 */
export function computeProfile(
  catalog: Catalog,
  record: ModelRecord,
  fmti: FmtiEvidence | undefined,
  matches: readonly OpennessMatch[] = [],
): ComputedProfile {
  const ev = {
    record: new RecordEvidence(catalog, record),
    openness: new OpennessEvidence(matches),
    fmti,
  };
  const categories = TRANSPARENCY_CATEGORIES.map((category): TransparencyAssessment => {
    const signals = CATEGORY_RULES[category](ev).filter(
      (s): s is Signal => s !== undefined && s.weight > 0,
    );
    const { score, weight } = scoreSignals(signals);
    const confidence = confidenceOf(weight);
    const notes =
      signals.length > 0 ? signals.map((s) => s.note) : ["no evidence found either way"];
    const reason = `${capitalize(notes.join("; "))}; confidence ${confidence}.`;
    return { category, level: levelOf(score), score, confidence, reason: reason.slice(0, 2000) };
  });
  const total = Math.round(categories.reduce((sum, c) => sum + (c.score ?? 0), 0));
  const used = [...ev.record.used, ...ev.openness.provenance(), ...(fmti ? [fmti.provenance] : [])];
  const profile: TransparencyProfile = {
    source: MODEL_BOT_SOURCE.id,
    asOf: used.map((p) => p.asOf).reduce((a, b) => (b > a ? b : a), "2000"),
    basis: "computed",
    total,
    summary: summarize(record, total, categories, fmti, ev.openness),
    categories,
  };
  return { profile, evidence: newestPerSource(used) };
}

function summarize(
  record: ModelRecord,
  total: number,
  categories: TransparencyAssessment[],
  fmti: FmtiEvidence | undefined,
  openness: OpennessEvidence,
): string {
  const sorted = [...categories].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const label = (c: TransparencyAssessment | undefined) => (c ? CATEGORY_LABELS[c.category] : "");
  const inputs = ["its catalog facts"];
  const scopes = new Set(openness.matches.map((m) => m.scope));
  if (scopes.has("model")) inputs.push("openness ratings of this release");
  else if (scopes.has("family")) inputs.push("openness ratings of its family");
  else if (scopes.has("developer")) inputs.push("openness ratings of its maker's other releases");
  inputs.push(fmti ? `${fmti.developer}'s FMTI scores` : "no FMTI scores (developer not scored)");
  const basis = `${inputs.slice(0, -1).join(", ")} and ${inputs[inputs.length - 1]}`;
  return `${record.name} reaches ${total}/100 (${levelOf(total / 10)}) on model-bot's computed scale, from ${basis}. Clearest on ${label(sorted[0])}, murkiest on ${label(sorted[sorted.length - 1])}.`;
}

/** One provenance per source, the newest, in first-seen order: all a citation list needs. */
function newestPerSource(used: readonly Provenance[]): Provenance[] {
  const newest = new Map<string, Provenance>();
  for (const e of used) {
    const seen = newest.get(e.source);
    if (!seen || e.asOf > seen.asOf) newest.set(e.source, e);
  }
  return [...newest.values()];
}
