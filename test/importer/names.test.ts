import { describe, expect, it } from "vitest";
import { CLAIM, Draft } from "../../src/importer/draft.ts";
import { settleNames } from "../../src/importer/names.ts";
import { findTwins } from "../../src/importer/twins.ts";

const draft = (id: string, canonical: boolean, name = id) => new Draft(id, name, "org", canonical);

describe("settleNames", () => {
  it.each([
    {
      why: "a record's own id beats any claim on it",
      a: draft("gpt-4o", true),
      b: draft("gpt-4o-mini", false),
      name: "GPT-4o",
      strengthA: undefined,
      strengthB: CLAIM.stated,
      winner: "gpt-4o",
    },
    {
      why: "a name a source stated beats a display name",
      a: draft("llama-3.3-70b-instruct", false),
      b: draft("llama-3.3-70b-versatile", false),
      name: "Llama 3.3 70B",
      strengthA: CLAIM.matched,
      strengthB: CLAIM.display,
      winner: "llama-3.3-70b-instruct",
    },
    {
      why: "among equal claims a canonical record wins",
      a: draft("x-chat", false),
      b: draft("x-1", true),
      name: "X",
      strengthA: CLAIM.display,
      strengthB: CLAIM.display,
      winner: "x-1",
    },
    {
      why: "among canonical records the undated id wins",
      a: draft("claude-sonnet-4-5-20250929", true),
      b: draft("claude-sonnet-4-5", true),
      name: "Claude Sonnet 4.5",
      strengthA: CLAIM.display,
      strengthB: CLAIM.display,
      winner: "claude-sonnet-4-5",
    },
  ])("$why", ({ a, b, name, strengthA, strengthB, winner }) => {
    if (strengthA !== undefined) a.addName(name, "alias", strengthA);
    if (strengthB !== undefined) b.addName(name, "alias", strengthB);
    const { keep, losses } = settleNames([a, b]);
    const kept = [a, b].filter((d) => [...d.names.values()].some((c) => keep(d, c)));
    expect(kept.map((d) => d.id)).toEqual(
      winner === a.id && strengthA === undefined ? [] : [winner],
    );
    expect(losses).toHaveLength(1);
    expect(losses[0]?.to).toBe(winner);
  });
});

describe("findTwins", () => {
  it("pairs a dated canonical record with its undated '(latest)' record only", () => {
    const dated = draft("claude-sonnet-4-5-20250929", true, "Claude Sonnet 4.5");
    const latest = draft("claude-sonnet-4-5", true, "Claude Sonnet 4.5 (latest)");
    const gpt = draft("gpt-4o", true, "GPT-4o");
    const gptDated = draft("gpt-4o-2024-08-06", true, "GPT-4o (2024-08-06)");
    const twins = findTwins([dated, latest, gpt, gptDated]);
    expect([...twins].map(([d, u]) => [d.id, u.id])).toEqual([
      ["claude-sonnet-4-5-20250929", "claude-sonnet-4-5"],
    ]);
  });
});
