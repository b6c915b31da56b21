import { uniqueCitations } from "../../answer/cite.ts";
import type { AnswerData } from "../../answer/data.ts";
import type {
  Answer,
  AnswerBlock,
  Citation,
  FieldKey,
  FollowUp,
  Intent,
} from "../../answer/types.ts";
import type { Chart } from "../../chart/types.ts";

/** What every answer builder fills in; `makeAnswer` adds the defaults. */
export interface AnswerParts {
  intent: Intent;
  title: string;
  summary: string;
  models?: string[];
  field?: FieldKey | null;
  benchmark?: string | null;
  suggestions?: string[];
  blocks?: AnswerBlock[];
  followUps?: FollowUp[];
  citations?: Citation[];
  chart?: Chart;
  data?: AnswerData;
}

export function makeAnswer(query: string, parts: AnswerParts): Answer {
  return {
    query,
    intent: parts.intent,
    models: parts.models ?? [],
    field: parts.field ?? null,
    benchmark: parts.benchmark ?? null,
    suggestions: parts.suggestions ?? [],
    title: parts.title,
    summary: parts.summary,
    blocks: parts.blocks ?? [],
    followUps: parts.followUps ?? [],
    citations: uniqueCitations(parts.citations ?? []),
    ...(parts.chart ? { chart: parts.chart } : {}),
    ...(parts.data ? { data: parts.data } : {}),
  };
}

/**
 * User text shown back in an answer ("No model named …"): only letters, digits, spaces and
 * `.-_+'`, at most 60 characters. Whatever a renderer does, echoed text can then carry no mention,
 * link, markup or control character.
 */
export function quoteUserText(text: string): string {
  const safe = text
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N} .\-_+']/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return safe.length > 60 ? `${safe.slice(0, 59)}…` : safe;
}
