import { describe, expect, it } from "vitest";
import { benchmarkSlug, categoryOf } from "../../src/importer/benchmark-registry.ts";
import {
  anthropicOrder,
  cleanCandidates,
  keyOf,
  linkAgrees,
  shortKeyOf,
  splitDate,
} from "../../src/importer/ids.ts";
import { rowCandidates } from "../../src/importer/livebench-merge.ts";
import { cleanestName } from "../../src/importer/offers.ts";

describe("keyOf", () => {
  it.each([
    ["Meta-Llama-3.1-405B-Instruct", "meta-llama-3-1-405-b-instruct"],
    ["llama3.1-405b-instruct", "llama-3-1-405-b-instruct"],
    ["Llama 3.1 405B Instruct", "llama-3-1-405-b-instruct"],
    ["gpt-4o", "gpt-4-o"],
    ["GPT-5.1 Codex mini", "gpt-5-1-codex-mini"],
    ["kimi_k2.6", "kimi-k-2-6"],
  ])("%s → %s", (name, key) => expect(keyOf(name)).toBe(key));
});

describe("cleanCandidates", () => {
  it.each([
    ["Meta-Llama-3.1-405B-Instruct-Turbo", ["meta-llama-3.1-405b-instruct"]],
    ["us.anthropic.claude-sonnet-4-5-20250929-v1:0", ["claude-sonnet-4-5-20250929"]],
    ["gpt-oss:120b", ["gpt-oss-120b"]],
    ["qwen3-vl:235b-instruct", ["qwen3-vl-235b-instruct"]],
    ["claude-opus-4-thinking:8192", ["claude-opus-4-thinking"]],
    ["gemma-4-31b-it:free", ["gemma-4-31b-it"]],
    ["glm-5.1-FP8", ["glm-5.1"]],
    ["zai-glm-4.7", ["glm-4.7"]],
    ["claude-sonnet-3.7", ["claude-3.7-sonnet"]],
    ["glm-4.7-free", ["glm-4.7"]],
    ["glm-5.1-TEE", ["glm-5.1"]],
    ["kimi-k2p6", ["kimi-k2.6"]],
    ["k2.6", ["kimi-k2.6"]],
    ["perplexity-sonar", ["sonar"]],
    ["open-mistral-nemo", ["mistral-nemo"]],
    ["alicloud-glm-5.1", ["glm-5.1"]],
    ["mimo-v2.5-pro-6bit", ["mimo-v2.5-pro"]],
    // A quantization tag with its scheme words after it.
    ["Llama-3.3-70B-Instruct-FP8-Dynamic", ["llama-3.3-70b-instruct"]],
    ["Qwen3-Coder-480B-A35B-Instruct-int4-mixed-ar", ["qwen3-coder-480b-a35b-instruct"]],
    ["deepseek.v3.2", ["deepseek-v3.2"]],
    ["us.deepseek.v3", ["deepseek-v3"]],
    ["deepseek-3.2", ["deepseek-v3.2"]],
    ["deepseek-4-flash", ["deepseek-v4-flash"]],
  ])("%s includes %j", (segment, expected) => {
    const out = cleanCandidates(segment);
    expect(out[0]).toBe(segment.toLowerCase());
    for (const e of expected) expect(out).toContain(e);
  });

  it("keeps a name that is already clean as its only candidate", () => {
    expect(cleanCandidates("gpt-5.1-codex-mini")).toEqual(["gpt-5.1-codex-mini"]);
  });

  it("does not strip a turbo that is part of the model's name", () => {
    expect(cleanCandidates("gpt-3.5-turbo")).toEqual(["gpt-3.5-turbo"]);
  });
});

describe("cleanestName (provider-only ids)", () => {
  const offer = (providerModelId: string) => ({
    provider: "p",
    providerName: "P",
    providerModelId,
    data: {},
  });
  it.each([
    ["meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo", "llama-3.1-405b-instruct"],
    ["kilo-auto/free", "kilo-auto-free"],
    ["openrouter/auto", "openrouter-auto"],
    ["fal-ai/flux/schnell", "flux-schnell"],
    ["accounts/fireworks/models/glm-5p1", "glm-5.1"],
  ])("%s → %s", (id, name) => expect(cleanestName(offer(id))).toBe(name));
});

describe("splitDate", () => {
  it.each([
    ["gpt-4-o-2024-08-06", "gpt-4-o", "2024-08-06"],
    ["claude-3-5-sonnet-20241022", "claude-3-5-sonnet", "2024-10-22"],
    ["gemini-2-5-flash-preview-09-2025", "gemini-2-5-flash-preview", "2025-09"],
    ["gemini-2-5-pro-06-05", "gemini-2-5-pro", "06-05"],
    ["gpt-4-0613", "gpt-4", "06-13"],
  ])("%s → %s + %s", (key, baseKey, date) => expect(splitDate(key)).toEqual({ baseKey, date }));

  it.each(["qwen-3-235-b-a-22-b-instruct-2507", "mistral-large-2411", "gpt-5-1", "llama-3-1-70-b"])(
    "%s has no date",
    (key) => expect(splitDate(key)).toBeUndefined(),
  );
});

describe("linkAgrees", () => {
  it.each([
    ["anthropic/claude-sonnet-4.5", "claude-sonnet-4-5", true],
    ["global.anthropic.claude-opus-4-6-v1", "claude-opus-4-6", true],
    ["openai-gpt-52", "gpt-5.2", true],
    ["nemotron-3-super", "nemotron-3-super-120b-a12b", true],
    ["deepseek-r1-distill-qwen-32b", "deepseek-r1", false],
    ["mistral-small-2503", "mistral-small-2603", false],
    ["claude-sonnet-4", "claude-sonnet-4-5-20250929", false],
  ])("%s → %s: %s", (segment, base, agrees) => expect(linkAgrees(segment, base)).toBe(agrees));
});

describe("anthropicOrder", () => {
  it.each([
    ["claude-4-1-opus-20250805", "claude-opus-4-1-20250805"],
    ["claude-4-sonnet", "claude-sonnet-4"],
    ["claude-sonnet-3-5", "claude-3-5-sonnet"],
    ["claude-3-7-sonnet", "claude-3-7-sonnet"],
    ["claude-sonnet-4-5", "claude-sonnet-4-5"],
  ])("%s → %s", (name, ordered) => expect(anthropicOrder(name)).toBe(ordered));
});

describe("rowCandidates (LiveBench row names)", () => {
  it.each([
    ["gpt-5.1-2025-11-13-high", "gpt-5.1-2025-11-13"],
    ["claude-sonnet-4-5-20250929-thinking-64k", "claude-sonnet-4-5-20250929"],
    ["claude-opus-4-6-thinking-auto-high-effort", "claude-opus-4-6"],
    ["gemini-2.5-pro-06-05-highthinking", "gemini-2.5-pro-06-05"],
    ["grok-4.20-beta-0309-reasoning", "grok-4.20-0309"],
    ["gpt-5.1-codex-mini", "gpt-5.1-codex-mini"],
  ])("%s ends at %s", (row, bare) => {
    const list = rowCandidates(row);
    expect(list[0]).toBe(row);
    expect(list[list.length - 1]).toBe(bare);
  });
});

describe("benchmarkSlug", () => {
  it.each([
    ["SWE-Bench Pro", "swe-bench-pro"],
    ["SWE Bench Pro", "swe-bench-pro"],
    ["Terminal-Bench 2.1", "terminal-bench-2.1"],
    ["Humanity’s Last Exam", "humanitys-last-exam"],
    ["τ2-Bench Retail", "tau2-bench-retail"],
    ["AI2 Reasoning Challenge (ARC)", "ai2-reasoning-challenge-arc"],
  ])("%s → %s", (name, slug) => expect(benchmarkSlug(name)).toBe(slug));
});

describe("categoryOf (benchmarks)", () => {
  it.each([
    ["MMLU-Pro", ["language", "reasoning", "math", "general"], "knowledge"],
    ["LiveCodeBench v6", ["reasoning"], "coding"],
    ["MathVista", ["math", "vision", "multimodal"], "multimodal"],
    ["TAU-bench Retail", ["reasoning", "communication"], "agentic"],
    ["Terminal-Bench 2.1", [], "agentic"],
    ["AIME 2025", ["math", "reasoning"], "math"],
    ["IFEval", ["general"], "instruction-following"],
    ["MRCR v2", ["long_context", "reasoning"], "long-context"],
    ["Research Writing", ["writing"], "other"],
  ])("%s → %s", (name, tags, category) => expect(categoryOf(name, tags)).toBe(category));
});

describe("shortKeyOf (short forms a model is also called by)", () => {
  it.each([
    ["qwen-3-235-b-a-22-b", "qwen-3-235-b"],
    ["qwen-3-coder-480-b-a-35-b", "qwen-3-coder-480-b"],
    ["llama-4-scout-17-b-instruct", "llama-4-scout"],
    ["gemma-3-27-b-it", "gemma-3-27-b"],
    ["medgemma-4-b-it", "medgemma-4-b"],
    // The active-parameter tag also drops before a further tag ("qwen3-vl:235b-instruct").
    ["qwen-3-235-b-a-22-b-instruct-2507", "qwen-3-235-b-instruct-2507"],
    ["qwen-3-vl-235-b-a-22-b-instruct", "qwen-3-vl-235-b-instruct"],
    // Another family, or no size: no short form.
    ["qwen-3-coder-30-b", undefined],
    ["mistral-small-24-b-instruct", undefined],
    ["llama-4-scout-17-b-16-e-instruct", undefined],
    ["deepseek-r-1", undefined],
  ])("%s → %s", (key, short) => expect(shortKeyOf(key)).toBe(short));
});
