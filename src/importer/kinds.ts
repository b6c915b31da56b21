import { factValue } from "../core/schema/fact.ts";
import type { KindLabel, ModelKind, ModelRecord } from "../core/schema/record.ts";
import { tokensOf } from "./ids.ts";

/**
 * What LiteLLM says the entries that name a record exactly are served as: mode → one such id
 * ("embedding" → "azure/text-embedding-3-large"). Evidence for a record no word of its own labels.
 */
export type ServedModes = ReadonlyMap<string, string>;

/** LiteLLM modes that are a kind of their own; chat, responses, completion, realtime are text. */
const MODE_KINDS: Record<string, ModelKind> = {
  embedding: "embedding",
  rerank: "rerank",
  image_generation: "image-generation",
  image_edit: "image-generation",
  video_generation: "video-generation",
  audio_transcription: "speech-to-text",
  audio_speech: "text-to-speech",
  moderation: "moderation",
};
const LLM_MODES = new Set(["chat", "responses", "completion", "realtime"]);

/**
 * Labels a finished record with what it is, from evidence in the record: the id's and display
 * name's words, models.dev's family and modalities, and the reasoning flag. Rules run most specific
 * first; the first that fires gives the kind and its evidence. Words are matched on tokens
 * (`tokensOf`), so "autoglm" is no router and "qwen3guard" is a guard model.
 */
export function classifyKind(r: ModelRecord, modes: ServedModes = new Map()): KindLabel {
  const idTokens = tokensOf(r.id);
  const nameTokens = tokensOf(r.name);
  const words = new Set([...idTokens, ...nameTokens]);
  const family = factValue(r.facts.family)?.toLowerCase();
  const inputs = factValue(r.facts.input_modalities) ?? [];
  const outputs = factValue(r.facts.output_modalities) ?? [];
  // LiteLLM's mode, where it agrees with a rule, is named beside that rule's evidence.
  const served = modeEvidence(r, modes);
  const label = (value: ModelKind, evidence: string): KindLabel => ({
    value,
    evidence: served?.kind === value ? `${evidence}; ${served.evidence}` : evidence,
  });
  const word = (list: readonly string[]) => list.find((w) => words.has(w));
  const idStarts = (list: readonly string[]) => {
    const p = list.find((x) => r.id.startsWith(x));
    return p === undefined ? undefined : `id prefix "${p}"`;
  };

  const router = routerEvidence(r.id, idTokens, family);
  if (router) return label("router", router);

  const rerank = word(["rerank", "reranker", "reranking"]);
  if (rerank) return label("rerank", `name word "${rerank}"`);
  const embed =
    word(EMBED_WORDS) ??
    idStarts(EMBED_PREFIXES) ??
    (family && EMBED_FAMILIES.has(family) ? `family ${family}` : undefined);
  if (embed) return label("embedding", evidenceOf(embed));

  const guard = word(GUARD_WORDS);
  if (guard) return label("moderation", `name word "${guard}"`);
  if (/content safety/i.test(r.name)) return label("moderation", 'name words "content safety"');
  if (words.has("detector")) return label("moderation", 'name word "detector" (a classifier)');

  const stt =
    word(STT_WORDS) ??
    (family === "whisper" ? "family whisper" : undefined) ??
    (/deepgram nova/i.test(r.name) ? `name "${r.name}"` : undefined);
  if (stt) return label("speech-to-text", evidenceOf(stt));
  if (onlyAudioIn(inputs) && sameSet(outputs, ["text"])) {
    return label("speech-to-text", "modalities: audio in, text out");
  }
  const tts =
    word(TTS_WORDS) ??
    (family && TTS_FAMILIES.has(family) ? `family ${family}` : undefined) ??
    (/deepgram aura/i.test(r.name) ? `name "${r.name}"` : undefined);
  if (tts) return label("text-to-speech", evidenceOf(tts));

  if (outputs.includes("video")) return label("video-generation", "modalities: video out");
  const video = word(VIDEO_WORDS) ?? idStarts(VIDEO_PREFIXES);
  if (video) return label("video-generation", evidenceOf(video));

  if (outputs.length > 0 && outputs.includes("image") && !outputs.includes("text")) {
    return label("image-generation", "modalities: image out");
  }
  const image =
    word(IMAGE_WORDS) ??
    idStarts(IMAGE_PREFIXES) ??
    (family && IMAGE_FAMILIES.has(family) ? `family ${family}` : undefined);
  if (image) return label("image-generation", evidenceOf(image));
  if (words.has("image") && (outputs.includes("image") || words.has("generation"))) {
    return label("image-generation", 'name word "image" with image output');
  }

  if (outputs.length > 0 && !outputs.includes("text") && outputs.includes("audio")) {
    return label("text-to-speech", "modalities: audio out");
  }

  // No word of its own says what it is: what LiteLLM serves it as does.
  if (served) return { value: served.kind, evidence: served.evidence };

  const reasons =
    factValue(r.facts.reasoning) ?? (r.listings.some((l) => l.reasoning) || undefined);
  if (reasons === true) {
    const from = r.facts.reasoning ? r.facts.reasoning.source : "provider listings";
    return label("reasoning-llm", `reasoning flag (${from})`);
  }
  return label("llm", outputs.length > 0 ? "modalities: text out" : "default: no other evidence");
}

/**
 * The kind LiteLLM's modes give, when they agree: every entry naming the record is served in one
 * non-text mode. A text mode beside it, or a record that is scored on LLM benchmarks or reasons,
 * outweighs it (LiteLLM lists "gemini/gemini-1.5-flash" in the embedding mode).
 */
function modeEvidence(
  r: ModelRecord,
  modes: ServedModes,
): { kind: ModelKind; evidence: string } | undefined {
  if (modes.size === 0 || [...modes.keys()].some((m) => LLM_MODES.has(m))) return undefined;
  const kinds = new Set([...modes.keys()].map((m) => MODE_KINDS[m]));
  const [kind] = kinds;
  if (kinds.size !== 1 || kind === undefined) return undefined;
  if (r.benchmarks.length > 0 || factValue(r.facts.reasoning) === true) return undefined;
  const [mode, id] = [...modes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[0] ?? [];
  return { kind, evidence: `LiteLLM mode "${mode}" (${id})` };
}

/** A bare word found in the id or name is quoted; other evidence is already a phrase. */
function evidenceOf(found: string): string {
  return /^(family |id prefix |name ")/.test(found) ? found : `name word "${found}"`;
}

function onlyAudioIn(inputs: string[]): boolean {
  return inputs.length > 0 && inputs.every((m) => m === "audio");
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Gateways' auto-routers and agent products: they pick or wrap other models. */
function routerEvidence(
  id: string,
  tokens: string[],
  family: string | undefined,
): string | undefined {
  if (family === "model-router" || family === "auto") return `family ${family}`;
  if (tokens.includes("router")) return 'id word "router"';
  if (tokens.includes("auto")) return 'id word "auto"';
  if (tokens.includes("agent") || tokens.includes("agents")) return 'id word "agent"';
  if (/^(openrouter|kilo|llmgateway|nanogpt|orcarouter)-free$/.test(id))
    return "a gateway's free router";
  if (/^duo-chat-/.test(id)) return "GitLab Duo Chat product";
  if (id === "fusion") return "a product that fuses several models' answers";
  return undefined;
}

const EMBED_WORDS = ["embed", "embedding", "embeddings", "embedcode"] as const;
const EMBED_PREFIXES = [
  "bge-",
  "e5-",
  "multilingual-e5",
  "gte-",
  "all-mini",
  "multi-qa-",
  "voyage-",
  "nomic-embed",
  "jina-embeddings",
] as const;
const EMBED_FAMILIES = new Set([
  "bge",
  "cohere-embed",
  "codestral-embed",
  "gemini-embedding",
  "mistral-embed",
  "text-embedding",
  "titan-embed",
  "voyage",
]);
const GUARD_WORDS = ["guard", "safeguard", "moderation", "moderations", "shieldgemma"] as const;
const STT_WORDS = ["whisper", "transcribe", "transcription", "asr", "stt", "parakeet"] as const;
const TTS_WORDS = ["tts", "melotts", "voicedesign", "voiceclone"] as const;
const TTS_FAMILIES = new Set(["melotts", "elevenlabs", "lyria", "aura"]);
const VIDEO_WORDS = ["video", "t2v", "i2v", "r2v", "veo", "sora", "kling", "seedance"] as const;
const VIDEO_PREFIXES = ["veo", "sora-", "runway", "kling", "seedance", "wan2-2-t2v"] as const;
const IMAGE_WORDS = ["imagen", "dall", "flux", "ideogram", "recraft", "seedream", "sdxl"] as const;
const IMAGE_PREFIXES = [
  "stable-diffusion",
  "stablediffusion",
  "fast-sdxl",
  "gpt-image",
  "flux",
] as const;
const IMAGE_FAMILIES = new Set([
  "dall-e",
  "flux",
  "gpt-image",
  "ideogram",
  "imagen",
  "nano-banana",
  "recraft",
  "stable-diffusion",
]);
