import type { Answer } from "../answer/types.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type { Engine } from "./engine.ts";

// Placeholder while the real engine is written in this same session: exact ids only.
export function createEngine(catalog: Catalog): Engine {
  const ask = (question: string): Answer => {
    const words = question.trim().toLowerCase().split(/\s+/);
    const rec = words.map((w) => catalog.byId.get(w)).find((r) => r !== undefined);
    const base = { query: question, field: null, benchmark: null, followUps: [], citations: [] };
    if (!rec) {
      return {
        ...base,
        intent: "help",
        models: [],
        suggestions: [],
        title: "Help",
        summary: "Ask about a model",
        blocks: [],
      };
    }
    const ctx = rec.facts.context_length;
    const text = ctx && "value" in ctx ? `${ctx.value / 1000}K tokens` : "unknown";
    return {
      ...base,
      intent: "field",
      field: "context_length",
      models: [rec.id],
      suggestions: [],
      title: `${rec.name}: context window`,
      summary: text,
      blocks: [{ kind: "text", text }],
    };
  };
  return {
    catalog,
    ask,
    suggestModels: () => [],
    suggestBenchmarks: () => [],
    suggestTopics: () => [],
  };
}
