import { capitalize, formatDate } from "../answer/format.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type { Provenance } from "../schema/fact.ts";
import type { ModelRecord, TransparencyAssessment, TransparencyProfile } from "../schema/record.ts";
import { CATEGORY_LABELS, levelOf, TRANSPARENCY_CATEGORIES } from "./categories.ts";
import type { FmtiEvidence } from "./fmti-evidence.ts";
import { RecordEvidence } from "./record-evidence.ts";
import { RECORD_RULES } from "./record-rules.ts";
import { MODEL_BOT_SOURCE } from "./source.ts";

/** A computed profile and the provenance of every fact and score it rests on, for citations. */
export interface ComputedProfile {
  profile: TransparencyProfile;
  evidence: Provenance[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Scores a record on the ten categories: up to `max` points per category from the record's own
 * facts, the rest of 10 from the share of related FMTI indicators its developer was credited
 * with. Pure: the same record, catalog and FMTI data always give the same profile.
 */
export function computeProfile(
  catalog: Catalog,
  record: ModelRecord,
  fmti: FmtiEvidence | undefined,
): ComputedProfile {
  const ev = new RecordEvidence(catalog, record);
  const categories = TRANSPARENCY_CATEGORIES.map((category): TransparencyAssessment => {
    const rule = RECORD_RULES[category];
    const own = rule.score(ev);
    const share = fmti?.byCategory[category];
    const fmtiMax = 10 - rule.max;
    const fmtiPoints = share && share.of > 0 ? (fmtiMax * share.credited) / share.of : 0;
    const score = round1(Math.min(rule.max, own.points) + fmtiPoints);
    const fmtiNote = share
      ? `FMTI ${formatDate(fmti.release.asOf)} credits ${fmti.developer} with ${share.credited} of ${share.of} related indicators`
      : "developer not scored by FMTI";
    const reason = `${capitalize([...own.notes, fmtiNote].join("; "))}.`;
    return { category, level: levelOf(score), score, reason };
  });
  const total = Math.round(categories.reduce((sum, c) => sum + (c.score ?? 0), 0));
  const dates = [...ev.used.map((p) => p.asOf), ...(fmti ? [fmti.release.asOf] : [])];
  const profile: TransparencyProfile = {
    source: MODEL_BOT_SOURCE.id,
    asOf: dates.reduce((a, b) => (b > a ? b : a), "2000"),
    basis: "computed",
    total,
    summary: summarize(record, total, categories, fmti),
    categories,
  };
  return { profile, evidence: newestPerSource(fmti ? [...ev.used, fmti.provenance] : ev.used) };
}

function summarize(
  record: ModelRecord,
  total: number,
  categories: TransparencyAssessment[],
  fmti: FmtiEvidence | undefined,
): string {
  const sorted = [...categories].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const best = sorted[0];
  const worst = sorted[sorted.length - 1];
  const label = (c: TransparencyAssessment | undefined) => (c ? CATEGORY_LABELS[c.category] : "");
  const basis = fmti
    ? `its published facts and ${fmti.developer}'s FMTI ${formatDate(fmti.release.asOf)} scores`
    : "its published facts alone (FMTI has not scored its developer)";
  return `${record.name} reaches ${total}/100 (${levelOf(total / 10)}) on model-bot's computed scale, from ${basis}. Clearest on ${label(best)}, murkiest on ${label(worst)}.`;
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
