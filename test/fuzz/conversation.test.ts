import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INTENTS } from "../../src/core/answer/types.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { type ConversationContext, parseContext } from "../../src/core/conversation/context.ts";
import type { Turn } from "../../src/core/conversation/converse.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { FUZZ_PARAMS, FUZZ_TIMEOUT, hostileText } from "./arbitraries.ts";

const engine = createEngine(loadCatalog("data"));

// Follow-ups mixed with hostile text, in any order: every turn answers and leaves a valid context.
const FOLLOW_UPS = [
  "gpt-4o price",
  "top 5 on livebench coding",
  "open weights models",
  "llama 3.1",
  "more",
  "next 30",
  "show all",
  "and its price?",
  "what about opus 4.5?",
  "compare them",
  "compare the top 3",
  "the second one",
  "#7",
  "the last one",
  "only open weights",
  "under $1",
  "sorted by price",
  "from mistral",
  "and the context?",
  "them",
];

describe("fuzz: conversations", () => {
  it(
    "ask(question, context) never throws and always returns an answer and a valid context",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(fc.constantFrom(...FOLLOW_UPS), hostileText(300)), {
            minLength: 1,
            maxLength: 6,
          }),
          (questions) => {
            let context: ConversationContext | null = null;
            for (const q of questions) {
              const turn: Turn = engine.ask(q, { conversation: context });
              expect(INTENTS).toContain(turn.answer.intent);
              expect(turn.answer.query).toBe(q);
              for (const id of turn.answer.models) expect(engine.catalog.byId.has(id)).toBe(true);
              expect(parseContext(JSON.parse(JSON.stringify(turn.context)))).toEqual(turn.context);
              context = turn.context;
            }
          },
        ),
        { ...FUZZ_PARAMS, numRuns: Math.max(1, Math.floor((FUZZ_PARAMS.numRuns ?? 100) / 4)) },
      );
    },
    FUZZ_TIMEOUT,
  );
});
