import type { AnswerData } from "../../core/answer/data.ts";
import type { Answer } from "../../core/answer/types.ts";
import type { ConversationContext } from "../../core/conversation/context.ts";
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
  /** The kind of the answer's chart ("bar", "scatter", ...), or null when it has none. */
  chart: string | null;
  /** The answer's values (table rows, facts with unit, source and date, provider listings). */
  data: AnswerData | null;
  /** Under --conversation: what the conversation knows after this answer. */
  context?: ConversationContext;
}

export function toAskJson(answer: Answer, context?: ConversationContext): AskJson {
  return {
    query: answer.query,
    intent: answer.intent,
    models: answer.models,
    field: answer.field,
    benchmark: answer.benchmark,
    suggestions: answer.suggestions,
    text: renderText(answer),
    chart: answer.chart?.kind ?? null,
    data: answer.data ?? null,
    ...(context === undefined ? {} : { context }),
  };
}
