import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CapturedRequest, FakeDiscord } from "../../support/discord-fake.ts";
import { startTestDiscord } from "../../support/discord-harness.ts";
import {
  APP_ID,
  CHANNEL_ID,
  commandInteraction,
  messageCreate,
} from "../../support/discord-payloads.ts";
import { readPng } from "../../support/png.ts";

// A real discord.js Client against the fake Discord: the text answer goes out first, then an edit
// of the same message adds the PNG as an attachment shown as the embed's image.

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  image?: { url?: string };
}
interface Body {
  embeds?: Embed[];
  attachments?: { id: number | string; filename?: string; description?: string }[];
  flags?: number;
  data?: { embeds?: Embed[]; flags?: number };
}

let fake: FakeDiscord;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ fake, stop } = await startTestDiscord());
});
afterAll(async () => stop());

const indexOf = (r: CapturedRequest) => fake.requests.indexOf(r);

function expectChartEdit(edit: CapturedRequest, title: string | undefined) {
  const body = edit.body as Body;
  expect(body.embeds?.[0]?.title).toBe(title);
  expect(body.embeds?.[0]?.image?.url).toBe("attachment://chart.png");
  expect(body.attachments?.[0]?.description).toMatch(/chart|plot/i);
  const file = edit.files[0];
  expect(file?.filename).toBe("chart.png");
  const png = readPng(file?.data ?? Buffer.alloc(0));
  expect(png.complete).toBe(true);
  expect(png.width).toBeGreaterThanOrEqual(1200);
}

/** The interaction's reply, then the edit of @original that carries the chart. */
async function commandWithChart(question: string, privately = false) {
  const interaction = commandInteraction("ask", {
    question,
    ...(privately ? { private: true } : {}),
  });
  fake.dispatch("INTERACTION_CREATE", interaction);
  const callback = await fake.waitFor(
    (r) => r.method === "POST" && r.path.startsWith(`/api/v10/interactions/${interaction.id}/`),
  );
  const edit = await fake.waitFor(
    (r) =>
      r.method === "PATCH" &&
      r.path === `/api/v10/webhooks/${APP_ID}/${interaction.token}/messages/@original`,
  );
  return { callback, edit, data: (callback.body as Body).data };
}

describe("charts in Discord", () => {
  for (const question of [
    "top 10 on livebench coding",
    "compare gpt-5 and claude opus 4.5 on livebench",
    "price vs livebench score for open weights models",
    "gpt-4o livebench history",
  ]) {
    it(`/ask "${question}": text first, then the chart as the embed's image`, async () => {
      const { callback, edit, data } = await commandWithChart(question);
      expect(indexOf(callback)).toBeLessThan(indexOf(edit));
      expect(data?.embeds?.[0]?.image).toBeUndefined();
      // The answer itself (a description, or a comparison's columns as fields) came first.
      const embed = data?.embeds?.[0];
      const said = [embed?.description ?? "", ...(embed?.fields ?? []).map((f) => f.value)];
      expect(said.join("").length).toBeGreaterThan(20);
      expectChartEdit(edit, data?.embeds?.[0]?.title);
    });
  }

  it("adds the chart to a private answer too, which stays private", async () => {
    const { edit, data } = await commandWithChart("top 5 on livebench", true);
    expect((data?.flags ?? 0) & 64).toBe(64);
    expectChartEdit(edit, data?.embeds?.[0]?.title);
  });

  it("edits an @mention's reply to carry the chart", async () => {
    const asked = messageCreate(`<@${APP_ID}> top 10 on livebench coding`, "guild");
    fake.dispatch("MESSAGE_CREATE", asked);
    const reply = await fake.waitFor(
      (r) =>
        r.method === "POST" &&
        (r.body as { message_reference?: { message_id?: string } })?.message_reference
          ?.message_id === asked.id,
    );
    const title = (reply.body as Body).embeds?.[0]?.title;
    const edit = await fake.waitFor(
      (r) =>
        r.method === "PATCH" &&
        r.path.startsWith(`/api/v10/channels/${CHANNEL_ID}/messages/`) &&
        (r.body as Body)?.embeds?.[0]?.title === title,
    );
    expect(indexOf(reply)).toBeLessThan(indexOf(edit));
    expectChartEdit(edit, title);
  });

  it("sends no edit for an answer without a chart", async () => {
    const interaction = commandInteraction("ask", { question: "gpt-5.1-codex-mini context" });
    fake.dispatch("INTERACTION_CREATE", interaction);
    await fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${interaction.id}/`));
    // A later chart's edit arrives; had this answer had one, its edit would have come first.
    await commandWithChart("top 5 on livebench coding");
    expect(
      fake.requests.some((r) => r.path.includes(`/webhooks/${APP_ID}/${interaction.token}/`)),
    ).toBe(false);
  });
});
