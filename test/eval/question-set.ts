import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { z } from "zod";
import { FIELD_KEYS, INTENTS } from "../../src/core/answer/types.ts";

/** Kinds of hard question: the ones a plain exact-id lookup gets wrong. */
export const HARD_TAGS = [
  "typo",
  "partial",
  "order",
  "synonym",
  "spacing",
  "snapshot",
  "case",
] as const;

/**
 * One eval question. A key that is present is checked; an absent key is not. So `field: null`
 * asserts the engine reports no field, while leaving `field` out says the field does not matter
 * (filters, where the engine may or may not name the constrained field).
 */
export const EvalQuestion = z.strictObject({
  q: z.string().max(500),
  intent: z.enum(INTENTS),
  /** The exact model list, in the order the question names them. */
  models: z.array(z.string().min(1)).optional(),
  /** The result list starts with these (top-N leaders). */
  modelsPrefix: z.array(z.string().min(1)).min(1).optional(),
  /** The result list holds these somewhere (filters). */
  modelsContain: z.array(z.string().min(1)).min(1).optional(),
  /** Every listed model satisfies every predicate (see predicates.ts); the list is not empty. */
  every: z.array(z.string().min(1)).min(1).optional(),
  /** The N of "top N": the list holds N models, or all of them where fewer have a result. */
  count: z.number().int().positive().optional(),
  field: z.enum(FIELD_KEYS).nullable().optional(),
  benchmark: z.string().min(1).nullable().optional(),
  /** The did-you-mean or candidate list holds these. */
  suggestionsContain: z.array(z.string().min(1)).min(1).optional(),
  tags: z.array(z.enum(HARD_TAGS)).min(1).optional(),
});
export type EvalQuestion = z.infer<typeof EvalQuestion>;

export const QUESTIONS_FILE = new URL("./questions.jsonl", import.meta.url);
/** Questions written without looking at questions.jsonl or the engine: a measure of generalization. */
export const HOLDOUT_FILE = new URL("./holdout.jsonl", import.meta.url);

/** Reads the JSON Lines question set; a bad line throws with its line number. */
export function loadQuestions(file: URL | string = QUESTIONS_FILE): EvalQuestion[] {
  const name = basename(file instanceof URL ? file.pathname : file);
  const lines = readFileSync(file, "utf8").split("\n");
  const out: EvalQuestion[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      throw new Error(`${name} line ${i + 1}: not JSON (${(e as Error).message})`);
    }
    const parsed = EvalQuestion.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `${name} line ${i + 1}: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`,
      );
    }
    out.push(parsed.data);
  });
  return out;
}

export function isHard(q: EvalQuestion): boolean {
  return (q.tags?.length ?? 0) > 0;
}
