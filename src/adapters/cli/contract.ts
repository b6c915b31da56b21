import type { Answer } from "../../core/answer/types.ts";
import { renderText } from "../../core/render/text.ts";

/** The CLI's stable JSON contract (see README). */
export interface AskJson {
  query: string;
  intent: Answer["intent"];
  models: string[];
  field: string | null;
  benchmark: string | null;
  suggestions: string[];
  text: string;
}

export function toAskJson(answer: Answer): AskJson {
  return {
    query: answer.query,
    intent: answer.intent,
    models: answer.models,
    field: answer.field,
    benchmark: answer.benchmark,
    suggestions: answer.suggestions,
    text: renderText(answer),
  };
}
