import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixtureCatalogJson } from "../support/feed-fixtures.ts";
import {
  createTestDatabase,
  POSTGRES_SKIP_REASON,
  sayWhyPostgresIsSkipped,
} from "../support/postgres.ts";
import { commandForm } from "../support/slack-app.ts";
import { FakeSlack } from "../support/slack-fake.ts";
import { postSigned } from "../support/slack-sign.ts";
import { feedsAndData } from "./live-data-setup.ts";
import { feedEnv, freePort, killer, logLines as lines, slackHttpEnv, spawnEntry } from "./spawn.ts";

const BOT_TOKEN = "xoxb-1111111111-2222222222-replicaTestTokenValue";
const SECRET = "replicatest0signing1secret2value3";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

sayWhyPostgresIsSkipped();

describe.skipIf(POSTGRES_SKIP_REASON !== undefined)(
  "two bot processes on one PostgreSQL with DATA_REFRESH",
  () => {
    it("refresh the shared data once between them and post once to a watching channel", async () => {
      const db = await createTestDatabase();
      cleanups.push(() => db.drop());
      const { feeds, root, dataDir, config } = await feedsAndData("live-data-replicas-", cleanups);
      const slack = await new FakeSlack().start();
      cleanups.push(() => slack.close());

      const start = async (name: string) => {
        const port = await freePort();
        const p = spawnEntry("src/main.ts", {
          ...slackHttpEnv({ token: BOT_TOKEN, secret: SECRET, apiUrl: slack.apiUrl, port }),
          DATA_DIR: dataDir,
          STATE_DIR: join(root, `state-${name}`),
          DATABASE_URL: db.url,
          DATA_REFRESH: "10s",
          ...feedEnv(config.urls),
        });
        cleanups.push(killer(p));
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
