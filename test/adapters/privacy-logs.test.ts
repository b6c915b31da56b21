import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startDiscord } from "../../src/adapters/discord/start.ts";
import type { AdapterDeps } from "../../src/app/adapter.ts";
import { createBasicBot } from "../../src/app/bot.ts";
import { upHealth } from "../../src/app/health.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { captureLogger } from "../app/log-capture.ts";
import { FakeDiscord } from "../support/discord-fake.ts";
import { createTestEnv } from "../support/discord-harness.ts";
import { APP_ID, commandInteraction, messageCreate } from "../support/discord-payloads.ts";
import { blockActions, commandForm, SECRET, startSlackPair } from "../support/slack-app.ts";
import { postEvent, postPayload, postSigned } from "../support/slack-sign.ts";

// Every error path of each chat adapter, logged at the production level ("info"): no line may
// carry an interaction token, a response URL, or the question's text.

const engine = createEngine(loadCatalog("data"));
const MARKER = "zebra-quokka-marker";
const QUESTION = `${MARKER} gpt-5.1-codex-mini context`;

function depsWith(lines: ReturnType<typeof captureLogger>): AdapterDeps {
  const capture = captureLogger();
  capture.log.level = "info";
  Object.assign(lines, capture);
  return {
    bot: createBasicBot(engine),
    log: capture.log,
    health: () => upHealth(engine.catalog.version),
    retry: { deadlineMs: 300, baseDelayMs: 20, maxDelayMs: 50 },
  };
}

function expectClean(raw: string[], secrets: string[]) {
  const text = raw.join("");
  expect(raw.length).toBeGreaterThan(0);
  expect(text).not.toContain(MARKER);
  for (const s of secrets) expect(text).not.toContain(s);
}

describe("Slack error paths log no response URL and no question text", () => {
  const capture = {} as ReturnType<typeof captureLogger>;
  let pair: Awaited<ReturnType<typeof startSlackPair>>;
  beforeAll(async () => {
    pair = await startSlackPair("http", depsWith(capture));
    pair.fake.fail(/^\/response\//, 500, 1_000);
    pair.fake.fail(/chat\.post/, 500, 1_000);
  });
  afterAll(async () => pair.stop());

  it("a slash command, a button, a mention and a DM whose replies all fail", async () => {
    const responseId = "T1/999999/secretResponseToken123";
    const url = pair.fake.responseUrl(responseId);
    await postSigned(pair.events, commandForm(QUESTION, url), SECRET);
    const share = blockActions({ type: "button", action_id: "model_share", value: QUESTION }, url, {
      type: "message",
      is_ephemeral: true,
      channel_id: "C1",
    });
    await postPayload(pair.events, share, SECRET);
    await postEvent(
      pair.events,
      { type: "app_mention", user: "U1", text: `<@UBOT> ${QUESTION}`, ts: "1.1", channel: "C1" },
      SECRET,
    );
    await postEvent(
      pair.events,
      { type: "message", channel_type: "im", user: "U1", text: QUESTION, ts: "1.2", channel: "D1" },
      SECRET,
    );
    await vi.waitFor(
      () =>
        expect(capture.raw.filter((l) => l.includes('"level":50')).length).toBeGreaterThanOrEqual(
          4,
        ),
      { timeout: 10_000 },
    );
    expectClean(capture.raw, ["secretResponseToken123", url]);
  });
});

describe("Discord error paths log no interaction token and no question text", () => {
  const capture = {} as ReturnType<typeof captureLogger>;
  let fake: FakeDiscord;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
    const running = await startDiscord(depsWith(capture), createTestEnv(fake));
    stop = async () => {
      await running.stop();
      await fake.close();
    };
    fake.failPaths.push({ path: /^\/interactions\//, status: 500 });
    fake.failPaths.push({ path: /^\/webhooks\//, status: 500 });
    fake.failPaths.push({ path: /^\/channels\/\d+\/messages$/, status: 500 });
  });
  afterAll(async () => stop());

  it("a slash command and a mention whose replies fail", async () => {
    const i = commandInteraction("ask", { question: QUESTION });
    fake.dispatch("INTERACTION_CREATE", i);
    fake.dispatch("MESSAGE_CREATE", messageCreate(`<@${APP_ID}> ${QUESTION}`, "guild"));
    await vi.waitFor(
      () =>
        expect(capture.raw.filter((l) => l.includes('"level":40')).length).toBeGreaterThanOrEqual(
          2,
        ),
      { timeout: 15_000 },
    );
    expectClean(capture.raw, [i.token, fake.validToken]);
  });
});
