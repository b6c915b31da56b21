import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";

const engine = createEngine(loadCatalog("data"));

describe("units in a comparison", () => {
  it.each([
    "compare gpt-4o and claude sonnet 4.5 on price",
    "compare gpt-4o, claude sonnet 4.5 and gemini 2.5 pro",
  ])("every price cell of '%s' says per 1M tokens", (q) => {
    const table = engine.ask(q).blocks.find((b) => b.kind === "table");
    const row = table?.kind === "table" ? table.rows.find((r) => r[0] === "Pricing") : undefined;
    expect(row?.length).toBeGreaterThan(2);
    for (const cell of row?.slice(1) ?? []) expect(cell).toMatch(/per 1M tokens/);
  });
});
