import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/core/engine/create.ts";
import { parseFilters } from "../../src/core/engine/filters.ts";
import { acmeRecord, fixtureCatalog } from "../support/fixture-catalog.ts";

// Routers, embedding and image models sit in the catalog beside the LLMs; lists consider text LLMs
// unless the question names another kind.
const extra = [
  acmeRecord("acme-auto", "Acme Auto Router", {
    kind: "router",
    context: 2_000_000,
    price: [0, 0],
    release: "2026-09-01",
    vision: true,
  }),
  acmeRecord("acme-embed-1", "Acme Embed 1", {
    kind: "embedding",
    context: 1_000_000,
    price: [0.001, 0],
    release: "2026-08-30",
    vision: true,
  }),
  acmeRecord("acme-image-1", "Acme Image 1", {
    kind: "image-generation",
    context: 1_000_000,
    price: [0.002, 0],
    release: "2026-08-29",
  }),
  acmeRecord("acme-think-1", "Acme Think 1", {
    kind: "reasoning-llm",
    context: 1_048_576,
    price: [0.5, 1],
    release: "2026-08-01",
    reasoning: true,
  }),
];
const engine = createEngine(fixtureCatalog(extra));
const models = (q: string) => engine.ask(q).models;
const OTHER = ["acme-auto", "acme-embed-1", "acme-image-1"];

describe("kinds in lists", () => {
  it.each([
    "cheapest model with 1M context",
    "models with over 1M context",
    "newest models",
    "cheapest models with vision",
  ])("%s lists text LLMs only", (q) => {
    const got = models(q);
    expect(got.length).toBeGreaterThan(0);
    for (const id of OTHER) expect(got).not.toContain(id);
  });

  it("a reasoning LLM is a text LLM", () => {
    expect(models("models with over 1M context")).toContain("acme-think-1");
  });

  it("a question that names a kind lists that kind", () => {
    expect(models("cheapest embedding model")[0]).toBe("acme-embed-1");
    expect(models("embedding models")).toEqual(["acme-embed-1"]);
    expect(models("image models from acme")).toEqual(["acme-image-1"]);
    expect(models("routers")).toEqual(["acme-auto"]);
  });

  it("'image models' asks for a kind, not for vision", () => {
    const { filters } = parseFilters("image models from google");
    expect(filters.kinds).toEqual(["image-generation"]);
    expect(filters.vision).toBeUndefined();
  });

  it("an overview says what kind a record is", () => {
    const a = engine.ask("acme embed 1");
    expect(a.intent).toBe("overview");
    expect(a.summary).toMatch(/\(embedding model\)/);
    const facts = a.blocks.find((b) => b.kind === "facts");
    expect(facts?.kind === "facts" && facts.rows[0]).toMatchObject({
      label: "Kind",
      value: "Embedding model",
    });
  });
});
