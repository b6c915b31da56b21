import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CapturedRequest, FakeDiscord } from "../../support/discord-fake.ts";
import { startTestDiscord } from "../../support/discord-harness.ts";
import { collectTexts, findLimitViolations, findLiveMarkup } from "../../support/discord-limits.ts";
import {
  APP_ID,
  asUserInstallInGroupDm,
  autocompleteInteraction,
  buttonInteraction,
  CHANNEL_ID,
  commandInteraction,
  DM_CHANNEL_ID,
  messageCreate,
  OTHER_BOT,
} from "../../support/discord-payloads.ts";

// A real discord.js Client, logged in to the fake Discord over loopback, on the bundled data.

interface Callback {
  type: number;
  data: {
    flags?: number;
    content?: string;
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
    components?: { components: { custom_id?: string; label?: string }[] }[];
    choices?: { name: string; value: string }[];
    allowed_mentions?: unknown;
  };
}

let fake: FakeDiscord;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ fake, stop } = await startTestDiscord());
});
afterAll(async () => stop());

async function callbackOf(interaction: { id: string }): Promise<Callback> {
  fake.dispatch("INTERACTION_CREATE", interaction);
  const prefix = `/api/v10/interactions/${interaction.id}/`;
  const r = await fake.waitFor((c) => c.method === "POST" && c.path.startsWith(prefix));
  return r.body as Callback;
}

function replyTo(message: { id: string }): Promise<CapturedRequest> {
  return fake.waitFor((r) => {
    const body = r.body as { message_reference?: { message_id?: string } } | undefined;
    return r.method === "POST" && body?.message_reference?.message_id === message.id;
  });
}

const NO_PINGS = { parse: [], replied_user: false };

describe("slash commands", () => {
  it("answers /model model:gpt-5.1-codex-mini topic:context with 400K in a public embed", async () => {
    const cb = await callbackOf(
      commandInteraction("model", { model: "gpt-5.1-codex-mini", topic: "context" }),
    );
    expect(cb.type).toBe(4);
    expect(cb.data.flags ?? 0).toBe(0);
    expect(JSON.stringify(cb.data.embeds)).toContain("400K");
    expect(cb.data.allowed_mentions).toEqual(NO_PINGS);
    expect(findLimitViolations(cb.data)).toEqual([]);
  });

  it("answers privately (ephemeral flag 64) when private:true", async () => {
    const cb = await callbackOf(
      commandInteraction("model", { model: "gpt-5.1-codex-mini", private: true }),
    );
    expect(cb.data.flags).toBe(64);
    expect(cb.data.embeds?.[0]?.title).toContain("GPT-5.1 Codex Mini");
  });

  it.each([
    ["ask", { question: "what is the context window of gpt-5.1-codex-mini?" }],
    ["compare", { model1: "gpt-5.1-codex-mini", model2: "gpt-4o" }],
    ["top", { benchmark: "webdev-arena", count: 3 }],
    ["transparency", { model: "gpt-5.1-codex-mini" }],
  ] as const)("answers /%s with an embed inside the limits", async (name, options) => {
    const cb = await callbackOf(commandInteraction(name, options));
    expect(cb.type).toBe(4);
    expect(cb.data.embeds).toHaveLength(1);
    expect(findLimitViolations(cb.data)).toEqual([]);
    expect(cb.data.allowed_mentions).toEqual(NO_PINGS);
  });

  it("pings no one and shows no live mention or link when the question is hostile", async () => {
    const hostile = "@everyone <@123> <@&456> [click](https://evil.example) gpt-5.1-codex-mini";
    const cb = await callbackOf(commandInteraction("ask", { question: hostile }));
    expect(cb.data.allowed_mentions).toEqual(NO_PINGS);
    expect(collectTexts(cb.data).flatMap(findLiveMarkup)).toEqual([]);
    expect(JSON.stringify(cb.data)).not.toMatch(/\]\(https:\/\/evil/);
  });
});

describe("user installs", () => {
  it("answers a command used from a user install in a group DM the bot is not in", async () => {
    const cb = await callbackOf(
      asUserInstallInGroupDm(
        commandInteraction("model", { model: "gpt-5.1-codex-mini", topic: "context" }),
      ),
    );
    expect(cb.type).toBe(4);
    expect(JSON.stringify(cb.data.embeds)).toContain("400K");
    expect(cb.data.allowed_mentions).toEqual(NO_PINGS);
    expect(findLimitViolations(cb.data)).toEqual([]);
  });

  it("compares models given as model1..model4 there too", async () => {
    const cb = await callbackOf(
      asUserInstallInGroupDm(
        commandInteraction("compare", {
          model1: "gpt-4o",
          model2: "claude sonnet 4.5",
          model3: "gemini 2.5 pro",
        }),
      ),
    );
    const text = JSON.stringify(cb.data.embeds);
    expect(text).toMatch(/GPT-4o[\s\S]*Claude Sonnet 4\.5[\s\S]*Gemini 2\.5 Pro/);
  });
});

describe("autocomplete", () => {
  it.each(["model1", "model2", "model3", "model4"])(
    "completes /compare %s, a name being typed before what typo repair reads it as",
    async (option) => {
      const cb = await callbackOf(autocompleteInteraction("compare", option, "clau"));
      const names = cb.data.choices?.map((c) => c.name) ?? [];
      expect(names[0]).toMatch(/^Claude /);
      const claw = names.findIndex((n) => n.startsWith("Claw"));
      if (claw >= 0) expect(claw).toBeGreaterThan(names.findIndex((n) => n.startsWith("Claude")));
    },
  );

  it("offers the core's model matches, at most 25", async () => {
    const cb = await callbackOf(autocompleteInteraction("model", "model", "codex"));
    expect(cb.type).toBe(8);
    expect(cb.data.choices?.length).toBeLessThanOrEqual(25);
    expect(cb.data.choices).toContainEqual({
      name: "GPT-5.1 Codex Mini (OpenAI)",
      value: "gpt-5.1-codex-mini",
    });
  });

  it.each([
    ["top", "benchmark", "webdev", "webdev-arena"],
    ["model", "topic", "context", "context_length"],
  ])("fills /%s %s from the core", async (command, option, typed, value) => {
    const cb = await callbackOf(autocompleteInteraction(command, option, typed));
    expect(cb.data.choices?.map((c) => c.value)).toContain(value);
  });
});

describe("follow-up buttons", () => {
  it("re-asks a button's question, publicly under a public message", async () => {
    const first = await callbackOf(commandInteraction("model", { model: "gpt-5.1-codex-mini" }));
    const ids = first.data.components?.flatMap((r) => r.components.map((b) => b.custom_id)) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    const cb = await callbackOf(buttonInteraction("ask:0:gpt-5.1-codex-mini context"));
    expect(cb.type).toBe(4);
    expect(cb.data.flags ?? 0).toBe(0);
    expect(JSON.stringify(cb.data.embeds)).toContain("400K");
  });

  it("stays private under a private message", async () => {
    const cb = await callbackOf(buttonInteraction("ask:0:gpt-5.1-codex-mini context", 64));
    expect(cb.data.flags).toBe(64);
  });

  it("says a forgotten long follow-up has expired, privately", async () => {
    const cb = await callbackOf(buttonInteraction("ask#forgotten"));
    expect(cb.data.flags).toBe(64);
    expect(cb.data.content).toMatch(/expired/);
  });
});

describe("mentions and DMs", () => {
  it("answers an @mention in a server as a reply that pings no one", async () => {
    const ignored = messageCreate("gpt-5.1-codex-mini context", "guild");
    const fromBot = messageCreate(`<@${APP_ID}> gpt-5.1-codex-mini context`, "guild", OTHER_BOT);
    const asked = messageCreate(`<@${APP_ID}> gpt-5.1-codex-mini context`, "guild");
    for (const m of [ignored, fromBot, asked]) fake.dispatch("MESSAGE_CREATE", m);
    const r = await replyTo(asked);
    expect(r.path).toBe(`/api/v10/channels/${CHANNEL_ID}/messages`);
    const body = r.body as Callback["data"];
    expect(JSON.stringify(body.embeds)).toContain("400K");
    expect(body.allowed_mentions).toEqual(NO_PINGS);
    expect(r.body).toMatchObject({ message_reference: { fail_if_not_exists: false } });
    expect(findLimitViolations(body)).toEqual([]);
    // Events arrive in order and the ignored ones are dropped before any await.
    const repliedTo = fake.requests.map(
      (q) =>
        (q.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id,
    );
    expect(repliedTo).not.toContain(ignored.id);
    expect(repliedTo).not.toContain(fromBot.id);
  });

  it("answers a DM without a mention", async () => {
    const dm = messageCreate("gpt-5.1-codex-mini context", "dm");
    fake.dispatch("MESSAGE_CREATE", dm);
    const r = await replyTo(dm);
    expect(r.path).toBe(`/api/v10/channels/${DM_CHANNEL_ID}/messages`);
    expect(JSON.stringify(r.body)).toContain("400K");
  });
});
