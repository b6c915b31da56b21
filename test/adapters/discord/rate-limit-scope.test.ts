import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeDiscord } from "../../support/discord-fake.ts";
import { startTestDiscord } from "../../support/discord-harness.ts";
import { APP_ID, CHANNEL_ID, GUILD, messageCreate } from "../../support/discord-payloads.ts";

// A long Retry-After from Discord's REST holds back the one answer it was for: discord.js keeps a
// queue per route (a channel's messages are their own bucket), so another channel's answer goes
// out meanwhile. Over the fake Discord REST on loopback, with the real discord.js client.

const SLOW_CHANNEL = "900000000000000021";
const RETRY_AFTER_S = 6;

let harness: Awaited<ReturnType<typeof startTestDiscord>>;
let fake: FakeDiscord;
beforeAll(async () => {
  harness = await startTestDiscord();
  fake = harness.fake;
  fake.dispatch("CHANNEL_CREATE", {
    id: SLOW_CHANNEL,
    type: 0,
    guild_id: GUILD.id,
    name: "slow",
    position: 1,
    permission_overwrites: [],
  });
});
afterAll(() => harness.stop());

const answerTo = (channel: string, messageId: string) =>
  fake.waitFor(
    (r) =>
      r.method === "POST" &&
      r.path === `/api/v10/channels/${channel}/messages` &&
      (r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference
        ?.message_id === messageId &&
      r.response !== undefined &&
      (r.response as { retry_after?: unknown }).retry_after === undefined,
  );

describe("Discord: a rate-limited answer waits alone", () => {
  it("answers in another channel while one channel waits out a long Retry-After", async () => {
    fake.rateLimits.push({
      path: new RegExp(`^/channels/${SLOW_CHANNEL}/messages$`),
      retryAfterS: RETRY_AFTER_S,
      remaining: 1,
    });
    const slow = {
      ...messageCreate(`<@${APP_ID}> gpt-4o context`, "guild"),
      channel_id: SLOW_CHANNEL,
    };
    fake.dispatch("MESSAGE_CREATE", slow);
    const limited = await fake.waitFor(
      (r) => r.path === `/api/v10/channels/${SLOW_CHANNEL}/messages` && r.response !== undefined,
    );
    expect(limited.response).toMatchObject({ retry_after: RETRY_AFTER_S });
    const limitedAt = Date.now();
    let slowAnswered = false;
    const slowAnswer = answerTo(SLOW_CHANNEL, slow.id).then((r) => {
      slowAnswered = true;
      return r;
    });

    const fast = messageCreate(`<@${APP_ID}> claude sonnet 4.5`, "guild");
    fake.dispatch("MESSAGE_CREATE", fast);
    await answerTo(CHANNEL_ID, fast.id);
    // The other channel's answer went out while the slow one still waited for its retry.
    expect(slowAnswered).toBe(false);

    await slowAnswer;
    // And the rate-limited answer did wait out its Retry-After, then went out once.
    expect(Date.now() - limitedAt).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - 500);
    const posts = fake.requests.filter(
      (r) => r.method === "POST" && r.path === `/api/v10/channels/${SLOW_CHANNEL}/messages`,
    );
    expect(posts).toHaveLength(2);
  }, 30_000);
});
