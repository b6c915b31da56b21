import { describe, expect, it } from "vitest";
import { suggestChoices } from "../../../src/adapters/discord/autocomplete.ts";
import { FollowUpCodec } from "../../../src/adapters/discord/follow-ups.ts";
import type { Choice, Engine } from "../../../src/core/engine/engine.ts";

/** An engine whose pickers ignore the limit and return awkward choices, as a careless one might. */
function createGreedyEngine(choices: Choice[]): Engine {
  const unused = () => {
    throw new Error("not used");
  };
  return {
    catalog: undefined as never,
    ask: unused,
    suggestModels: () => choices,
    suggestBenchmarks: () => choices.slice(0, 2),
    suggestTopics: () => choices.slice(0, 3),
  };
}

const many = Array.from({ length: 40 }, (_, i) => ({ label: `Model ${i}`, value: `model-${i}` }));

describe("suggestChoices", () => {
  it("sends at most 25 choices even when the engine offers more", () => {
    expect(suggestChoices(createGreedyEngine(many), "model", "mod")).toHaveLength(25);
  });

  it("cuts long names, skips values over 100 characters, empty and repeated values", () => {
    const engine = createGreedyEngine([
      { label: "L".repeat(150), value: "long-label" },
      { label: "Too long", value: "v".repeat(101) },
      { label: "Empty", value: "" },
      { label: "Again", value: "long-label" },
      { label: "  ", value: "blank-label" },
    ]);
    const choices = suggestChoices(engine, "model", "x");
    expect(choices.map((c) => c.value)).toEqual(["long-label", "blank-label"]);
    expect(choices[0]?.name).toHaveLength(100);
    expect(choices[1]?.name).toBe("blank-label");
  });

  it.each([
    ["model", 25],
    ["benchmark", 2],
    ["topic", 3],
    ["question", 0],
  ])("asks the matching picker for the %s option", (option, count) => {
    expect(suggestChoices(createGreedyEngine(many), option, "")).toHaveLength(count);
  });
});

describe("FollowUpCodec", () => {
  it("round-trips short questions inside the custom_id", async () => {
    const codec = new FollowUpCodec();
    const id = codec.encode("gpt-5.1-codex-mini context", 3);
    expect(id).toBe("ask:3:gpt-5.1-codex-mini context");
    expect(await new FollowUpCodec().decode(id)).toEqual({
      kind: "query",
      query: "gpt-5.1-codex-mini context",
    });
  });

  it("remembers long questions, and says expired when the memory is gone", async () => {
    const codec = new FollowUpCodec(2);
    const long = `compare ${"a-very-long-model-name ".repeat(6)}`;
    const id = codec.encode(long, 0);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(await codec.decode(id)).toEqual({ kind: "query", query: long });
    expect(await new FollowUpCodec().decode(id)).toEqual({ kind: "expired" });
    codec.encode(`${long}b`, 1);
    codec.encode(`${long}c`, 2);
    expect(await codec.decode(id)).toEqual({ kind: "expired" });
  });

  it("finds a long question another process remembered in the shared state", async () => {
    const shared = new Map<string, string>();
    const store = {
      put: async (k: string, v: string) => void shared.set(k, v),
      get: async (k: string) => shared.get(k),
      delete: async (k: string) => void shared.delete(k),
    };
    const long = `compare ${"a-very-long-model-name ".repeat(6)}`;
    const id = new FollowUpCodec(10, store).encode(long, 0);
    await new Promise((r) => setTimeout(r, 0));
    expect(await new FollowUpCodec(10, store).decode(id)).toEqual({ kind: "query", query: long });
  });

  it.each(["", "share", "ask:", "ask:x:y", "ask#"])(
    "does not claim the custom_id %j",
    async (id) => {
      expect(await new FollowUpCodec().decode(id)).toBeNull();
    },
  );
});
