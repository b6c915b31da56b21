import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  POSTGRES_SKIP_REASON,
  sayWhyPostgresIsSkipped,
  type TestDatabase,
} from "../support/postgres.ts";
import { blockActions, commandForm } from "../support/slack-app.ts";
import { FakeSlack } from "../support/slack-fake.ts";
import { signSlack } from "../support/slack-sign.ts";
import { postOnce, startSplitProxy } from "../support/split-proxy.ts";
import { freePort, type Spawned, spawnEntry } from "./spawn.ts";

// Two bot processes sharing one PostgreSQL, behind a proxy that sends each connection to the
// other one in turn: what a team running two replicas (or a rolling deploy) has.

const BOT_TOKEN = "xoxb-1111111111-2222222222-replicaTestTokenValue";
const SECRET = "replicatest0signing1secret2value3";

describe.skipIf(POSTGRES_SKIP_REASON !== undefined)("two replicas on one PostgreSQL", () => {
  let db: TestDatabase;
  let slack: FakeSlack;
  let proxy: Awaited<ReturnType<typeof startSplitProxy>>;
  const replicas: Spawned[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    slack = await new FakeSlack().start();
    const ports = [await freePort(), await freePort()];
    for (const port of ports) {
      const p = spawnEntry("src/main.ts", {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        SLACK_APP_TOKEN: "",
        PORT: String(port),
        SLACK_HOST: "127.0.0.1",
        DATABASE_URL: db.url,
        DATA_WATCH: "0",
        // Two questions at once, then one a minute: the third is refused, whichever replica.
        RATE_USER_BURST: "2",
        RATE_USER_PER_MINUTE: "1",
      });
      replicas.push(p);
    }
    await Promise.all(replicas.map((p) => p.waitFor('"msg":"adapter started"')));
    proxy = await startSplitProxy(ports);
  }, 60_000);

  afterAll(async () => {
    for (const p of replicas) if (p.child.exitCode === null) p.child.kill("SIGTERM");
    await Promise.all(replicas.map((p) => p.exited));
    await proxy?.close();
    await slack?.close();
    await db?.drop();
  }, 30_000);

  const send = (body: string, type: string, timestamp?: number, extra = {}) =>
    postOnce(proxy.port, "/slack/events", body, {
      "content-type": type,
      ...signSlack(body, SECRET, timestamp === undefined ? {} : { timestamp }),
      ...extra,
    });
  const command = (text: string, id: string, user = "U1") =>
    send(
      new URLSearchParams({
        ...commandForm(text, slack.responseUrl(id)),
        user_id: user,
      }).toString(),
      "application/x-www-form-urlencoded",
    );
  const answerAt = async (id: string) =>
    JSON.stringify((await slack.nextCall((c) => c.name === id)).body);

  it("holds a user's rate limit across both replicas", async () => {
    const before = new Map(proxy.served);
    for (const id of ["rl-1", "rl-2", "rl-3"])
      expect(await command("gpt-4o context", id)).toBe(200);
    expect(await answerAt("rl-1")).toContain("128K");
    expect(await answerAt("rl-2")).toContain("128K");
    expect(await answerAt("rl-3")).toMatch(/asking faster than I can keep up/);
    // The three went to both replicas, not to one.
    for (const [port, n] of proxy.served) expect(n).toBeGreaterThan(before.get(port) ?? 0);
  });

  it("answers once an event whose retry lands on the other replica", async () => {
    const body = JSON.stringify({
      token: "legacy",
      team_id: "T1",
      api_app_id: "A1",
      type: "event_callback",
      event_id: "EvREPLICA1",
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
      event: {
        type: "app_mention",
        user: "U2",
        text: "<@UBOT> claude sonnet 4.5 context",
        ts: "1700000000.000300",
        channel: "CREP",
        event_ts: "1700000000.000300",
      },
    });
    const now = Math.floor(Date.now() / 1000);
    expect(await send(body, "application/json", now)).toBe(200);
    expect(await send(body, "application/json", now - 1, { "x-slack-retry-num": "1" })).toBe(200);
    await slack.nextCall((c) => c.name === "chat.postMessage" && c.body.channel === "CREP");
    await new Promise((r) => setTimeout(r, 1_000));
    expect(slack.calls.filter((c) => c.body.channel === "CREP")).toHaveLength(1);
  });

  it("answers a follow-up button on either replica", async () => {
    for (const id of ["fu-a", "fu-b"]) {
      const payload = blockActions(
        { type: "button", action_id: "model_followup_0", value: "gpt-4o price" },
        slack.responseUrl(id),
        { type: "message", is_ephemeral: true, channel_id: "C9" },
      );
      const body = new URLSearchParams({
        payload: JSON.stringify({ ...payload, user: { ...payload.user, id: `U-${id}` } }),
      }).toString();
      expect(await send(body, "application/x-www-form-urlencoded")).toBe(200);
    }
    expect(await answerAt("fu-a")).toMatch(/\$/);
    expect(await answerAt("fu-b")).toMatch(/\$/);
  });
});

describe.skipIf(POSTGRES_SKIP_REASON === undefined)("two replicas on one PostgreSQL", () => {
  it("is skipped: TEST_DATABASE_URL is not set", () => sayWhyPostgresIsSkipped());
});
