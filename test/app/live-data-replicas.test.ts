import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runUpdate } from "../../src/importer/feeds/update.ts";
import {
  FIXTURE_REFERENCE,
  feedConfig,
  feedRoutes,
  fixtureCatalogJson,
} from "../support/feed-fixtures.ts";
import { startFeedServer } from "../support/feed-server.ts";
import {
  createTestDatabase,
  POSTGRES_SKIP_REASON,
  sayWhyPostgresIsSkipped,
} from "../support/postgres.ts";
import { commandForm } from "../support/slack-app.ts";
import { FakeSlack } from "../support/slack-fake.ts";
import { postSigned } from "../support/slack-sign.ts";
import { type Spawned, spawnEntry } from "./spawn.ts";

const BOT_TOKEN = "xoxb-1111111111-2222222222-replicaTestTokenValue";
const SECRET = "replicatest0signing1secret2value3";

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

sayWhyPostgresIsSkipped();

describe.skipIf(POSTGRES_SKIP_REASON !== undefined)(
  "two bot processes on one PostgreSQL with DATA_REFRESH",
  () => {
    it("refresh the shared data once between them and post once to a watching channel", async () => {
      const db = await createTestDatabase();
      cleanups.push(() => db.drop());
      const feeds = await startFeedServer(feedRoutes());
      cleanups.push(() => feeds.close());
      const root = mkdtempSync(join(tmpdir(), "live-data-replicas-"));
      cleanups.push(() => rmSync(root, { recursive: true, force: true }));
      const dataDir = join(root, "data");
      mkdirSync(dataDir);
      const config = feedConfig(feeds.url);
      await runUpdate({ dataDir, config, now: new Date(), referenceDir: FIXTURE_REFERENCE });
      const slack = await new FakeSlack().start();
      cleanups.push(() => slack.close());

      const start = async (name: string) => {
        const port = await freePort();
        const p = spawnEntry("src/main.ts", {
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: SECRET,
          SLACK_API_URL: slack.apiUrl,
          SLACK_APP_TOKEN: "",
          PORT: String(port),
          SLACK_HOST: "127.0.0.1",
          DATA_DIR: dataDir,
          STATE_DIR: join(root, `state-${name}`),
          DATABASE_URL: db.url,
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
        await p.waitFor('"adapter":"slack","msg":"adapter started"');
        return { p, port };
      };
      const a = await start("a");
      const b = await start("b");

      const form = commandForm("watch new models", slack.responseUrl("w1"));
      expect(
        (await postSigned(`http://127.0.0.1:${a.port}/slack/events`, form, SECRET)).status,
      ).toBe(200);
      await vi.waitFor(() => expect(slack.calls.some((c) => c.name === "w1")).toBe(true), {
        timeout: 30_000,
      });
      // The other replica sees the same watches.
      const list = commandForm("watches", slack.responseUrl("l1"));
      await postSigned(`http://127.0.0.1:${b.port}/slack/events`, list, SECRET);
      await vi.waitFor(() => expect(slack.calls.some((c) => c.name === "l1")).toBe(true), {
        timeout: 30_000,
      });
      expect(JSON.stringify(slack.calls.find((c) => c.name === "l1")?.body)).toContain(
        "1. new models",
      );

      const catalog = fixtureCatalogJson();
      catalog.models["anthropic/claude-opus-5"] = {
        name: "Claude Opus 5",
        release_date: "2026-11-20",
      };
      feeds.routes.set("/models.dev/catalog.json", { body: JSON.stringify(catalog) });

      // Both end up serving the new catalog: one refreshed it, the other loaded it.
      await vi.waitFor(
        () => {
          expect(lines(a.p, "data refreshed: 1 new model").length).toBe(1);
          expect(lines(b.p, "data refreshed: 1 new model").length).toBe(1);
        },
        { timeout: 90_000, interval: 250 },
      );
      const fetched = feeds.requests.filter(
        (r) => r.path === "/models.dev/catalog.json" && r.status === 200,
      );
      const reasons = [...lines(a.p, "data refreshed: 1"), ...lines(b.p, "data refreshed: 1")].map(
        (l) => JSON.parse(l).reason,
      );
      expect(reasons.sort()).toEqual(["data refresh", "data refreshed by another replica"]);
      // A later round on each replica: still one post in all.
      await vi.waitFor(
        () => {
          expect(
            lines(a.p, "data refreshed: no changes").length +
              lines(b.p, "data refreshed: no changes").length,
          ).toBeGreaterThan(0);
        },
        { timeout: 60_000, interval: 250 },
      );
      const posts = slack.calls.filter((c) => c.name === "chat.postMessage");
      expect(posts.length).toBe(1);
      expect(JSON.stringify(posts[0]?.body.blocks)).toContain("Claude Opus 5");
      // The initial fetch, then the changed feed: fetched in full once more, by one replica.
      expect(fetched.length).toBe(2);
    }, 300_000);
  },
);
