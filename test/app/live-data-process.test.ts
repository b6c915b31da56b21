import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeDiscord } from "../support/discord-fake.ts";
import { APP_ID, CHANNEL_ID, commandInteraction } from "../support/discord-payloads.ts";
import { fixtureCatalogJson } from "../support/feed-fixtures.ts";
import { commandForm } from "../support/slack-app.ts";
import { FakeSlack } from "../support/slack-fake.ts";
import { postSigned } from "../support/slack-sign.ts";
import { feedsAndData } from "./live-data-setup.ts";
import {
  discordEnv,
  feedEnv,
  freePort,
  killer,
  logLines as lines,
  slackHttpEnv,
  spawnEntry,
} from "./spawn.ts";

const BOT_TOKEN = "xoxb-1111111111-2222222222-liveDataTestTokenValue";
const SECRET = "livedatatest0signing1secret2value3";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe("a running bot with DATA_REFRESH (real process, feeds, Slack and Discord on loopback)", () => {
  it("picks up a changed feed, says what changed, and posts once to each watching channel", async () => {
    // The catalog the bot starts on: the feeds as they are now, fetched a moment ago.
    const { feeds, root, dataDir, config } = await feedsAndData("live-data-process-", cleanups);

    const slack = await new FakeSlack().start();
    cleanups.push(() => slack.close());
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    const port = await freePort();
    const p = spawnEntry("src/main.ts", {
      ...slackHttpEnv({ token: BOT_TOKEN, secret: SECRET, apiUrl: slack.apiUrl, port }),
      ...discordEnv({ token: discord.validToken, applicationId: APP_ID, apiUrl: discord.apiUrl }),
      DATA_DIR: dataDir,
      STATE_DIR: join(root, "state"),
      DATABASE_URL: "",
      DATA_REFRESH: "10s",
      ...feedEnv(config.urls),
    });
    cleanups.push(killer(p));
    await p.waitFor('"adapter":"discord","msg":"adapter started"');
    await discord.waitForIdentify();

    // A Slack channel watches new models; a Discord channel watches Anthropic.
    const form = commandForm("watch new models", slack.responseUrl("w1"));
    expect((await postSigned(`http://127.0.0.1:${port}/slack/events`, form, SECRET)).status).toBe(
      200,
    );
    discord.dispatch(
      "INTERACTION_CREATE",
      commandInteraction("model", { model: "watch anthropic" }),
    );
    await vi
      .waitFor(() => expect(lines(p, '"msg":"command"').length).toBe(2), { timeout: 90_000 })
      .catch((e) => {
        throw new Error(`${e}\n${p.stdout().slice(-3000)}\n${p.stderr().slice(-2000)}`);
      });
    await vi.waitFor(() => expect(slack.calls.some((c) => c.name === "w1")).toBe(true));
    expect(JSON.stringify(slack.calls.find((c) => c.name === "w1")?.body)).toContain(
      "Watching new models",
    );

    // models.dev publishes a new Anthropic model.
    const catalog = fixtureCatalogJson();
    catalog.models["anthropic/claude-opus-5"] = {
      name: "Claude Opus 5",
      release_date: "2026-11-20",
      limit: { context: 500_000, output: 64_000 },
    };
    feeds.routes.set("/models.dev/catalog.json", { body: JSON.stringify(catalog) });

    await vi.waitFor(() => expect(lines(p, "data refreshed: 1 new model").length).toBe(1), {
      timeout: 45_000,
      interval: 250,
    });
    const posted = () => ({
      slack: slack.calls.filter((c) => c.name === "chat.postMessage"),
      discord: discord.requests.filter(
        (r) => r.method === "POST" && r.path.endsWith(`/channels/${CHANNEL_ID}/messages`),
      ),
    });
    await vi.waitFor(() => expect(lines(p, "watch post sent").length).toBe(2), { timeout: 10_000 });
    // A second refresh finds nothing new: still one post each.
    await vi.waitFor(
      () => expect(lines(p, "data refreshed: no changes").length).toBeGreaterThan(0),
      {
        timeout: 45_000,
        interval: 250,
      },
    );
    const { slack: slackPosts, discord: discordPosts } = posted();
    expect(slackPosts.length).toBe(1);
    expect(discordPosts.length).toBe(1);
    expect(slackPosts[0]?.body.channel).toBe("C1");
    expect(JSON.stringify(slackPosts[0]?.body.blocks)).toContain("Claude Opus 5");
    const embed = JSON.stringify(discordPosts[0]?.body);
    expect(embed).toContain("Claude Opus 5");
    expect(discordPosts[0]?.body).toMatchObject({ allowed_mentions: { parse: [] } });

    // Questions see the new catalog, and "what's new" names the change.
    const ask = commandForm("claude opus 5 context", slack.responseUrl("q1"));
    await postSigned(`http://127.0.0.1:${port}/slack/events`, ask, SECRET);
    await vi.waitFor(() => expect(slack.calls.some((c) => c.name === "q1")).toBe(true));
    expect(JSON.stringify(slack.calls.find((c) => c.name === "q1")?.body)).toContain("500K");

    p.child.kill("SIGTERM");
    expect(await p.exited).toEqual({ code: 0, signal: null });
  }, 240_000);
});
