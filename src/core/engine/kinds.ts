import { MODEL_KINDS, type ModelKind, type ModelRecord } from "../schema/record.ts";

/** What lists, filters and rankings consider unless a question names another kind. */
export const TEXT_KINDS: readonly ModelKind[] = ["llm", "reasoning-llm"];
export const ALL_KINDS: readonly ModelKind[] = MODEL_KINDS;

/** A record's kind; hand-made records without one are text LLMs. */
export function kindOf(r: ModelRecord): ModelKind {
  return r.kind?.value ?? "llm";
}

/** How an answer names a kind ("an embedding model"). */
export const KIND_LABELS: Record<ModelKind, string> = {
  llm: "text LLM",
  "reasoning-llm": "reasoning LLM",
  embedding: "embedding model",
  rerank: "rerank model",
  "image-generation": "image generation model",
  "video-generation": "video generation model",
  "speech-to-text": "speech-to-text model",
  "text-to-speech": "text-to-speech / audio generation model",
  moderation: "moderation / safety classifier",
  router: "router or agent product (routes to other models)",
};

/** Plural labels for list titles ("embedding models"). */
export const KIND_TITLES: Record<ModelKind, string> = {
  llm: "text LLMs",
  "reasoning-llm": "reasoning LLMs",
  embedding: "embedding models",
  rerank: "rerank models",
  "image-generation": "image generation models",
  "video-generation": "video generation models",
  "speech-to-text": "speech-to-text models",
  "text-to-speech": "text-to-speech models",
  moderation: "moderation models",
  router: "routers and agent products",
};

const MODELS = String.raw`(?:\s+models?)?`;

/** The words that ask for a kind of model, in the prepared (lowercase) question text. */
export const KIND_WORDS: [RegExp, ModelKind[]][] = [
  [
    new RegExp(String.raw`\b(?:text[- ]?)?embeddings?${MODELS}\b|\bembedders?\b`, "g"),
    ["embedding"],
  ],
  [new RegExp(String.raw`\brerank(?:ers?|ing)?${MODELS}\b`, "g"), ["rerank"]],
  [
    new RegExp(
      String.raw`\bimage[- ](?:generation|gen|generating)${MODELS}\b|\bimage models?\b|\bimage generators?\b|\btext[- ]to[- ]image${MODELS}\b`,
      "g",
    ),
    ["image-generation"],
  ],
  [
    new RegExp(
      String.raw`\bvideo[- ](?:generation|gen|generating)${MODELS}\b|\bvideo models?\b|\bvideo generators?\b|\btext[- ]to[- ]video${MODELS}\b`,
      "g",
    ),
    ["video-generation"],
  ],
  [
    new RegExp(
      String.raw`\b(?:speech[- ]to[- ]text|transcription|stt|asr)${MODELS}\b|\bspeech recognition${MODELS}\b`,
      "g",
    ),
    ["speech-to-text"],
  ],
  [
    new RegExp(String.raw`\b(?:text[- ]to[- ]speech|tts|speech synthesis|voice)${MODELS}\b`, "g"),
    ["text-to-speech"],
  ],
  [
    new RegExp(
      String.raw`\b(?:moderation|safety|guard(?:rail)?)${MODELS}\b|\bsafety classifiers?\b`,
      "g",
    ),
    ["moderation"],
  ],
  [/\b(?:auto[- ]?)?routers?\b|\bagent products?\b/g, ["router"]],
];
