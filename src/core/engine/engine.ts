import type { Answer, FieldKey } from "../answer/types.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type { ConversationContext } from "../conversation/context.ts";
import type { Turn } from "../conversation/converse.ts";

/** A pick list entry for autocomplete and model pickers. */
export interface Choice {
  /** What the user sees, e.g. "GPT-5.1 Codex Mini (OpenAI)". */
  label: string;
  /** What to put in the question: a record id, benchmark id or field key. */
  value: string;
}

/** What the adapter knows that the core may not read itself: today's date (the core has no clock). */
export interface AskContext {
  /** YYYY-MM-DD; "this week" counts back from it. Absent: the catalog's own date. */
  today?: string;
}

/** An AskContext that carries a conversation: the answer comes with the conversation's next context. */
export type ConversationAsk = AskContext & { conversation: ConversationContext | null | undefined };

/** The question-answering engine over one catalog. Pure: no I/O, no platform, no clock. */
export interface Engine {
  readonly catalog: Catalog;
  /**
   * One line of text in, one answer out. Never throws for any input. With a `conversation` key
   * (what earlier turns established; null or undefined for the first turn) it is one turn of a
   * conversation and returns the answer with the conversation's new context: follow-ups ("its
   * price", "more", "compare them") take what they lack from it.
   */
  ask(question: string, context: ConversationAsk): Turn;
  ask(question: string, context?: AskContext): Answer;
  /** Models matching what the user has typed so far, best first (fuzzy, typo-tolerant). */
  suggestModels(typed: string, limit: number): Choice[];
  /** Benchmarks matching what the user has typed so far, best first. */
  suggestBenchmarks(typed: string, limit: number): Choice[];
  /** Topics (field keys and "benchmarks", "transparency") matching what the user typed. */
  suggestTopics(typed: string, limit: number): Choice[];
}

export type { ConversationContext, FieldKey, Turn };
