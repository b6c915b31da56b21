import { uniqueCitations } from "../answer/cite.ts";
import type { Answer, AnswerBlock, Citation, FollowUp } from "../answer/types.ts";

/** What a transparency answer fills in; the intent and empty fields are the same for all. */
export interface TransparencyParts {
  models: string[];
  title: string;
  summary: string;
  blocks: AnswerBlock[];
  followUps: FollowUp[];
  citations: Citation[];
}

export function transparencyAnswer(question: string, parts: TransparencyParts): Answer {
  return {
    query: question,
    intent: "transparency",
    models: parts.models,
    field: null,
    benchmark: null,
    suggestions: [],
    title: parts.title,
    summary: parts.summary,
    blocks: parts.blocks,
    followUps: parts.followUps,
    citations: uniqueCitations(parts.citations),
  };
}
