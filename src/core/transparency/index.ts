export { answerTransparency, type TransparencyQuery } from "./answer.ts";
export {
  CATEGORY_LABELS,
  CATEGORY_SYNONYMS,
  levelOf,
  levelRank,
  TRANSPARENCY_CATEGORIES,
} from "./categories.ts";
export { FMTI_INDICATORS, type FmtiEvidence } from "./fmti-evidence.ts";
export { basisLabel, METHOD_DOC } from "./present.ts";
export {
  fmtiEvidenceOf,
  transparencyEvidenceOf,
  transparencyOf,
  transparencyTotalOf,
} from "./profile.ts";
export { METHOD_DATE, MODEL_BOT_SOURCE } from "./source.ts";
