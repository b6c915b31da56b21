import type { Answer, FactRow } from "../answer/types.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type { ModelRecord, TransparencyCategory } from "../schema/record.ts";
import { transparencyAnswer } from "./answer-parts.ts";
import { CATEGORY_LABELS } from "./categories.ts";
import {
  assessmentText,
  basisLabel,
  categoryPhrase,
  extremes,
  labelList,
  METHOD_DOC,
  modelName,
  profileCitations,
  totalText,
} from "./present.ts";
import { transparencyOf } from "./profile.ts";

/** "transparency of X": total, basis, strongest and weakest categories, all ten with reasons. */
export function answerProfile(catalog: Catalog, r: ModelRecord, question: string): Answer {
  const p = transparencyOf(catalog, r);
  const { strongest, weakest } = extremes(p);
  const rows: FactRow[] = [
    { label: "Total", value: totalText(p) },
    ...p.categories.map((a) => ({
      label: CATEGORY_LABELS[a.category],
      value: `${assessmentText(a)}: ${a.reason}`,
    })),
  ];
  const worst = weakest[0];
  return transparencyAnswer(question, {
    models: [r.id],
    title: `${modelName(r)}: transparency`,
    summary: `${r.name}: ${totalText(p)}, ${p.basis === "card" ? "the reference card's assessment" : "computed by model-bot"}. Strongest: ${labelList(strongest)}; weakest: ${labelList(weakest)}.`,
    blocks: [
      { kind: "text", text: basisLabel(p) },
      { kind: "text", text: p.summary },
      { kind: "facts", rows },
      { kind: "text", text: `How the scores are made: ${METHOD_DOC}.` },
    ],
    followUps: [
      ...(worst
        ? [
            {
              label: `About ${CATEGORY_LABELS[worst].toLowerCase()}`,
              query: `how transparent is ${r.id} about ${categoryPhrase(worst)}`,
            },
          ]
        : []),
      { label: "Most transparent models", query: "most transparent models" },
      { label: "Overview", query: r.id },
    ],
    citations: profileCitations(catalog, r),
  });
}

/** "how transparent is X about training compute": one category, its level and reason. */
export function answerCategory(
  catalog: Catalog,
  r: ModelRecord,
  category: TransparencyCategory,
  question: string,
): Answer {
  const p = transparencyOf(catalog, r);
  const a = p.categories.find((c) => c.category === category);
  const label = CATEGORY_LABELS[category];
  const value = a ? assessmentText(a) : "not assessed";
  return transparencyAnswer(question, {
    models: [r.id],
    title: `${modelName(r)}: ${label.toLowerCase()} transparency`,
    summary: `${r.name} on ${label}: ${value}${a ? `. ${a.reason}` : ""}`,
    blocks: [
      { kind: "text", text: basisLabel(p) },
      {
        kind: "facts",
        rows: [
          { label, value },
          { label: "Why", value: a?.reason ?? "No assessment for this category." },
          { label: "Total", value: totalText(p) },
        ],
      },
      { kind: "text", text: `How the scores are made: ${METHOD_DOC}.` },
    ],
    followUps: [
      { label: "Full profile", query: `transparency of ${r.id}` },
      { label: "Most transparent models", query: "most transparent models" },
    ],
    citations: profileCitations(catalog, r),
  });
}
