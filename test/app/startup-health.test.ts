import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeDiscord } from "../support/discord-fake.ts";
import { APP_ID } from "../support/discord-payloads.ts";
import { commandForm } from "../support/slack-app.ts";
import { FakeSlack } from "../support/slack-fake.ts";
import { postSigned } from "../support/slack-sign.ts";
import { freePort, spawnEntry } from "./spawn.ts";

const BOT_TOKEN = "xoxb-1111111111-2222222222-startupTestTokenValue";
const SECRET = "startuptest0signing1secret2value3";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fakes() {
  const slack = await new FakeSlack().start();
  const discord = await FakeDiscord.start();
  cleanups.push(
    () => slack.close(),
    () => discord.close(),
  );
  return { slack, discord };
}

function start(env: Record<string, string>) {
  const p = spawnEntry("src/main.ts", { STARTUP_TIMEOUT_MS: "3000", DATA_WATCH: "0", ...env });
  cleanups.push(() => {
    if (p.child.exitCode === null) p.child.kill("SIGKILL");
  });
  return p;
}

const slackEnv = (apiUrl: string, port: number) => ({
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: apiUrl,
  SLACK_APP_TOKEN: "",
  PORT: String(port),
  SLACK_HOST: "127.0.0.1",
});

const discordEnv = (fake: FakeDiscord) => ({
  DISCORD_TOKEN: fake.validToken,
  DISCORD_APPLICATION_ID: APP_ID,
  DISCORD_API_URL: fake.apiUrl,
  DISCORD_GUILD_ID: "",
});

/** The one line the process printed on stderr, which must name the platform and the cause. */
async function failure(p: ReturnType<typeof start>) {
  const exit = await p.exited;
  const lines = p.stderr().trim().split("\n");
  return { exit, lines };
}

describe("start-up fails fast and loud when a platform cannot be reached", () => {
  it("exits 1 naming Slack when auth.test keeps answering 500", async () => {
    const { slack } = await fakes();
    slack.fail(/auth\.test/, 500, 1_000);
    const p = start(slackEnv(slack.apiUrl, await freePort()));
    const { exit, lines } = await failure(p);
    expect(exit.code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^model-bot: Slack: .*(HTTP 500)/);
    expect(p.stderr()).not.toContain(BOT_TOKEN);
  }, 30_000);

  it("exits 1 naming Slack when the Web API is unreachable", async () => {
    const closed = `http://127.0.0.1:${await freePort()}/api/`;
    const p = start(slackEnv(closed, await freePort()));
    const { exit, lines } = await failure(p);
    expect(exit.code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^model-bot: Slack: .*ECONNREFUSED/)]);
  }, 30_000);

  it("exits 1 naming Discord when its REST API answers 502", async () => {
    const { discord } = await fakes();
    discord.restStatus = 502;
    const p = start(discordEnv(discord));
    const { exit, lines } = await failure(p);
    expect(exit.code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^model-bot: Discord: .*502/)]);
  }, 30_000);

  it("exits 1 naming Discord when its gateway cannot be reached", async () => {
    const { discord } = await fakes();
    discord.gatewayUrl = `ws://127.0.0.1:${await freePort()}`;
    const p = start(discordEnv(discord));
    const { exit, lines } = await failure(p);
    expect(exit.code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^model-bot: Discord: not connected within 3 s/)]);
    expect(p.stderr()).not.toContain(discord.validToken);
  }, 30_000);
});

describe("/healthz says ready only when every platform is, and unhealthy when replies fail", () => {
  it("is 503 while Discord connects, 200 once it has, 503 when answers keep failing", async () => {
    const { slack, discord } = await fakes();
    discord.readyDelayMs = 2_500;
    const port = await freePort();
    const p = start({
      ...slackEnv(slack.apiUrl, port),
      ...discordEnv(discord),
      STARTUP_TIMEOUT_MS: "20000",
      SEND_DEADLINE_MS: "300",
    });
    const base = `http://127.0.0.1:${port}`;
    const health = async () => {
      const res = await fetch(`${base}/healthz`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    // Slack listens first; Discord is still waiting for READY.
    await vi.waitFor(() => expect(p.stdout()).toContain("slack: listening"), { timeout: 15_000 });
    const early = await health();
    expect(early.status).toBe(503);
    expect(early.body).toMatchObject({
      ok: false,
      ready: false,
      platforms: { slack: "connected", discord: "connecting" },
    });
    await p.waitFor('"adapter":"discord","msg":"adapter started"');
    const ready = await health();
    expect(ready).toMatchObject({ status: 200, body: { ok: true, ready: true, healthy: true } });

    // Every response_url now fails: after five lost replies the bot says it is unhealthy.
    slack.fail(/^\/response\//, 500, 10_000);
    for (let i = 0; i < 6; i++) {
      const form = commandForm("gpt-4o context", slack.responseUrl(`lost-${i}`));
      expect((await postSigned(`${base}/slack/events`, form, SECRET)).status).toBe(200);
    }
    await vi.waitFor(async () => expect((await health()).body).toMatchObject({ healthy: false }), {
      timeout: 15_000,
      interval: 200,
    });
    expect((await health()).status).toBe(503);
    p.child.kill("SIGTERM");
    expect((await p.exited).code).toBe(0);
  }, 60_000);
});
