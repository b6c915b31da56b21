import { describe, expect, it } from "vitest";
import type { Catalog } from "../../src/core/catalog/catalog.ts";
import { answerChanges } from "../../src/core/changes/answer.ts";
import { diffCatalogs, isEmpty, summarizeChanges } from "../../src/core/changes/diff.ts";
import { parseChangesQuery } from "../../src/core/changes/query.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { buildOrgIndex } from "../../src/core/engine/route.ts";
import type { ModelRecord } from "../../src/core/schema/record.ts";
import { SourceInfo } from "../../src/core/schema/registry.ts";
import { acmeRecord, fixtureCatalog } from "../support/fixture-catalog.ts";

/** The fixture catalog with its records changed by `edit`, dated 2026-11-20. */
function nextCatalog(before: Catalog, edit: (records: ModelRecord[]) => ModelRecord[]): Catalog {
  const records = edit(structuredClone([...before.records]));
  const sources = new Map(before.sources);
  sources.set(
    "fixture",
    SourceInfo.parse({ id: "fixture", name: "Fixture data", license: "test", asOf: "2026-11-20" }),
  );
  return {
    ...before,
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    sources,
    version: { hash: "next", records: records.length },
  };
}

const NEW_DAY = { source: "fixture", asOf: "2026-11-20" } as const;

function edited(before: Catalog): Catalog {
  return nextCatalog(before, (records) => {
    const out = records.filter((r) => r.id !== "gpt-4o-mini");
    const gpt4o = out.find((r) => r.id === "gpt-4o");
    const listing = gpt4o?.listings.find((l) => l.provider === "openai");
    if (!gpt4o || !listing?.price) throw new Error("fixture changed");
    listing.price = { input: 2, output: 8 };
    Object.assign(listing, NEW_DAY);
    gpt4o.facts.context_length = { value: 256_000, ...NEW_DAY };
    const opus = acmeRecord("acme-opus-2", "Acme Opus 2", {
      release: "2026-11-18",
      scores: { "livebench-coding": 99 },
    });
    // A new release of LiveBench coding with one result.
    opus.benchmarks = opus.benchmarks.map((b) => ({ ...b, release: "2026-11-15", ...NEW_DAY }));
    out.push({ ...opus, listings: opus.listings.map((l) => ({ ...l, ...NEW_DAY })) });
    return out;
  });
}

describe("diffCatalogs", () => {
  const before = fixtureCatalog();
  const after = edited(before);
  const changes = diffCatalogs(before, after);

  it("finds models added and removed", () => {
    expect(changes.added).toEqual([
      expect.objectContaining({
        id: "acme-opus-2",
        name: "Acme Opus 2",
        org: "acme",
        releaseDate: "2026-11-18",
        source: "fixture",
        asOf: "2026-11-20",
      }),
    ]);
    expect(changes.removed.map((r) => r.id)).toEqual(["gpt-4o-mini"]);
  });

  it("finds a price change per model and provider, old → new", () => {
    expect(changes.prices).toEqual([
      expect.objectContaining({
        model: expect.objectContaining({ id: "gpt-4o" }),
        provider: "openai",
        before: { input: 2.5, output: 10 },
        after: { input: 2, output: 8 },
        asOf: "2026-11-20",
      }),
    ]);
  });

  it("finds a context limit change", () => {
    expect(changes.limits).toEqual([
      expect.objectContaining({ field: "context_length", before: 128_000, after: 256_000 }),
    ]);
  });

  it("finds a new benchmark release and a new leader", () => {
    expect(changes.releases).toEqual([
      expect.objectContaining({
        benchmark: "livebench-coding",
        release: "2026-11-15",
        results: 1,
        leader: expect.objectContaining({ id: "acme-opus-2" }),
      }),
    ]);
    expect(changes.leaders).toEqual([
      expect.objectContaining({
        benchmark: "livebench-coding",
        before: expect.objectContaining({ id: "gpt-5.1-codex" }),
        after: expect.objectContaining({ id: "acme-opus-2" }),
      }),
    ]);
  });

  it("is empty between a catalog and itself, whatever the dates", () => {
    const same = nextCatalog(before, (r) => r);
    expect(isEmpty(diffCatalogs(before, same))).toBe(true);
    expect(summarizeChanges(diffCatalogs(before, same))).toBe("no changes");
  });

  it("counts each kind in one line", () => {
    expect(summarizeChanges(changes)).toBe(
      "1 new model, 1 model removed, 1 price change, 1 limit change, 1 new benchmark release, 1 new leader",
    );
  });
});

describe("questions about what changed", () => {
  const before = fixtureCatalog();
  const after = edited(before);
  const orgs = buildOrgIndex(after);
  const today = "2026-11-25";

  it.each([
    ["what's new", [], undefined, undefined],
    ["whats new?", [], undefined, undefined],
    ["new models this week", ["models"], "2026-11-18", undefined],
    ["what changed since 1 nov", [], "2026-11-01", undefined],
    ["what changed since nov 1st", [], "2026-11-01", undefined],
    ["what changed since 2026-10-15", [], "2026-10-15", undefined],
    ["changes since december", [], "2025-12-01", undefined],
    ["new models from anthropic", ["models"], undefined, "anthropic"],
    ["price changes", ["prices"], undefined, undefined],
    ["any price cuts in the last 3 days", ["prices"], "2026-11-22", undefined],
  ])("%s", (question, kinds, since, org) => {
    const q = parseChangesQuery(question, orgs, today);
    expect(q).toBeDefined();
    expect([...(q?.kinds ?? [])]).toEqual(kinds);
    expect(q?.since).toBe(since);
    expect(q?.org).toBe(org);
  });

  it.each([
    "gpt-4o price",
    "models released since 2026-01",
    "newest anthropic model",
    "top 5 on livebench coding",
    "open weights vision models released since 2025-06",
  ])("%s is not one", (question) => {
    expect(parseChangesQuery(question, orgs, today)).toBeUndefined();
  });

  it("answers with each change, its source and date", () => {
    const engine = createEngine(after, { changes: diffCatalogs(before, after) });
    const answer = engine.ask("what's new", { today });
    expect(answer.intent).toBe("changes");
    expect(answer.summary).toBe(
      "1 new model, 1 model removed, 1 price change, 1 limit change, 1 new benchmark release, 1 new leader between the catalog of 1 Jul 2026 and that of 20 Nov 2026.",
    );
    const text = JSON.stringify(answer.blocks);
    expect(text).toContain("Acme Opus 2 (acme), released 18 Nov 2026: fixture, 20 Nov 2026");
    expect(text).toContain(
      "GPT-4o at Openai: $2.50 in / $10.00 out → $2.00 in / $8.00 out: fixture, 20 Nov 2026",
    );
    expect(text).toContain("GPT-4o: context 128K tokens → 256K tokens");
    expect(answer.citations.map((c) => c.source)).toEqual(["fixture"]);
  });

  it("narrows to a maker, a kind and a period", () => {
    const changes = diffCatalogs(before, after);
    const engine = createEngine(after, { changes });
    expect(engine.ask("new models from acme", { today }).models).toEqual(["acme-opus-2"]);
    expect(engine.ask("new models from anthropic", { today }).summary).toMatch(/^No such changes/);
    expect(engine.ask("price changes", { today }).models).toEqual(["gpt-4o"]);
    // Changes dated 20 Nov are not "today" on the 25th.
    expect(engine.ask("what changed today", { today }).summary).toMatch(/^No such changes/);
  });

  it("lists the newest releases instead when there is no earlier catalog, saying why", () => {
    const engine = createEngine(fixtureCatalog());
    for (const q of ["what's new", "whats new?", "anything new", "what came out recently"]) {
      const answer = engine.ask(q, { today: "2026-11-25" });
      expect(answer.summary, q).toMatch(/no earlier catalog/);
      expect(answer.title, q).toBe("Newest releases");
      const dates = (answer.data?.table?.rows ?? []).map((r) => String(r.release));
      expect(dates.length, q).toBeGreaterThan(1);
      expect(dates, q).toEqual([...dates].sort().reverse());
    }
  });

  it("keeps to the period asked for, and says when nothing fell in it", () => {
    const engine = createEngine(fixtureCatalog());
    const within = engine.ask("what came out this week", { today: "2025-11-18" });
    expect(within.summary).toMatch(/releases in the last 7 days/);
    expect(within.models).toEqual(["gpt-5.1", "gpt-5.1-codex", "gpt-5.1-codex-mini"]);
    const none = engine.ask("what was released this week", { today: "2026-11-25" });
    expect(none.summary).toMatch(/no model in the catalog was released in the last 7 days/);
    expect(none.models.length).toBeGreaterThan(0);
  });

  it("still says there is nothing to compare for price changes", () => {
    const answer = createEngine(fixtureCatalog()).ask("price changes", { today: "2026-11-25" });
    expect(answer.intent).toBe("changes");
    expect(answer.summary).toMatch(/no earlier catalog/);
  });

  it("says so when there is no earlier catalog", () => {
    const answer = answerChanges(after, undefined, { kinds: new Set() }, "what's new");
    expect(answer.intent).toBe("changes");
    expect(answer.summary).toMatch(/no earlier catalog/);
  });
});

describe("release verbs with a recent period", () => {
  it("ask for new models; a year or month is a list filter, not a change", () => {
    const orgs = buildOrgIndex(fixtureCatalog());
    for (const q of [
      "what came out this week",
      "anything launched lately?",
      "what dropped today",
    ]) {
      expect([...(parseChangesQuery(q, orgs, "2026-11-25")?.kinds ?? [])], q).toEqual(["models"]);
    }
    for (const q of [
      "models released in 2025",
      "when was gpt-4o released",
      "released after march",
    ]) {
      expect(parseChangesQuery(q, orgs, "2026-11-25"), q).toBeUndefined();
    }
  });
});

describe("models added or removed", () => {
  it("is a question about changes too", () => {
    const orgs = buildOrgIndex(fixtureCatalog());
    expect([
      ...(parseChangesQuery("which models were removed", orgs, "2026-11-25")?.kinds ?? []),
    ]).toEqual(["models"]);
    expect([
      ...(parseChangesQuery("models added since 1 nov", orgs, "2026-11-25")?.kinds ?? []),
    ]).toEqual(["models"]);
  });
});
