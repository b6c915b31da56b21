import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnEntry } from "../app/spawn.ts";
import {
  feedConfig,
  feedRoutes,
  feedUrlEnv,
  fixtureCatalogJson,
} from "../support/feed-fixtures.ts";
import { type FeedServer, startFeedServer } from "../support/feed-server.ts";

let feeds: FeedServer;
let root: string;

beforeAll(async () => {
  feeds = await startFeedServer(feedRoutes());
  root = mkdtempSync(join(tmpdir(), "update-cli-"));
});
afterAll(async () => {
  await feeds.close();
  rmSync(root, { recursive: true, force: true });
});

function env(dataDir: string): Record<string, string> {
  const { urls } = feedConfig(feeds.url);
  return {
    DATA_DIR: dataDir,
    ...feedUrlEnv(urls),
    FEED_RETRIES: "0",
    // The fixtures alone, whether or not ../shared/datasets is beside the checkout.
    DATASETS_DIR: "off",
  };
}

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p] = readFileSync(p, "latin1");
    }
  };
  walk(dir);
  return out;
}

describe("npm run data:update, then npm run ask (real processes, feeds on loopback)", () => {
  it("builds a catalog in an empty DATA_DIR that answers about a model the feed adds", async () => {
    const catalog = fixtureCatalogJson();
    catalog.models["anthropic/claude-opus-5"] = {
      name: "Claude Opus 5",
      release_date: "2026-11-20",
      limit: { context: 500_000, output: 64_000 },
    };
    feeds.routes.set("/models.dev/catalog.json", { body: JSON.stringify(catalog) });
    const dataDir = join(root, "fresh");
    mkdirSync(dataDir);
    const update = spawnEntry("src/importer/update-main.ts", env(dataDir));
    const done = await update.exited;
    expect(done.code, update.stderr()).toBe(0);
    expect(update.stdout()).toMatch(/^models\.dev\s+fresh\s+.*as of \d{4}-\d{2}-\d{2}/m);
    expect(update.stdout()).toMatch(/^livebench\s+fresh/m);
    expect(update.stdout()).toContain("models mapped per source:");
    const ask = spawnEntry("src/adapters/cli/main.ts", { DATA_DIR: dataDir }, [
      "ask",
      "claude opus 5 context",
    ]);
    expect((await ask.exited).code, ask.stderr()).toBe(0);
    expect(ask.stdout()).toContain("Claude Opus 5");
    expect(ask.stdout()).toContain("500K tokens");
  }, 120_000);

  it("exits non-zero on a corrupt body, naming the source, and leaves DATA_DIR as it was", async () => {
    const dataDir = join(root, "kept");
    mkdirSync(dataDir);
    feeds.routes.set("/models.dev/catalog.json", { body: JSON.stringify(fixtureCatalogJson()) });
    expect((await spawnEntry("src/importer/update-main.ts", env(dataDir)).exited).code).toBe(0);
    const before = files(dataDir);
    feeds.routes.set("/models.dev/catalog.json", { body: '{"models": {"openai/gpt-4o": {"name"' });
    const update = spawnEntry("src/importer/update-main.ts", env(dataDir));
    expect((await update.exited).code).toBe(1);
    expect(update.stderr()).toMatch(
      /^data:update failed: models\.dev: catalog\.json from http:\/\/127\.0\.0\.1:\d+\/models\.dev\/catalog\.json: not valid JSON/m,
    );
    expect(files(dataDir)).toEqual(before);
    expect(existsSync(join(root, ".kept.previous", "models"))).toBe(false);
  }, 120_000);

  it("answers 'what's new' from the catalog the last update replaced", async () => {
    const dataDir = join(root, "news");
    mkdirSync(dataDir);
    feeds.routes.set("/models.dev/catalog.json", { body: JSON.stringify(fixtureCatalogJson()) });
    expect((await spawnEntry("src/importer/update-main.ts", env(dataDir)).exited).code).toBe(0);
    const catalog = fixtureCatalogJson();
    catalog.models["openai/gpt-5.6"] = { name: "GPT-5.6", release_date: "2026-11-21" };
    feeds.routes.set("/models.dev/catalog.json", { body: JSON.stringify(catalog) });
    expect((await spawnEntry("src/importer/update-main.ts", env(dataDir)).exited).code).toBe(0);
    const ask = spawnEntry("src/adapters/cli/main.ts", { DATA_DIR: dataDir }, [
      "ask",
      "--json",
      "what's new",
    ]);
    expect((await ask.exited).code).toBe(0);
    const answer = JSON.parse(ask.stdout());
    expect(answer).toMatchObject({ intent: "changes", models: ["gpt-5.6"] });
    expect(answer.text).toContain("GPT-5.6 (openai), released 21 Nov 2026: models.dev");
  }, 120_000);
});
