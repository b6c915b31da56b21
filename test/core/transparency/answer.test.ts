import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/core/answer/types.ts";
import { loadCatalog } from "../../../src/core/catalog/load.ts";
import {
  answerTransparency,
  CATEGORY_LABELS,
  CATEGORY_SYNONYMS,
  TRANSPARENCY_CATEGORIES,
} from "../../../src/core/transparency/index.ts";
import { BARE_MODEL, CLOSED_MODEL, fixtureCatalog, OPEN_MODEL } from "./fixture.ts";

const catalog = fixtureCatalog();
const card = catalog.byId.get("gpt-5.1-codex-mini");
if (!card) throw new Error("fixture lacks the card model");

function textOf(a: Answer): string {
  return a.blocks
    .map((b) =>
      b.kind === "text"
        ? b.text
        : b.kind === "facts"
          ? b.rows.map((r) => `${r.label}: ${r.value}`).join("\n")
          : b.kind === "list"
            ? b.items.join("\n")
            : [b.columns, ...b.rows].map((r) => r.join(" | ")).join("\n"),
    )
    .join("\n");
}

function expectContract(a: Answer, question: string, models: string[]) {
  expect(a.intent).toBe("transparency");
  expect(a.query).toBe(question);
  expect(a.models).toEqual(models);
  expect(a.field).toBeNull();
  expect(a.benchmark).toBeNull();
  expect(a.summary.length).toBeGreaterThan(0);
}

describe("answerTransparency", () => {
  it("profile of the card's model: 41/100, labelled as the card's, all ten categories", () => {
    const q = "transparency of gpt-5.1-codex-mini";
    const a = answerTransparency(catalog, { kind: "profile", model: card }, q);
    expectContract(a, q, ["gpt-5.1-codex-mini"]);
    expect(a.summary).toMatch(/41\/100 \(moderate\), the reference card's assessment/);
    expect(a.summary).toMatch(/Strongest: Identity Consistency/);
    expect(a.summary).toMatch(/weakest: Dataset Composition and Training Compute/);
    const facts = a.blocks.find((b) => b.kind === "facts");
    expect(facts?.kind === "facts" && facts.rows.map((r) => r.label)).toEqual([
      "Total",
      ...TRANSPARENCY_CATEGORIES.map((c) => CATEGORY_LABELS[c]),
    ]);
    expect(textOf(a)).toMatch(/docs\/transparency\.md/);
    expect(a.citations.map((c) => c.source)).toEqual(["card"]);
  });

  it("profile of another model: labelled computed, never as the card's, FMTI's or the maker's", () => {
    const a = answerTransparency(catalog, { kind: "profile", model: OPEN_MODEL }, "t open-7b");
    expectContract(a, "t open-7b", ["open-7b"]);
    expect(a.summary).toMatch(/computed by model-bot/);
    expect(textOf(a)).toMatch(/not the maker's, the card's, MOF's, the Index's or FMTI's own/);
    expect(a.citations.map((c) => c.source)).toEqual(["model-bot", "fixture", "fmti"]);
    expect(a.followUps[0]?.query).toMatch(/^how transparent is open-7b about /);
  });

  it("one category: its score, level and reason", () => {
    const q = "how transparent is closed-pro about parameters";
    const a = answerTransparency(
      catalog,
      { kind: "category", model: CLOSED_MODEL, category: "parameter_density" },
      q,
    );
    expectContract(a, q, ["closed-pro"]);
    expect(a.summary).toMatch(/^Closed Pro on Parameter Density: [\d.]+\/10, (very low|low)\. /);
    expect(a.summary).toMatch(/parameter count not disclosed/i);
  });

  it("one category of the card's model: the card's level and reason, no invented score", () => {
    const a = answerTransparency(
      catalog,
      { kind: "category", model: card, category: "training_compute" },
      "how transparent is gpt-5.1-codex-mini about compute",
    );
    expect(a.summary).toMatch(
      /^GPT-5\.1 Codex Mini on Training Compute: very low\. Nothing is published/,
    );
    expect(textOf(a)).toMatch(/The reference card's assessment/);
  });

  it("compare: categories side by side, the more transparent named, bases told apart", () => {
    const q = "compare transparency of open-7b and gpt-5.1-codex-mini";
    const a = answerTransparency(catalog, { kind: "compare", models: [OPEN_MODEL, card] }, q);
    expectContract(a, q, ["open-7b", "gpt-5.1-codex-mini"]);
    const table = a.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.length).toBe(12);
    expect(table?.kind === "table" && table.rows.at(-1)).toEqual(["Basis", "computed", "card"]);
    expect(textOf(a)).toMatch(/different methods/);
    expect(a.summary).toMatch(/is the more transparent|same total/);
  });

  it("compare with fewer than two models answers sensibly", () => {
    const one = answerTransparency(catalog, { kind: "compare", models: [OPEN_MODEL] }, "c");
    expect(one.models).toEqual(["open-7b"]);
    const none = answerTransparency(catalog, { kind: "compare", models: [] }, "c");
    expectContract(none, "c", []);
    expect(none.summary).toMatch(/two or more models/);
  });

  it.each([
    [
      { order: "most" as const, count: 10 },
      ["open-7b", "gpt-5.1-codex-mini", "closed-pro", "bare-model"],
    ],
    [{ order: "least" as const, count: 2 }, ["bare-model", "closed-pro"]],
    [{ order: "most" as const, count: 5, openWeightsOnly: true }, ["open-7b"]],
    [{ order: "most" as const, count: 5, org: "closedco" }, ["closed-pro"]],
    [{ order: "most" as const, count: 5, org: "nobody-here" }, []],
  ])("ranking %o", (q, expected) => {
    const a = answerTransparency(catalog, { kind: "ranking", ...q }, "ranking");
    expectContract(a, "ranking", expected);
    if (expected.length === 0) expect(a.summary).toMatch(/^No models from nobody-here/);
  });

  it("ranking titles name the scope", () => {
    const a = answerTransparency(
      catalog,
      { kind: "ranking", order: "least", count: 3, org: "closedco" },
      "least transparent closedco models",
    );
    expect(a.title).toBe("Least transparent models from ClosedCo");
  });

  it("every category has a label and lowercase synonyms that name it alone", () => {
    const owner = new Map<string, string>();
    for (const c of TRANSPARENCY_CATEGORIES) {
      expect(CATEGORY_LABELS[c].length).toBeGreaterThan(0);
      for (const s of CATEGORY_SYNONYMS[c]) {
        expect(s).toBe(s.toLowerCase());
        expect(owner.get(s), s).toBeUndefined();
        owner.set(s, c);
      }
    }
    expect(owner.get("training compute")).toBe("training_compute");
    expect(owner.get("licence")).toBe("license_clarity");
    expect(owner.get("vram")).toBe("hardware_footprint");
  });

  it("the bare record's answers still explain themselves", () => {
    const a = answerTransparency(catalog, { kind: "profile", model: BARE_MODEL }, "t bare");
    expect(textOf(a)).toMatch(/no FMTI scores \(developer not scored\)/);
  });
});

describe("answers on the committed catalog", () => {
  const data = loadCatalog("data");

  it("cite only sources that data/sources.json names (model-bot and fmti included)", () => {
    for (const r of data.records.slice(0, 200)) {
      const a = answerTransparency(data, { kind: "profile", model: r }, `transparency of ${r.id}`);
      for (const c of a.citations)
        expect(data.sources.has(c.source), `${r.id}: ${c.source}`).toBe(true);
    }
  });
});
