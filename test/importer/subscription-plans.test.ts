import { describe, expect, it } from "vitest";
import type { ProviderOffer } from "../../src/importer/models-dev.ts";
import { listingFromOffer } from "../../src/importer/toml-facts.ts";

const FROM = { source: "models.dev", asOf: "2026-07-02" };
const offer = (provider: string, providerName: string, input: number, output: number) =>
  ({
    provider,
    providerName,
    providerModelId: "glm-5",
    data: { cost: { input, output }, limit: { context: 200_000 } },
  }) satisfies ProviderOffer;

describe("subscription plans' $0", () => {
  it.each([
    ["alibaba-coding-plan", "Alibaba Coding Plan"],
    ["minimax-coding-plan", "MiniMax Token Plan (minimax.io)"],
    ["xiaomi-token-plan-ams", "Xiaomi Token Plan (Europe)"],
    ["kimi-for-coding", "Kimi For Coding"],
  ])("%s lists no per-token price, so no free one", (id, name) => {
    const l = listingFromOffer(offer(id, name, 0, 0), FROM);
    expect(l.price).toBeUndefined();
    // The listing itself stays: the plan does serve the model.
    expect(l).toMatchObject({ provider: id, providerName: name, context: 200_000 });
  });

  it("keeps a plan's real per-token price and other providers' $0", () => {
    expect(
      listingFromOffer(offer("alibaba-coding-plan", "Alibaba Coding Plan", 1, 4), FROM).price,
    ).toEqual({ input: 1, output: 4 });
    expect(listingFromOffer(offer("openrouter", "OpenRouter", 0, 0), FROM).price).toEqual({
      input: 0,
      output: 0,
    });
    expect(listingFromOffer(offer("planetscale", "Planet AI", 0, 0), FROM).price).toEqual({
      input: 0,
      output: 0,
    });
  });
});
