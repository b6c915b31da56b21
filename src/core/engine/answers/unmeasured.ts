import type { Answer } from "../../answer/types.ts";
import type { ModelRecord } from "../../schema/record.ts";
import { makeAnswer } from "./base.ts";

/**
 * Questions about what none of the sources measures: speed (output tokens per second), latency,
 * time to first token. Without this they were read as something near ("tokens per second of
 * gpt-5" as its context window, "fastest model" as a model named "fastest"); the honest answer
 * is that the catalog has no such numbers, and what it does have. "fast" alone is left out: it
 * is part of model names (Grok Code Fast, Fast SDXL).
 */
const UNMEASURED =
  /\b(?:fastest|slowest|quickest|speeds?|latenc(?:y|ies)|throughput|tokens? ?(?:per|\/|a) ?s(?:ec(?:ond)?)?|tok\/s|tps|time to first token|ttft|how fast|response times?)\b/i;

/** Whether a question asks about speed or latency, which the catalog does not hold. */
export function asksUnmeasured(question: string): boolean {
  return UNMEASURED.test(question);
}

const WHY =
  "I have no speed or latency measurements (tokens per second, time to first token): none of the sources I draw on (models.dev, OpenRouter's and LiteLLM's listings, LiveBench, Aider, Epoch AI, Vectara, LLM Stats) publish them.";

/** Says what the catalog lacks, and offers what it holds for the models named. */
export function answerUnmeasured(query: string, models: readonly ModelRecord[]): Answer {
  const named = models.slice(0, 2);
  const offer =
    named.length > 0
      ? `For ${named.map((m) => m.name).join(" and ")} I can tell you the context window, prices, providers and benchmark scores.`
      : "I can tell you a model's context window, prices, providers and benchmark scores, or rank models on a benchmark.";
  return makeAnswer(query, {
    intent: "help",
    models: named.map((m) => m.id),
    title: "Speed and latency: not in my data",
    summary: `${WHY} ${offer}`,
    blocks: [
      { kind: "text", text: WHY },
      { kind: "text", text: offer },
    ],
    followUps:
      named.length > 0
        ? named.flatMap((m) => [
            { label: `${m.name} overview`.slice(0, 60), query: m.id },
            { label: `${m.name} providers`.slice(0, 60), query: `${m.id} providers` },
          ])
        : [
            { label: "Top 10 on LiveBench", query: "top 10 on livebench" },
            { label: "Cheapest models", query: "cheapest models" },
          ],
  });
}
