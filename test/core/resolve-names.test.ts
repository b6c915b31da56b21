import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/core/engine/create.ts";
import { fixtureCatalog } from "../support/fixture-catalog.ts";

const engine = createEngine(fixtureCatalog());

describe("model names resolve despite spelling", () => {
  it.each([
    ["gpt-5.1-codex-mini", "gpt-5.1-codex-mini"],
    ["GPT 5.1 Codex Mini", "gpt-5.1-codex-mini"],
    ["gpt5.1codexmini", "gpt-5.1-codex-mini"],
    ["GPT-5.1 codex-mini", "gpt-5.1-codex-mini"],
    ["codex mini", "gpt-5.1-codex-mini"],
    ["gpt-5.1-codex-mini-2025-11-13", "gpt-5.1-codex-mini"],
    ["mini codex gpt 5.1", "gpt-5.1-codex-mini"],
    ["gpt-5.1-codx-mini", "gpt-5.1-codex-mini"],
    ["gpt 5.1 codex", "gpt-5.1-codex"],
    ["gpt-5.1", "gpt-5.1"],
    ["claude sonnet 4.5", "claude-sonnet-4-5"],
    ["claude sonet 4.5", "claude-sonnet-4-5"],
    ["sonnet 4.5", "claude-sonnet-4-5"],
    ["claude-sonnet-4-5-20250929", "claude-sonnet-4-5"],
    ["Claude Sonnet 4-5", "claude-sonnet-4-5"],
    ["opus 4.1", "claude-opus-4-1"],
    ["haiku 3.5", "claude-3-5-haiku"],
    ["gemni 2.5 pro", "gemini-2.5-pro"],
    ["gemini 2.5 flash", "gemini-2.5-flash"],
    ["gemini 2.0 flash", "gemini-2.0-flash"],
    ["gemini 2 flash", "gemini-2.0-flash"],
    ["4o mini", "gpt-4o-mini"],
    ["gpt-4o", "gpt-4o"],
    ["gpt4o", "gpt-4o"],
    ["gpt-4o-2024-11-20", "gpt-4o"],
    ["llama 3.3", "llama-3.3-70b-instruct"],
    ["llama 3.3 70b", "llama-3.3-70b-instruct"],
    ["meta-llama/Llama-3.3-70B-Instruct-Turbo", "llama-3.3-70b-instruct"],
    ["llama-3.3-70b-versatile", "llama-3.3-70b-instruct"],
    ["llama 3.1 405b", "llama-3.1-405b-instruct"],
    ["Meta Llama 3.1 405B Instruct Turbo", "llama-3.1-405b-instruct"],
    ["llama 3.2 90b vision", "llama-3.2-90b-vision-instruct"],
    ["codestral", "codestral-latest"],
    ["deepseek v3.1", "deepseek-v3.1"],
    ["deepseek r1", "deepseek-r1"],
    ["command a", "command-a"],
    ["qwen3 235b", "qwen3-235b-a22b"],
  ])("%s → %s", (text, id) => {
    const a = engine.ask(text);
    expect(a.intent).toBe("overview");
    expect(a.models).toEqual([id]);
  });
});

describe("names that are not there", () => {
  it.each([["gpt-9 ultra"], ["asdfgh"], ["zzzz model 12"]])("%s → not_found", (text) => {
    expect(engine.ask(text).intent).toBe("not_found");
  });

  it.each([
    // A version no record of the family has is no match for another version.
    ["llama 7 405b license", "llama-3.1-405b-instruct"],
    ["gpt 5.9 codex mini context", "gpt-5.1-codex-mini"],
  ])("%s → not_found, suggesting %s", (text, suggested) => {
    const a = engine.ask(text);
    expect(a.intent).toBe("not_found");
    expect(a.suggestions).toContain(suggested);
  });

  it("suggests the closest models for a near miss", () => {
    const a = engine.ask("gemini 2.5 ultra context");
    expect(a.intent).toBe("not_found");
    expect(a.suggestions).toContain("gemini-2.5-pro");
    expect(a.followUps[0]?.query).toMatch(/^gemini-2\.5-\w+ context_length$/);
  });

  it.each([["claude"], ["llama"], ["gemini"]])(
    "a bare family name (%s) is ambiguous, with candidates",
    (text) => {
      const a = engine.ask(text);
      expect(a.intent).toBe("ambiguous");
      expect(a.suggestions.length).toBeGreaterThan(1);
    },
  );
});
