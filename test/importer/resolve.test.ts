import { describe, expect, it } from "vitest";
import { cleanCandidates, splitDate } from "../../src/importer/ids.ts";
import type { ProviderOffer } from "../../src/importer/models-dev.ts";
import { refinedByName } from "../../src/importer/offers.ts";
import { displayNameAgrees } from "../../src/importer/resolve/compare.ts";
import { type GoldItem, scorePairs } from "../../src/importer/resolve/score.ts";

const cleanest = (id: string) => cleanCandidates(id).at(-1);
const offer = (providerModelId: string, name: string): ProviderOffer => ({
  provider: "p",
  providerName: "P",
  providerModelId,
  data: { name },
});

describe("entity resolution rules", () => {
  it.each([
    ["openai.gpt-oss-120b-1:0", "gpt-oss-120b"],
    ["us.anthropic.claude-opus-4-1-20250805-v1:0", "claude-opus-4-1-20250805"],
    ["llama-4-maverick-17b-128e-instruct-fp8", "llama-4-maverick-17b-instruct"],
    ["cerebras-llama-4-maverick-17b-128e-instruct", "llama-4-maverick-17b-instruct"],
    ["Llama-4-Scout-17B-16E-Instruct", "llama-4-scout-17b-instruct"],
    ["kimi-k2-0711-preview", "kimi-k2"],
    ["Kimi-K2-Instruct-0905", "kimi-k2-0905"],
    ["moonshot-kimi-k2-instruct", "kimi-k2"],
    ["deepseek-chat-v3-0324", "deepseek-v3-0324"],
    ["deepseek-v3.1-terminus-thinking", "deepseek-v3.1-terminus"],
    ["qwen.qwen3-235b-a22b-2507-v1:0", "qwen3-235b-a22b-instruct-2507"],
    ["qwen3-235b-a22b-thinking-2507", "qwen3-235b-a22b-thinking-2507"],
    ["Mistral-Large-Instruct-2411", "mistral-large-2411"],
    ["claude-3.5-sonnet-v2", "claude-3-5-sonnet-20241022"],
    ["gemini-flash-1.5", "gemini-1.5-flash"],
    ["qwen3-32b-cs", "qwen3-32b"],
  ])("%s is cleaned to %s", (id, want) => {
    expect(cleanest(id)).toBe(want);
  });

  it("keeps month-day stamps of new checkpoints apart, and splits snapshot dates", () => {
    expect(splitDate("kimi-k-2-0905")).toBeUndefined();
    expect(splitDate("deepseek-v-3-0324")).toBeUndefined();
    expect(splitDate("deepseek-r-1-0528")).toBeUndefined();
    expect(splitDate("gpt-4-0613")).toEqual({ baseKey: "gpt-4", date: "06-13" });
  });

  it("reads a display name that names the model more exactly than the id", () => {
    expect(refinedByName(offer("deepseek/deepseek-v3", "DeepSeek V3 0324"))).toBe(
      "deepseek-v3-0324",
    );
    expect(refinedByName(offer("deepseek.v3-v1:0", "DeepSeek-V3.1"))).toBe("deepseek-v3.1");
    expect(refinedByName(offer("moonshotai/kimi-k2", "Kimi K2 0711"))).toBe("kimi-k2");
    expect(refinedByName(offer("alibaba/qwen-3-235b", "Qwen3 235B A22B Instruct 2507"))).toBe(
      "qwen3-235b-a22b-instruct-2507",
    );
    // A region label or a year is no refinement.
    expect(refinedByName(offer("claude-sonnet-4-5", "Claude Sonnet 4.5 (EU)"))).toBeUndefined();
    expect(refinedByName(offer("gpt-4o", "GPT-4o (2024)"))).toBeUndefined();
  });

  it("lets a display name settle a base_model link the id contradicts", () => {
    expect(displayNameAgrees("Claude Sonnet 4.5", "Claude Sonnet 4.5", "claude-sonnet-4-5")).toBe(
      true,
    );
    expect(
      displayNameAgrees(
        "Mistral Large 3 675B Instruct 2512",
        "Mistral Large 3",
        "mistral-large-2512",
      ),
    ).toBe(true);
    expect(
      displayNameAgrees(
        "Mistral Small 3.2 24B Instruct (2506)",
        "Mistral Small 3.2",
        "mistral-small-2506",
      ),
    ).toBe(true);
    expect(
      displayNameAgrees("Qwen3 235B A22B Instruct 2507", "Qwen3 235B-A22B", "qwen3-235b-a22b"),
    ).toBe(false);
    expect(displayNameAgrees("Mistral Small 2503", "Mistral Small 4", "mistral-small-2603")).toBe(
      false,
    );
    expect(displayNameAgrees("Deepseek R1 Distill Qwen 32B", "DeepSeek-R1", "deepseek-r1")).toBe(
      false,
    );
  });
});

describe("pairwise scoring", () => {
  const g = (model: string, id: string): GoldItem => ({ model, source: "s", id, evidence: "e" });
  it("counts merged pairs against precision and split pairs against recall", () => {
    const gold = [g("a", "1"), g("a", "2"), g("b", "3"), g("b", "4")];
    const perfect = scorePairs(gold, (x) => x.model);
    expect([perfect.precision, perfect.recall]).toEqual([1, 1]);
    const merged = scorePairs(gold, () => "one");
    expect(merged.precision).toBeCloseTo(2 / 6);
    expect(merged.recall).toBe(1);
    const split = scorePairs(gold, (x) => (x.id === "2" ? undefined : x.model));
    expect(split.precision).toBe(1);
    expect(split.recall).toBe(0.5);
    expect(split.placed).toBe(3);
  });
});

describe("trust among listings", () => {
  it("ranks the maker's own API over first-party clouds over resellers", async () => {
    const { listingRank } = await import("../../src/importer/offers.ts");
    const { RANK } = await import("../../src/importer/draft.ts");
    expect(listingRank("anthropic", "anthropic")).toBe(RANK.makerApi);
    expect(listingRank("moonshotai-cn", "moonshotai")).toBe(RANK.makerApi);
    expect(listingRank("amazon-bedrock", "anthropic")).toBe(RANK.cloud);
    expect(listingRank("openrouter", "anthropic")).toBe(RANK.providers);
    expect(RANK.maker < RANK.makerApi && RANK.makerApi < RANK.cloud).toBe(true);
    expect(RANK.cloud < RANK.providers && RANK.providers < RANK.llmStats).toBe(true);
  });
});
