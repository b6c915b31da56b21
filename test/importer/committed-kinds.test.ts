import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { TEXT_KINDS } from "../../src/core/engine/kinds.ts";

// The committed catalog labels every record with its kind, and the common list questions answer
// with text LLMs only (issue 12: no router, embedding, image or speech model among them).
const catalog = loadCatalog(join(import.meta.dirname, "..", "..", "data"));
const engine = createEngine(catalog);

describe("kinds in the committed catalog", () => {
  it("every record has a kind with its evidence", () => {
    const missing = catalog.records.filter((r) => !r.kind).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it.each([
    ["auto-model", "router"],
    ["openrouter-auto", "router"],
    ["duo-chat-gpt-5-4", "router"],
    ["agent-max", "router"],
    ["fusion", "router"],
    ["text-embedding-3-large", "embedding"],
    ["rerank-v3.5", "rerank"],
    ["tts-1", "text-to-speech"],
    ["whisper-1", "speech-to-text"],
    ["dall-e-3", "image-generation"],
    ["veo-3", "video-generation"],
    ["llama-guard-4-12b", "moderation"],
    ["gpt-4o", "llm"],
  ])("%s is labelled %s", (id, kind) => {
    expect(catalog.byId.get(id)?.kind?.value).toBe(kind);
  });

  it.each([
    "cheapest model with 1M context",
    "models with over 1M context",
    "newest models",
    "cheapest models with vision",
  ])("'%s' lists text LLMs only", (q) => {
    const ids = engine.ask(q).models;
    expect(ids.length).toBeGreaterThan(5);
    const kinds = ids.map((id) => catalog.byId.get(id)?.kind?.value);
    for (const k of kinds) expect(TEXT_KINDS).toContain(k);
  });

  it("'cheapest embedding model' lists embedding models", () => {
    const ids = engine.ask("cheapest embedding model").models;
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(catalog.byId.get(id)?.kind?.value).toBe("embedding");
  });
});

describe("facts llm-stats adds", () => {
  it("gemini-1.5-pro has Google's context and price from llm-stats' provider file", () => {
    const r = catalog.byId.get("gemini-1.5-pro");
    expect(r?.facts.context_length).toMatchObject({ value: 2097152, source: "llm-stats" });
    const google = r?.listings.find((l) => l.provider === "google");
    expect(google).toMatchObject({ source: "llm-stats", price: { input: 2.5, output: 10 } });
  });
});
