import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CatalogHolder } from "../../src/app/catalog-holder.ts";
import { DATA_VERSION_KEY, startDataRefresh } from "../../src/app/refresh/data-refresh.ts";
import type { UpdateRun } from "../../src/app/refresh/run-update.ts";
import { MemoryStateStore } from "../../src/app/state/memory.ts";
import type { ValueStore, WatchStore } from "../../src/app/state/types.ts";
import { parseDuration } from "../../src/config/duration.ts";
import { parseAppConfig } from "../../src/config/env.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import type { CatalogChanges } from "../../src/core/changes/diff.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { runUpdate } from "../../src/importer/feeds/update.ts";
import {
  FIXTURE_REFERENCE,
  feedConfig,
  feedRoutes,
  fixtureCatalogJson,
} from "../support/feed-fixtures.ts";
import { type FeedServer, startFeedServer } from "../support/feed-server.ts";
import { captureLogger } from "./log-capture.ts";

describe("DATA_REFRESH", () => {
  it("reads durations", () => {
    expect(parseDuration("6h")).toBe(6 * 3_600_000);
    expect(parseDuration("1h30m")).toBe(5_400_000);
    expect(parseDuration("90s")).toBe(90_000);
    expect(parseDuration("soon")).toBeUndefined();
    expect(parseAppConfig({ DATA_REFRESH: "6h" }).dataRefreshMs).toBe(21_600_000);
    expect(parseAppConfig({ DATA_REFRESH: "off" }).dataRefreshMs).toBeUndefined();
    expect(parseAppConfig({ DATA_REFRESH: "" }).dataRefreshMs).toBeUndefined();
    expect(() => parseAppConfig({ DATA_REFRESH: "2s" })).toThrow(
      /DATA_REFRESH must be a duration of 10s or more/,
    );
    expect(() => parseAppConfig({ DATA_REFRESH: "often" })).toThrow(/DATA_REFRESH/);
  });
});

/** Values and watches in memory: enough for the refresh loop, which reads one value. */
function memoryState() {
  const values = new Map<string, string>();
  const valueStore: ValueStore = {
    get: async (k) => values.get(k),
    set: async (k, v) => {
      values.set(k, v);
    },
  };
  const none: WatchStore = {
    add: async () => ({ status: "full", limit: 0 }),
    list: async () => [],
    all: async () => [],
    remove: async () => false,
    removeChannel: async () => 0,
  };
  const limits = { user: { burst: 1, perMinute: 1 }, channel: { burst: 1, perMinute: 1 } };
  return new MemoryStateStore({
    limits,
    clock: Date.now,
    watches: none,
    values: valueStore,
    closeDurable: async () => {},
  });
}

describe("the background refresh", () => {
  let feeds: FeedServer;
  let root: string;
  beforeAll(async () => {
    feeds = await startFeedServer(feedRoutes());
    root = mkdtempSync(join(tmpdir(), "data-refresh-"));
  });
  afterAll(async () => {
    await feeds.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("keeps serving through a failed update, then swaps in a good one and reports what changed", async () => {
    const dataDir = join(root, "data");
    mkdirSync(dataDir);
    const config = feedConfig(feeds.url);
    const update = () =>
      runUpdate({ dataDir, config, now: new Date(), referenceDir: FIXTURE_REFERENCE });
    await update();
    const { log, lines } = captureLogger();
    const holder = new CatalogHolder({ dataDir, load: loadCatalog, build: createEngine, log });
    const state = memoryState();
    const told: CatalogChanges[] = [];
    let next: () => Promise<UpdateRun> = async () => ({
      ok: false,
      error: "models.dev: unreachable",
      output: "",
    });
    const refresh = startDataRefresh({
      intervalMs: 3_600_000,
      dataDir,
      holder,
      state,
      log,
      update: () => next(),
      onChanges: async (c) => {
        told.push(c);
      },
    });
    try {
      const before = holder.version();
      await refresh.runOnce();
      expect(holder.version()).toEqual(before);
      expect(
        lines().some(
          (l) =>
            l.msg === "data refresh failed; old data kept" && l.error === "models.dev: unreachable",
        ),
      ).toBe(true);

      const catalog = fixtureCatalogJson();
      catalog.models["anthropic/claude-opus-5"] = {
        name: "Claude Opus 5",
        release_date: "2026-11-20",
      };
      feeds.routes.set("/models.dev/catalog.json", { body: JSON.stringify(catalog) });
      next = async () => {
        await update();
        return { ok: true, output: "" };
      };
      // A question in flight keeps the engine it started with.
      const inFlight = holder.engine();
      await refresh.runOnce();
      expect(inFlight.catalog.byId.has("claude-opus-5")).toBe(false);
      expect(holder.engine().catalog.byId.has("claude-opus-5")).toBe(true);
      expect(told.map((c) => c.added.map((a) => a.id))).toEqual([["claude-opus-5"]]);
      const refreshed = lines().filter((l) => String(l.msg).startsWith("data refreshed"));
      expect(refreshed.map((l) => l.msg)).toEqual(["data refreshed: 1 new model"]);
      expect(await state.values.get(DATA_VERSION_KEY)).toBe(holder.version().hash);

      // Nothing new the next time: one line saying so, no second post.
      await refresh.runOnce();
      expect(
        lines()
          .filter((l) => String(l.msg).startsWith("data refreshed"))
          .map((l) => l.msg),
      ).toEqual(["data refreshed: 1 new model", "data refreshed: no changes"]);
      expect(told.length).toBe(1);

      // An update that throws (a crash in the child) is logged, never thrown.
      next = async () => {
        throw new Error("spawn failed");
      };
      await expect(refresh.runOnce()).resolves.toBeUndefined();
    } finally {
      refresh.stop();
    }
  }, 60_000);
});
