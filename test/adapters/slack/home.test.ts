import { describe, expect, it } from "vitest";
import { homeView, watchesSection } from "../../../src/adapters/slack/home.ts";
import type { AdapterDeps } from "../../../src/app/adapter.ts";
import type { Watch } from "../../../src/app/state/types.ts";
import { createTestDeps } from "../../support/slack-app.ts";
import { checkSlackLimits, collectText } from "../../support/slack-limits.ts";

function watch(id: number, platform: string, channel: string, label: string): Watch {
  return { id, platform, channel, kind: "org", target: "x", label, createdBy: "U1", createdMs: 0 };
}

function depsWith(watches: Watch[] | Error): AdapterDeps {
  const all = async () => {
    if (watches instanceof Error) throw watches;
    return watches;
  };
  return { ...createTestDeps(), state: { watches: { all } } } as unknown as AdapterDeps;
}

const viewer = { user: "U1", team: "T1" };

describe("the App Home's watches", () => {
  it("lists this workspace's Slack watches, not Discord's", async () => {
    const deps = depsWith([
      watch(1, "slack", "C0123ABCD", "new models from Anthropic"),
      watch(2, "discord", "900000000000000011", "price of GPT-4o"),
    ]);
    const view = await homeView(deps, viewer, [watchesSection(deps)]);
    const text = collectText(view).join("\n");
    expect(text).toContain("new models from Anthropic in <#C0123ABCD>");
    expect(text).not.toContain("GPT-4o");
  });

  it("says how to add one when there are none, and stands when the store fails", async () => {
    const none = depsWith([]);
    expect(collectText(await homeView(none, viewer, [watchesSection(none)])).join("\n")).toContain(
      "/model watch new models",
    );
    const failing = depsWith(new Error("database away"));
    const view = await homeView(failing, viewer, [watchesSection(failing)]);
    expect(collectText(view).join("\n")).toContain("AI language models");
  });

  it("shows the first 20 of many and counts the rest", async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      watch(i, "slack", `C00000${i}X`, `watch ${i}`),
    );
    const deps = depsWith(many);
    const text = collectText(await homeView(deps, viewer, [watchesSection(deps)])).join("\n");
    expect(text).toContain("…and 5 more");
    expect(text).not.toContain("watch 20 ");
  });

  it("has no watches section without a state store", async () => {
    expect(await watchesSection(createTestDeps())(viewer)).toEqual([]);
    expect(checkSlackLimits(await homeView(createTestDeps(), viewer))).toEqual([]);
  });
});
