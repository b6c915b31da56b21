import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CapturedRequest, FakeDiscord } from "../../support/discord-fake.ts";
import { startTestDiscord } from "../../support/discord-harness.ts";
import { commandInteraction } from "../../support/discord-payloads.ts";

let fake: FakeDiscord;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ fake, stop } = await startTestDiscord());
});
afterAll(async () => stop());

function callbackOf(id: string): Promise<CapturedRequest> {
  return fake.waitFor(
    (r) => r.method === "POST" && r.path.startsWith(`/api/v10/interactions/${id}/`),
  );
}

describe("Discord gateway", () => {
  it("answers /model with the context window in an embed", async () => {
    const i = commandInteraction("model", { model: "gpt-5.1-codex-mini", topic: "context" });
    fake.dispatch("INTERACTION_CREATE", i);
    const r = await callbackOf(i.id);
    console.log(JSON.stringify(r.body, null, 1));
    expect(JSON.stringify(r.body)).toContain("400K");
  });
});
