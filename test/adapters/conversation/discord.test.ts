import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CapturedRequest, FakeDiscord } from "../../support/discord-fake.ts";
import { startTestDiscord } from "../../support/discord-harness.ts";
import { collectTexts } from "../../support/discord-limits.ts";
import {
  APP_ID,
  BOT_USER,
  CHANNEL_ID,
  commandInteraction,
  messageCreate,
} from "../../support/discord-payloads.ts";

// Follow-ups in a Discord reply chain and over slash commands, through the real discord.js
// client against the fake Discord.

let fake: FakeDiscord;
let stop: () => Promise<void>;
beforeAll(async () => {
  const t = await startTestDiscord();
  fake = t.fake;
  stop = t.stop;
});
afterAll(async () => {
  await stop();
});

const text = (r: CapturedRequest) => collectTexts(r.body as never).join("\n");
let seen = 0;
const posts = () =>
  fake.requests.filter(
    (x) => x.method === "POST" && x.path === `/api/v10/channels/${CHANNEL_ID}/messages`,
  );
/** The next message the bot posts in the channel (a reply), after those already read. */
async function nextPost(): Promise<CapturedRequest> {
  const n = ++seen;
  await fake.waitFor(() => posts().length >= n);
  const post = posts()[n - 1];
  if (post === undefined) throw new Error("no post");
  return post;
}

/** A mention that replies to one of the bot's messages (or to nothing). */
function say(content: string, replyTo?: string) {
  const m = messageCreate(`<@${APP_ID}> ${content}`, "guild");
  const reply = replyTo
    ? {
        message_reference: { message_id: replyTo, channel_id: CHANNEL_ID },
        referenced_message: { ...m, id: replyTo, author: BOT_USER, content: "" },
        type: 19,
      }
    : {};
  fake.dispatch("MESSAGE_CREATE", { ...m, ...reply });
}

const idOf = (r: CapturedRequest) => (r.response as { id: string }).id;

describe("Discord conversations", () => {
  it("follows a reply chain: its price, what about opus, compare them; a new mention starts afresh", async () => {
    say("claude sonnet 4.5 context");
    const first = await nextPost();
    expect(text(first)).toContain("200K");
    say("and its price?", idOf(first));
    const price = await nextPost();
    expect(text(price)).toMatch(/Claude Sonnet 4\.5[^\n]*: pricing/);
    say("what about opus 4.5?", idOf(price));
    const opus = await nextPost();
    expect(text(opus)).toMatch(/Claude Opus 4\.5[^\n]*: pricing/);
    say("compare them", idOf(opus));
    expect(text(await nextPost())).toMatch(/Claude Sonnet 4\.5.* vs Claude Opus 4\.5/);
    say("and its price?");
    expect(text(await nextPost())).toContain("points back to an earlier answer");
  });

  it("keeps one conversation per user and channel over slash commands", async () => {
    const answer = async (question: string) => {
      const i = commandInteraction("ask", { question });
      fake.dispatch("INTERACTION_CREATE", i);
      const r = await fake.waitFor((x) => x.path.startsWith(`/api/v10/interactions/${i.id}/`));
      return collectTexts((r.body as { data: never }).data).join("\n");
    };
    expect(await answer("top 5 on livebench coding")).toContain("Top 5 on LiveBench Coding");
    expect(await answer("more")).toContain("6–10 on LiveBench Coding");
    expect(await answer("only open weights")).toMatch(/LiveBench Coding.*open weights/);
  });
});
