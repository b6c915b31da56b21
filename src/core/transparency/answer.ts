import type { Answer } from "../answer/types.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type { ModelRecord, TransparencyCategory } from "../schema/record.ts";
import { answerCompare, answerRanking } from "./answer-lists.ts";
import { answerCategory, answerProfile } from "./answer-model.ts";
import { transparencyAnswer } from "./answer-parts.ts";

/** A transparency question, as the question parser hands it over. */
export type TransparencyQuery =
  | { kind: "profile"; model: ModelRecord }
  | { kind: "category"; model: ModelRecord; category: TransparencyCategory }
  | { kind: "compare"; models: ModelRecord[] }
  | {
      kind: "ranking";
      order: "most" | "least";
      count: number;
      org?: string;
      openWeightsOnly?: boolean;
    };

/** Answers a parsed transparency question; the intent is always "transparency". */
export function answerTransparency(
  catalog: Catalog,
  query: TransparencyQuery,
  question: string,
): Answer {
  switch (query.kind) {
    case "profile":
      return answerProfile(catalog, query.model, question);
    case "category":
      return answerCategory(catalog, query.model, query.category, question);
    case "compare": {
      const [only] = query.models;
      if (query.models.length >= 2) return answerCompare(catalog, query.models, question);
      if (only) return answerProfile(catalog, only, question);
      return transparencyAnswer(question, {
        models: [],
        title: "Compare transparency",
        summary:
          "Name two or more models to compare, e.g. “compare transparency of gpt-5.1 and claude-sonnet-4-5”.",
        blocks: [],
        followUps: [{ label: "Most transparent models", query: "most transparent models" }],
        citations: [],
      });
    }
    case "ranking":
      return answerRanking(catalog, query, question);
  }
}
