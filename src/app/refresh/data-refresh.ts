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

  const refresh = async () => {
    const before = o.holder.engine().catalog;
    const ran = await o.state.exclusive(REFRESH_LOCK, () => o.update());
    let reason = "data refresh";
    if (ran.acquired) {
      if (!ran.value.ok) {
        o.log.warn({ error: ran.value.error }, "data refresh failed; old data kept");
        return;
      }
    } else {
      // Another replica is refreshing: load what the last refresh produced, once it differs.
      const version = await o.state.values.get(DATA_VERSION_KEY);
      if (version === undefined || version === o.holder.version().hash) return;
      reason = "data refreshed by another replica";
    }
    const result = o.holder.reload(reason, { quiet: true });
    if (!result.ok) {
      o.log.error({ error: result.error }, "data refresh refused; old data kept");
      return;
    }
    if (ran.acquired) await o.state.values.set(DATA_VERSION_KEY, result.version.hash);
    if (!result.changed) {
      o.log.info({ reason, data: result.version }, "data refreshed: no changes");
      return;
    }
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
    await o.onChanges(changes).catch((err: unknown) => o.log.error({ err }, "watch posts failed"));
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
