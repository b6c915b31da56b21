import type { SourceInfo } from "../schema/registry.ts";

/** When the scoring rules last changed; computed profiles cite it as model-bot's as-of date. */
export const METHOD_DATE = "2026-11-25";

/**
 * The sources.json entry computed profiles cite. The importer writes it into data/sources.json so
 * citations name it; the method is docs/transparency.md.
 */
export const MODEL_BOT_SOURCE: SourceInfo = {
  id: "model-bot",
  name: "model-bot (computed from released artefacts, published facts and FMTI developer scores)",
  license: "Computed by this project; method in docs/transparency.md",
  asOf: METHOD_DATE,
};
