import { citeSource } from "../answer/cite.ts";
import type { Citation } from "../answer/types.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type {
  ModelRecord,
  TransparencyAssessment,
  TransparencyCategory,
  TransparencyProfile,
} from "../schema/record.ts";
import { CATEGORY_LABELS, CATEGORY_SYNONYMS, levelOf, levelRank } from "./categories.ts";
import { transparencyEvidenceOf, transparencyOf } from "./profile.ts";

/** Where the method is written down; answers point there instead of repeating it. */
export const METHOD_DOC = "docs/transparency.md";

/** Says whose assessment a profile is, so a computed one is never taken for the card's. */
export function basisLabel(p: TransparencyProfile): string {
  return p.basis === "card"
    ? "The reference card's assessment."
    : "Computed by model-bot from released artefacts (MOF, Open Source AI Index), published facts and FMTI developer scores — not the maker's, the card's, MOF's, the Index's or FMTI's own.";
}

/** Short basis tag for tables: "card" or "computed". */
export function basisTag(p: TransparencyProfile): string {
  return p.basis === "card" ? "card" : "computed";
}

/** "41/100 (moderate)". */
export function totalText(p: TransparencyProfile): string {
  return `${p.total}/100 (${levelOf(p.total / 10)})`;
}

/** "6.5/10, high", or just the level where the card gives no per-category score. */
export function assessmentText(a: TransparencyAssessment): string {
  return a.score === undefined ? a.level : `${a.score}/10, ${a.level}`;
}

/** "GPT-5.1 Codex Mini (OpenAI)". */
export function modelName(r: ModelRecord): string {
  const org = r.facts.organization;
  return org && "value" in org ? `${r.name} (${org.value})` : r.name;
}

/** Orders assessments by score, or by level where there is no score (the card's). */
function strength(a: TransparencyAssessment): number {
  return a.score ?? levelRank(a.level) * 2 + 1;
}

/** The highest- and lowest-rated categories, every one tied at the extreme (at most three). */
export function extremes(p: TransparencyProfile): {
  strongest: TransparencyCategory[];
  weakest: TransparencyCategory[];
} {
  const values = p.categories.map(strength);
  const pick = (target: number) =>
    p.categories
      .filter((a) => strength(a) === target)
      .slice(0, 3)
      .map((a) => a.category);
  return { strongest: pick(Math.max(...values)), weakest: pick(Math.min(...values)) };
}

/** "Dataset Composition and Training Compute". */
export function labelList(categories: readonly TransparencyCategory[]): string {
  const labels = categories.map((c) => CATEGORY_LABELS[c]);
  return labels.length <= 1
    ? (labels[0] ?? "")
    : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

/** The phrase a follow-up question uses for a category ("training compute"). */
export function categoryPhrase(c: TransparencyCategory): string {
  return CATEGORY_SYNONYMS[c][1] ?? CATEGORY_LABELS[c].toLowerCase();
}

/** Citations for a profile: its own source first, then each source of the evidence it used. */
export function profileCitations(catalog: Catalog, r: ModelRecord): Citation[] {
  const p = transparencyOf(catalog, r);
  const evidence = transparencyEvidenceOf(catalog, r).filter((e) => e.source !== p.source);
  return [{ source: p.source, asOf: p.asOf }, ...evidence].map((e) => citeSource(catalog, e));
}
