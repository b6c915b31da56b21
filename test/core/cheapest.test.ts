import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/core/answer/types.ts";
import { buildFactsCache } from "../../src/core/engine/answers/select.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import type { ModelRecord } from "../../src/core/schema/record.ts";
import { acmeRecord, fixtureCatalog } from "../support/fixture-catalog.ts";

// A $0 listing is a free tier, a promotion or a router's placeholder: it must not win "cheapest"
// over models with a real price, and it is named as free rather than hidden.
const P = { source: "fixture", asOf: "2026-07-01" } as const;
const listing = (provider: string, input: number, output: number) => ({
  provider,
  providerName: provider[0]?.toUpperCase() + provider.slice(1),
  providerModelId: provider,
  price: { input, output },
  ...P,
});
const withListings = (r: ModelRecord, listings: ReturnType<typeof listing>[]): ModelRecord => ({
  ...r,
  listings,
});
const spec = { context: 2_000_000, vision: true, open: true, release: "2026-06-01" };

const extra = [
  // Only ever listed at $0.
  withListings(acmeRecord("acme-gratis", "Acme Gratis", spec), [listing("openrouter", 0, 0)]),
  // Paid at its maker, with a free tier elsewhere.
  withListings(acmeRecord("acme-tiered", "Acme Tiered", spec), [
    listing("acme", 2, 8),
    listing("openrouter", 0, 0),
  ]),
  // Its maker lists it at $0 (a promotion); a reseller sells it.
  withListings(acmeRecord("acme-promo", "Acme Promo", spec), [
    listing("acme", 0, 0),
    listing("together", 0.9, 0.9),
  ]),
  withListings(acmeRecord("acme-paid", "Acme Paid", spec), [listing("acme", 0.05, 0.2)]),
];
const catalog = fixtureCatalog(extra);
const engine = createEngine(catalog);
const facts = buildFactsCache();
const price = (id: string) => {
  const r = catalog.byId.get(id);
  return r === undefined ? undefined : facts(r);
};
const text = (a: Answer) =>
  a.blocks.map((b) => (b.kind === "text" ? b.text : JSON.stringify(b))).join("\n");
const FREE_ONLY = "acme-gratis";

describe("cheapest: paid prices rank, $0-only listings are named apart", () => {
  it.each([
    "cheapest model with 1M context",
    "cheapest models with vision",
    "cheapest open weights model",
    "cheapest acme models",
    "what's the cheapest model with over 1M context",
  ])("%s", (q) => {
    const a = engine.ask(q);
    expect(a.intent).toBe("filter");
    expect(a.models.length).toBeGreaterThan(0);
    // Every ranked model before a $0-only one has a paid price, in ascending order.
    const ranked = a.models.filter((id) => price(id)?.freeOnly !== true);
    expect(a.models.slice(0, ranked.length)).toEqual(ranked);
    const prices = ranked.map((id) => price(id)?.inputPrice ?? Infinity);
    expect(prices).toEqual([...prices].sort((x, y) => x - y));
    expect(prices[0]).toBeGreaterThan(0);
    // The $0-only model is either after the paid ones or named in a note as free.
    if (!a.models.includes(FREE_ONLY))
      expect(text(a)).toMatch(/Acme Gratis \(free at Openrouter\)/);
  });

  it("ranks by the paid price even where the maker or a free tier lists $0", () => {
    const a = engine.ask("cheapest acme models");
    expect(a.models).toEqual(["acme-paid", "acme-promo", "acme-tiered", "acme-gratis"]);
    const table = a.blocks.find((b) => b.kind === "table");
    const cells = table?.kind === "table" ? table.rows.map((r) => r[2]) : [];
    expect(cells).toEqual([
      "$0.05 in / $0.20 out",
      "$0.90 in / $0.90 out",
      "$2.00 in / $8.00 out",
      "free at Openrouter",
    ]);
  });

  it("the most expensive list puts $0-only models last, not first", () => {
    expect(engine.ask("most expensive acme models").models).toEqual([
      "acme-tiered",
      "acme-promo",
      "acme-paid",
      "acme-gratis",
    ]);
  });
});

describe("price bounds and free models", () => {
  it("'free models' lists every model someone lists at $0, saying where", () => {
    const a = engine.ask("free acme models");
    expect(new Set(a.models)).toEqual(new Set(["acme-gratis", "acme-tiered", "acme-promo"]));
    expect(text(a)).toContain("free at Openrouter");
    expect(text(a)).toContain("free at Acme");
  });

  it("'under $1' keeps paid models under the bound and $0-only ones, after them", () => {
    // The walk stops at the first paid price over $1, then still reaches the $0-only models.
    const a = engine.ask("models with 1M context under $1");
    expect(a.models).toContain("acme-paid");
    expect(a.models).toContain("acme-promo");
    expect(a.models).not.toContain("acme-tiered");
    expect(a.models).not.toContain("gemini-2.5-pro");
    expect(a.models.at(-1)).toBe(FREE_ONLY);
    expect(a.summary).toMatch(new RegExp(`^${a.models.length} models match`));
  });

  it("'price of X' leads with a paid price and names the free listings", () => {
    const a = engine.ask("price of acme promo");
    expect(a.summary).toContain("$0.90 in / $0.90 out per 1M tokens at Together");
    expect(a.summary).toContain("listed free at Acme");
  });
});
