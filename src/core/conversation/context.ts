import { z } from "zod";
import { FIELD_KEYS } from "../answer/types.ts";
import type { Filters } from "../engine/filters.ts";

/**
 * What a conversation has established, as a plain value: each turn reads the previous one and
 * returns the next (like a dialogue tracker's slots). It holds ids, keys and constraints only,
 * never text from the user, so it is small, safe to store anywhere, and validated when it comes
 * back from a store.
 */

const Id = z.string().min(1).max(200);

const SORT_KEYS = [
  "price-asc",
  "price-desc",
  "context-desc",
  "release-desc",
  "release-asc",
  "params-desc",
  "params-asc",
  "speed-desc",
  "latency-asc",
] as const;

/**
 * The constraints of a list. Known keys are checked; keys a newer engine adds pass through, so a
 * context stored by one version still loads in the next.
 */
const FiltersValue = z.looseObject({
  minContext: z.number().optional(),
  maxContext: z.number().optional(),
  minOutput: z.number().optional(),
  maxOutput: z.number().optional(),
  maxInputPrice: z.number().optional(),
  maxOutputPrice: z.number().optional(),
  openWeights: z.boolean().optional(),
  vision: z.boolean().optional(),
  reasoning: z.boolean().optional(),
  functionCalling: z.boolean().optional(),
  structuredOutput: z.boolean().optional(),
  releasedAfter: z.string().max(10).optional(),
  releasedBefore: z.string().max(10).optional(),
  minParams: z.number().optional(),
  maxParams: z.number().optional(),
  inputModality: z.string().max(40).optional(),
  outputModality: z.string().max(40).optional(),
  orgs: z.array(Id).max(20).optional(),
  nameHas: z.array(z.string().max(60)).max(20).optional(),
  sort: z.enum(SORT_KEYS).optional(),
});

/** The last list asked for, so "more", "only open weights" and "sorted by price" can redo it. */
export const ListSpec = z.strictObject({
  kind: z.enum(["top", "filter"]),
  /** The board of a top-N list. */
  benchmark: Id.nullable(),
  release: z.string().max(10).nullable(),
  filters: FiltersValue,
  /** The page last shown: where it started and how many rows it had room for. */
  offset: z.number().int().min(0).max(100_000),
  count: z.number().int().min(1).max(100),
  /** Which end of a board a top-N list was read from ("worst 5": engine/board-end.ts). */
  cue: z.enum(["worst", "low", "high"]).optional(),
});
export type ListSpec = Omit<z.infer<typeof ListSpec>, "filters"> & { filters: Filters };

export const ConversationContext = z.strictObject({
  version: z.literal(1),
  /** What the last answer was: about models, a list, or choices to pick from. */
  last: z.enum(["none", "models", "list", "choices"]),
  /** The models the last answer was about: what "it", "its" and "them" mean. */
  subjects: z.array(Id).max(8),
  /** Models named since the last list, oldest first: "compare them" after two questions. */
  recent: z.array(Id).max(8),
  /** The topic of the last answer, for "what about opus 4.5?" and "and gpt-5?". */
  fields: z.array(z.enum(FIELD_KEYS)).max(8),
  benchmark: Id.nullable(),
  transparency: z.boolean(),
  /** The rows (or choices) last shown, in order, and the position of the first among them. */
  shown: z.array(Id).max(25),
  shownOffset: z.number().int().min(0).max(100_000),
  list: ListSpec.nullable(),
  turns: z.number().int().min(0),
});
export type ConversationContext = Omit<z.infer<typeof ConversationContext>, "list"> & {
  list: ListSpec | null;
};

export const EMPTY_CONTEXT: ConversationContext = {
  version: 1,
  last: "none",
  subjects: [],
  recent: [],
  fields: [],
  benchmark: null,
  transparency: false,
  shown: [],
  shownOffset: 0,
  list: null,
  turns: 0,
};

/**
 * A context read back from a store, or undefined when it is missing, of another version, or
 * malformed: the conversation then starts afresh rather than failing.
 */
export function parseContext(value: unknown): ConversationContext | undefined {
  const parsed = ConversationContext.safeParse(value);
  return parsed.success ? (parsed.data as ConversationContext) : undefined;
}
