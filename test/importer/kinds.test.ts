import { describe, expect, it } from "vitest";
import { ModelRecord } from "../../src/core/schema/record.ts";
import { classifyKind } from "../../src/importer/kinds.ts";

const P = { source: "models.dev", asOf: "2026-07-01" } as const;

function rec(
  id: string,
  name: string,
  extra: { family?: string; inputs?: string[]; outputs?: string[]; reasoning?: boolean } = {},
): ModelRecord {
  const facts: Record<string, unknown> = {};
  if (extra.family) facts.family = { value: extra.family, ...P };
  if (extra.inputs) facts.input_modalities = { value: extra.inputs, ...P };
  if (extra.outputs) facts.output_modalities = { value: extra.outputs, ...P };
  if (extra.reasoning !== undefined) facts.reasoning = { value: extra.reasoning, ...P };
  return ModelRecord.parse({
    id,
    name,
    org: "x",
    canonical: false,
    aliases: [],
    snapshots: [],
    facts,
    listings: [],
    benchmarks: [],
    sources: ["models.dev"],
  });
}

describe("classifyKind", () => {
  it.each([
    [rec("openrouter-auto", "Auto Router", { family: "auto" }), "router"],
    [rec("auto-model-premium", "Auto Model Premium"), "router"],
    [rec("duo-chat-opus-4-5", "Agentic Chat (Claude Opus 4.5)"), "router"],
    [rec("fusion", "Fusion"), "router"],
    [rec("autoglm-phone-9b", "AutoGLM Phone 9B"), "llm"],
    [rec("bge-reranker-v2-m3", "BGE Reranker v2 M3"), "rerank"],
    [rec("bge-m3", "BGE M3", { family: "bge" }), "embedding"],
    [rec("text-embedding-3-large", "text-embedding-3-large"), "embedding"],
    [rec("voyage-3-large", "voyage-3-large"), "embedding"],
    [rec("qwen3guard-gen-8b", "Qwen3Guard Gen 8B"), "moderation"],
    [
      rec("whisper-large-v3", "Whisper Large v3", { inputs: ["audio"], outputs: ["text"] }),
      "speech-to-text",
    ],
    [rec("qwen3-asr-flash", "Qwen3-ASR Flash"), "speech-to-text"],
    [rec("tts-1", "TTS 1", { inputs: ["text"], outputs: ["audio"] }), "text-to-speech"],
    [rec("veo-3", "Veo 3", { outputs: ["video"] }), "video-generation"],
    [rec("flux-2-pro", "FLUX.2 Pro", { outputs: ["image"] }), "image-generation"],
    [
      rec("gemini-2.5-flash-image", "Nano Banana", { outputs: ["text", "image"] }),
      "image-generation",
    ],
    [rec("gpt-4o-audio-preview", "GPT-4o Audio", { outputs: ["text", "audio"] }), "llm"],
    [rec("o3", "o3", { outputs: ["text"], reasoning: true }), "reasoning-llm"],
    [rec("gpt-4o", "GPT-4o", { outputs: ["text"], reasoning: false }), "llm"],
  ] as const)("case %#", (record, kind) => {
    const label = classifyKind(record);
    expect(label.value).toBe(kind);
    expect(label.evidence.length).toBeGreaterThan(0);
  });
});

describe("classifyKind with LiteLLM's modes", () => {
  const modes = (...pairs: [string, string][]) => new Map(pairs);

  it("names the mode beside the rule it agrees with", () => {
    const label = classifyKind(
      rec("text-embedding-3-large", "text-embedding-3-large"),
      modes(["embedding", "azure/text-embedding-3-large"]),
    );
    expect(label).toEqual({
      value: "embedding",
      evidence: 'name word "embedding"; LiteLLM mode "embedding" (azure/text-embedding-3-large)',
    });
  });

  it("gives the kind where no word does, and agreeing modes are one kind", () => {
    const label = classifyKind(
      rec("lexicon-r2", "Lexicon R2"),
      modes(["image_edit", "x/lexicon-r2-edit"], ["image_generation", "x/lexicon-r2"]),
    );
    expect(label.value).toBe("image-generation");
    expect(label.evidence).toBe('LiteLLM mode "image_edit" (x/lexicon-r2-edit)');
  });

  it.each([
    ["a chat entry beside it", rec("m1", "M1"), modes(["embedding", "a"], ["chat", "b"])],
    ["two kinds", rec("m2", "M2"), modes(["embedding", "a"], ["rerank", "b"])],
    ["a reasoning flag", rec("m3", "M3", { reasoning: true }), modes(["embedding", "a"])],
    ["a mode that is no kind", rec("m4", "M4"), modes(["ocr", "a"], ["search", "b"])],
  ])("leaves an LLM an LLM against %s", (_, record, served) => {
    expect(classifyKind(record, served).value).toMatch(/llm$/);
  });

  it("does not outweigh the record's own words", () => {
    expect(
      classifyKind(rec("titan-embed-text-v2", "Titan Embed Text v2"), modes(["chat", "v/x"])).value,
    ).toBe("embedding");
  });
});
