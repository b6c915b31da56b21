import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";
import { type CatalogChanges, diffCatalogs, summarizeChanges } from "../../core/changes/diff.ts";
import { FEEDS_DIR, readFeedMeta } from "../../importer/feeds/cache.ts";
import type { CatalogHolder } from "../catalog-holder.ts";
import type { StateStore } from "../state/types.ts";
import type { UpdateRun } from "./run-update.ts";

/** The shared value naming the catalog the last refresh produced (replicas load it). */
export const DATA_VERSION_KEY = "data-refresh:version";
/** The advisory lock one replica holds while it refreshes. */
export const REFRESH_LOCK = "data-refresh";
/** The first refresh waits at least this long, so the adapters are up first. */
const FIRST_DELAY_MS = 2_000;

export interface DataRefreshOptions {
  intervalMs: number;
  dataDir: string;
  holder: CatalogHolder;
  state: StateStore;
  log: Logger;
  /** Runs `data:update` (in a child process in production). */
  update: () => Promise<UpdateRun>;
  /** After a new catalog is in service: tell the channels that watch for it. */
  onChanges: (changes: CatalogChanges) => Promise<void>;
  /** Wall clock in ms; Date.now when absent. */
  clock?: () => number;
}

export interface DataRefresh {
  /** Runs one refresh now (tests, and the schedule); never rejects. */
  runOnce(): Promise<void>;
  stop(): void;
}

/** When the feeds were last checked (the newest feed.json), or undefined when never. */
function lastChecked(dataDir: string): number | undefined {
  let newest: number | undefined;
  try {
    for (const id of readdirSync(join(dataDir, FEEDS_DIR))) {
      const t = Date.parse(readFeedMeta(join(dataDir, FEEDS_DIR, id))?.checkedAt ?? "");
      if (Number.isFinite(t) && (newest === undefined || t > newest)) newest = t;
    }
  } catch {
    return undefined;
  }
  return newest;
}

/**
 * Refreshes the data on a schedule, in the background. One replica (the holder of an advisory
 * lock) runs the update; every replica then loads the catalog it produced, swapping it in as a
 * reload does (questions in flight finish on the old one), and logs one line saying what changed.
 * A failed update is logged and the old data keeps serving; nothing here can stop the bot.
 */
export function startDataRefresh(o: DataRefreshOptions): DataRefresh {
  const clock = o.clock ?? Date.now;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      void runOnce().finally(() => schedule(o.intervalMs));
    }, delayMs);
    timer.unref();
  };

  /** Swaps in what DATA_DIR now holds; logs one line and tells the watchers when it changed. */
  const load = async (reason: string, version?: string) => {
    const before = o.holder.engine().catalog;
    const result = o.holder.reload(reason, { quiet: true });
    if (!result.ok) {
      o.log.error({ reason, error: result.error }, "data refresh refused; old data kept");
      return undefined;
    }
    if (version !== undefined && result.version.hash !== version) {
      o.log.warn(
        { reason, expected: version, data: result.version },
        "data refresh: another version on disk",
      );
    }
    if (!result.changed) return { before, changes: undefined, version: result.version };
    const changes = diffCatalogs(before, o.holder.engine().catalog);
    o.log.info(
      {
        reason,
        data: result.version,
        previous: before.version,
        added: changes.added.map((a) => a.id).slice(0, 20),
        prices: changes.prices.length,
        releases: changes.releases.map((r) => `${r.benchmark} ${r.release}`),
      },
      `data refreshed: ${summarizeChanges(changes)}`,
    );
    return { before, changes, version: result.version };
  };

  const tell = async (changes: CatalogChanges | undefined) => {
    if (changes)
      await o
        .onChanges(changes)
        .catch((err: unknown) => o.log.error({ err }, "watch posts failed"));
  };

  const refresh = async () => {
    // What another replica refreshed since: load it first (its posts are claimed once).
    const shared = await o.state.values.get(DATA_VERSION_KEY);
    if (shared !== undefined && shared !== o.holder.version().hash) {
      await tell((await load("data refreshed by another replica", shared))?.changes);
    }
    // The update, the swap and the shared version under one lock: one replica at a time.
    const ran = await o.state.exclusive(REFRESH_LOCK, async () => {
      const run = await o.update();
      if (!run.ok) {
        o.log.warn({ error: run.error }, "data refresh failed; old data kept");
        return undefined;
      }
      const loaded = await load("data refresh");
      if (!loaded) return undefined;
      await o.state.values.set(DATA_VERSION_KEY, loaded.version.hash);
      if (!loaded.changes)
        o.log.info({ reason: "data refresh", data: loaded.version }, "data refreshed: no changes");
      return loaded.changes;
    });
    if (ran.acquired) await tell(ran.value);
  };

  const runOnce = (): Promise<void> => {
    running ??= refresh()
      .catch((err: unknown) => o.log.error({ err }, "data refresh failed; old data kept"))
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  // The first run waits out what is left of the interval since the feeds were last checked, so
  // restarts do not refetch every feed; data never refreshed is refreshed shortly after start.
  const checked = lastChecked(o.dataDir);
  const due = checked === undefined ? 0 : checked + o.intervalMs - clock();
  schedule(Math.max(FIRST_DELAY_MS, Math.min(due, o.intervalMs)));
  o.log.info({ everyMs: o.intervalMs }, "data refresh scheduled");

  return {
    runOnce,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
