import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OrgVotes, orgKey, orgMerger, titleCase } from "../../src/importer/orgs.ts";

describe("one id per maker", () => {
  it.each([
    ["mistral-ai", "mistral"],
    ["Mistral AI", "mistral"],
    ["mistralai", "mistral"],
    ["abacus-ai", "abacus"],
    ["Abacus.AI", "abacus"],
    ["arcee-ai", "arcee"],
    ["xai", "xai"],
    ["01-ai", "01ai"],
    ["baai", "baai"],
    ["ai21", "ai21"],
  ])("%s has the key %s", (org, key) => {
    expect(orgKey(org)).toBe(key);
  });

  it("maps spellings of one maker to the table's id, else to the id most records use", () => {
    const canon = orgMerger(
      new Map([
        ["mistral", 80],
        ["mistral-ai", 90],
        ["abacusai", 4],
        ["abacus-ai", 1],
        ["arcee", 1],
        ["arcee-ai", 7],
        ["xai", 3],
        ["x", 1],
      ]),
    );
    // The table names "mistral" as Mistral's id: more records under another spelling don't win.
    expect(canon("mistral-ai")).toBe("mistral");
    expect(canon("abacus-ai")).toBe("abacusai");
    expect(canon("arcee")).toBe("arcee-ai");
    // "xai" keeps its "ai": it is not "x".
    expect(canon("xai")).toBe("xai");
    expect(canon("x")).toBe("x");
    expect(canon("never-seen")).toBe("never-seen");
  });

  it("a tie in records goes to the shorter id, then the alphabetically first", () => {
    const canon = orgMerger(
      new Map([
        ["abacus-ai", 1],
        ["abacusai", 1],
      ]),
    );
    expect(canon("abacus-ai")).toBe("abacusai");
  });

  it("counts votes for two spellings of one maker together", () => {
    const votes = new OrgVotes();
    votes.add("mistral-ai", 2, "livebench");
    votes.add("mistral", 1);
    votes.add("meta", 2);
    const canon = orgMerger(
      new Map([
        ["mistral", 1],
        ["mistral-ai", 1],
        ["meta", 1],
      ]),
    );
    // Apart, meta and mistral-ai tie and meta wins by alphabet; together Mistral has 3.
    expect(votes.winner()).toBe("meta");
    expect(votes.winner(canon)).toBe("mistral");
    expect(votes.sourceOf("mistral", canon)).toBe("livebench");
  });

  it("writes AI in capitals in a made-up display name", () => {
    expect(titleCase("arcee-ai")).toBe("Arcee AI");
    expect(titleCase("black-forest-labs")).toBe("Black Forest Labs");
  });

  it("the committed catalog has no two ids of one maker", () => {
    const dir = join(import.meta.dirname, "..", "..", "data", "models");
    const orgs = new Set<string>();
    for (const f of readdirSync(dir)) {
      for (const r of [JSON.parse(readFileSync(join(dir, f), "utf8"))].flat() as { org: string }[])
        orgs.add(r.org);
    }
    const byKey = new Map<string, string[]>();
    for (const o of orgs) byKey.set(orgKey(o), [...(byKey.get(orgKey(o)) ?? []), o]);
    expect([...byKey.values()].filter((ids) => ids.length > 1)).toEqual([]);
    expect(orgs.has("mistral")).toBe(true);
    expect(orgs.has("mistral-ai")).toBe(false);
  });
});
