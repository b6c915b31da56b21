import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runUpdate } from "../../src/importer/feeds/update.ts";
import { FakeDiscord } from "../support/discord-fake.ts";
import { APP_ID, CHANNEL_ID, commandInteraction } from "../support/discord-payloads.ts";
import {
  FIXTURE_REFERENCE,
  feedConfig,
  feedRoutes,
  fixtureCatalogJson,
} from "../support/feed-fixtures.ts";
import { startFeedServer } from "../support/feed-server.ts";
import { commandForm } from "../support/slack-app.ts";
import { FakeSlack } from "../support/slack-fake.ts";
import { postSigned } from "../support/slack-sign.ts";
import { type Spawned, spawnEntry } from "./spawn.ts";

const BOT_TOKEN = "xoxb-1111111111-2222222222-liveDataTestTokenValue";
const SECRET = "livedatatest0signing1secret2value3";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const lines = (p: Spawned, msg: string) =>
  p
    .stdout()
    .split("\n")
    .filter((l) => l.includes(msg));

describe("a running bot with DATA_REFRESH (real process, feeds, Slack and Discord on loopback)", () => {
  it("picks up a changed feed, says what changed, and posts once to each watching channel", async () => {
    const feeds = await startFeedServer(feedRoutes());
    cleanups.push(() => feeds.close());
    const root = mkdtempSync(join(tmpdir(), "live-data-process-"));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const dataDir = join(root, "data");
    mkdirSync(dataDir);
    const config = feedConfig(feeds.url);
    // The catalog the bot starts on: the feeds as they are now, fetched a moment ago.
    await runUpdate({ dataDir, config, now: new Date(), referenceDir: FIXTURE_REFERENCE });

    const slack = await new FakeSlack().start();
    cleanups.push(() => slack.close());
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    const port = await freePort();
    const p = spawnEntry("src/main.ts", {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      SLACK_APP_TOKEN: "",
      PORT: String(port),
      SLACK_HOST: "127.0.0.1",
      DISCORD_TOKEN: discord.validToken,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: "",
      DATA_DIR: dataDir,
      STATE_DIR: join(root, "state"),
      DATABASE_URL: "",
      DATA_REFRESH: "10s",
      MODELS_DEV_URL: config.urls.modelsDev ?? "",
      LIVEBENCH_URL: config.urls.livebench ?? "",
      LIVEBENCH_INDEX_URL: config.urls.livebenchIndex ?? "",
      LITELLM_URL: config.urls.litellm ?? "",
      AIDER_URL: config.urls.aider ?? "",
      FEED_TIMEOUT_MS: "5000",
      FEED_BACKOFF_MS: "10",
      DATASETS_DIR: "off",
    });
    cleanups.push(() => {
      if (p.child.exitCode === null) p.child.kill("SIGKILL");
    });
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
