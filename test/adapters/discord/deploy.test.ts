import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/adapters/discord/commands.ts";
import { deployCommands } from "../../../src/adapters/discord/deploy.ts";
import { INVITE_PERMISSIONS, inviteUrl } from "../../../src/adapters/discord/invite.ts";
import { FakeDiscord } from "../../support/discord-fake.ts";
import { createTestEnv, TEST_TOKEN } from "../../support/discord-harness.ts";
import { APP_ID } from "../../support/discord-payloads.ts";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => fake.close());

const GUILD = "900000000000000099";

describe("deployCommands", () => {
  it.each([
    ["guild", GUILD, `/api/v10/applications/${APP_ID}/guilds/${GUILD}/commands`],
    ["global", undefined, `/api/v10/applications/${APP_ID}/commands`],
  ] as const)("puts the commands to the %s route", async (scope, guildId, path) => {
    const result = await deployCommands(createTestEnv(fake, guildId));
    expect(result).toMatchObject({ scope, count: COMMANDS.length });
    const put = await fake.waitFor((r) => r.method === "PUT" && r.path === path);
    expect(put.body).toEqual(COMMANDS);
  });
});

describe("COMMANDS", () => {
  it("declares the five commands, each with private and valid names", () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(["model", "ask", "compare", "top", "transparency"]);
    for (const c of COMMANDS) {
      expect(c.name).toMatch(/^[a-z]{1,32}$/);
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect(c.options?.length).toBeLessThanOrEqual(25);
      expect(c.options?.map((o) => o.name)).toContain("private");
      for (const o of c.options ?? []) expect(o.description.length).toBeLessThanOrEqual(100);
    }
  });

  it("installs to servers and to users, and works in servers, the bot's DM and other DMs", () => {
    for (const c of COMMANDS) {
      expect(c.integration_types, c.name).toEqual([0, 1]);
      expect(c.contexts, c.name).toEqual([0, 1, 2]);
    }
  });

  it("gives /compare four autocompleted model options, the first two required", () => {
    const compare = COMMANDS.find((c) => c.name === "compare");
    const models = (compare?.options ?? []).filter((o) => o.name.startsWith("model"));
    expect(
      models.map((o) => [o.name, o.required ?? false, "autocomplete" in o && o.autocomplete]),
    ).toEqual([
      ["model1", true, true],
      ["model2", true, true],
      ["model3", false, true],
      ["model4", false, true],
    ]);
  });

  it("invites with the permissions mentions in threads need (277025507328, as the README says)", () => {
    const url = new URL(inviteUrl("123"));
    expect(url.searchParams.get("permissions")).toBe("277025507328");
    expect(url.searchParams.get("scope")).toBe("bot applications.commands");
    expect(readFileSync("README.md", "utf8")).toContain(`permissions=${INVITE_PERMISSIONS}`);
  });

  it("never carries the token in what it sends", () => {
    expect(JSON.stringify(COMMANDS)).not.toContain(TEST_TOKEN);
  });
});
