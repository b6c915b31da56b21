import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { INTENTS } from "../../src/core/answer/types.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { renderLine, renderText } from "../../src/core/render/text.ts";
import {
  FUZZ_PARAMS,
  FUZZ_TIMEOUT,
  hostileAnswer,
  hostileText,
  MAX_INPUT,
  MaxTime,
} from "./arbitraries.ts";

const engine = createEngine(loadCatalog("data"));
const timing = { ask: new MaxTime(), text: new MaxTime() };

afterAll(() => {
  // A record of the slowest input, not an assertion: latency is the bench's job.
  console.info(timing.ask.report("engine.ask"));
  console.info(timing.text.report("renderText"));
});

describe("fuzz: engine and plain-text renderer", () => {
  it(
    "ask() never throws and always returns a well-formed answer",
    () => {
      fc.assert(
        fc.property(hostileText(), (question) => {
          expect(question.length).toBeLessThanOrEqual(MAX_INPUT);
          const answer = timing.ask.time(() => engine.ask(question));
          expect(INTENTS).toContain(answer.intent);
          expect(typeof answer.title).toBe("string");
          expect(typeof answer.summary).toBe("string");
          expect(Array.isArray(answer.blocks)).toBe(true);
          for (const id of answer.models) expect(engine.catalog.byId.has(id)).toBe(true);
          const text = timing.text.time(() => renderText(answer));
          expect(typeof text).toBe("string");
          expect(typeof renderLine(answer)).toBe("string");
        }),
        FUZZ_PARAMS,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "suggest*() never throw and respect the limit asked for",
    () => {
      fc.assert(
        fc.property(hostileText(200), fc.integer({ min: 0, max: 30 }), (typed, limit) => {
          for (const suggest of [
            engine.suggestModels,
            engine.suggestBenchmarks,
            engine.suggestTopics,
          ]) {
            expect(suggest.call(engine, typed, limit).length).toBeLessThanOrEqual(limit);
          }
        }),
        FUZZ_PARAMS,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "renderText never throws on any answer, however malformed its strings",
    () => {
      fc.assert(
        fc.property(hostileAnswer, (answer) => {
          expect(typeof renderText(answer)).toBe("string");
          expect(typeof renderLine(answer)).toBe("string");
        }),
        FUZZ_PARAMS,
      );
    },
    FUZZ_TIMEOUT,
  );
});
