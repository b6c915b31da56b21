import type { Logger } from "pino";
import type { AppConfig } from "../config/env.ts";
import type { Catalog } from "../core/catalog/catalog.ts";
import { loadCatalog } from "../core/catalog/load.ts";
import type { Engine } from "../core/engine/engine.ts";
import type { AdapterDeps, RunningAdapter } from "./adapter.ts";
import { engineWithChanges } from "./catalog-changes.ts";
import { CatalogHolder } from "./catalog-holder.ts";
import { guardedLoad } from "./data-guard.ts";
import { watchDataDir } from "./data-watch.ts";
import { HealthMonitor } from "./health.ts";
import { ProductionBot } from "./production-bot.ts";
import { type DataRefresh, startDataRefresh } from "./refresh/data-refresh.ts";
import { runUpdateProcess } from "./refresh/run-update.ts";
import { DEFAULT_RETRY } from "./retry.ts";
import { installProcessHandlers, type ProcessLike } from "./signals.ts";
import { openStateStore } from "./state/open.ts";
import type { StateStore } from "./state/types.ts";
import { createWatchCommands } from "./watches/commands.ts";
import { notifyWatchers } from "./watches/notify.ts";

/** One adapter to start, with its environment already validated. */
export interface AdapterStarter {
  name: string;
  start(deps: AdapterDeps): Promise<RunningAdapter>;
}

export interface RuntimeOptions {
  config: AppConfig;
  log: Logger;
  starters: AdapterStarter[];
  /** Catalog loader and engine builder; the real ones unless a test swaps them. */
  load?: (dataDir: string) => Catalog;
  build?: (catalog: Catalog) => Engine;
  /** The process to take signals from and exit; the real one unless a test passes a fake. */
  proc?: ProcessLike;
  /** The state store; opened from the configuration (memory, or DATABASE_URL) when absent. */
  state?: StateStore;
  /** The environment the data update runs with (feed URLs, limits); process.env when absent. */
  env?: NodeJS.ProcessEnv;
}

export interface Runtime {
  bot: ProductionBot;
  holder: CatalogHolder;
  state: StateStore;
  adapters: RunningAdapter[];
  /** The background data refresh (DATA_REFRESH), when it runs. */
  refresh?: DataRefresh;
  /** Runs the shutdown sequence and exits the process (code 0). */
  shutdown(reason: string): Promise<void>;
}

/**
 * Starts the bot: loads the catalog (a bad data set throws its BotError here), builds the
 * production Bot, starts each adapter, and wires SIGHUP (reload), SIGTERM/SIGINT (shutdown),
 * the data watcher and the process-level error handlers.
 */
export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { config, log } = options;
  const proc = options.proc ?? process;
  const holder = new CatalogHolder({
    dataDir: config.dataDir,
    load: guardedLoad(options.load ?? loadCatalog, config.dataLimits),
    maxDrop: config.dataLimits.maxDrop,
    build: options.build ?? engineWithChanges(config.dataDir),
    log,
  });
  const state = options.state ?? (await openStateStore(config, log));
  const monitor = new HealthMonitor();
  const bot = new ProductionBot({
    source: holder,
    limiter: state.limiter,
    log,
    monitor,
    commands: createWatchCommands({ watches: state.watches, engine: () => holder.engine() }),
  });
  const stopSweeping = sweepPeriodically(state, log);
  const adapters: RunningAdapter[] = [];
  const stopWatching = config.dataWatch
    ? watchDataDir(config.dataDir, () => holder.reload("data changed"), log)
    : () => {};
  const handlers = installProcessHandlers(proc, log, {
    reload: () => holder.reload("SIGHUP"),
    shutdown: (signal) => shutdown(signal),
  });

  let refresh: DataRefresh | undefined;
  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string): Promise<void> => {
    stopping ??= stopAll(reason);
    return stopping;
  };
  const stopAll = async (reason: string) => {
    log.info({ reason, inFlight: bot.inFlight }, "shutting down");
    stopWatching();
    refresh?.stop();
    const drained = await bot.close(config.shutdownGraceMs);
    if (!drained) log.warn({ inFlight: bot.inFlight }, "answers still in flight at the deadline");
    await stopAdapters(adapters, config.shutdownGraceMs, log);
    stopSweeping();
    await state.close().catch((err: unknown) => log.warn({ err }, "state: close failed"));
    log.info("stopped");
    handlers.remove();
    proc.exit(0);
  };

  const deps = (name: string): AdapterDeps => ({
    bot,
    log: log.child({ adapter: name }),
    health: () => bot.health(),
    track: (work) => bot.track(work),
    state,
    retry: { ...DEFAULT_RETRY, deadlineMs: config.sendDeadlineMs },
    startupTimeoutMs: config.startupTimeoutMs,
    // The console (and the /healthz server beside Discord) is there as soon as it starts; a chat
    // platform must say it has connected.
    ...(name === "console" || name === "health" ? {} : { monitor: monitor.expect(name) }),
  });
  try {
    // Every platform is expected before the first starts: /healthz is not ready until all are.
    const prepared = options.starters.map((starter) => ({ starter, deps: deps(starter.name) }));
    for (const { starter, deps: starterDeps } of prepared) {
      const running = await starter.start(starterDeps);
      adapters.push(running);
      log.info({ adapter: starter.name }, "adapter started");
      running.closed?.then(() => shutdown(`${starter.name} ended`));
    }
    refresh = startRefresh(options, holder, state, adapters);
  } catch (e) {
    // A half-started bot would look alive to its operator; stop what did start, then fail.
    stopWatching();
    stopSweeping();
    handlers.remove();
    await stopAdapters(adapters, config.shutdownGraceMs, log);
    await state.close().catch(() => {});
    throw e;
  }
  return { bot, holder, state, adapters, shutdown, ...(refresh ? { refresh } : {}) };
}

/** With DATA_REFRESH, refreshes the data in the background and posts to watching channels. */
function startRefresh(
  options: RuntimeOptions,
  holder: CatalogHolder,
  state: StateStore,
  adapters: RunningAdapter[],
): DataRefresh | undefined {
  const { config, log } = options;
  if (config.dataRefreshMs === undefined) return undefined;
  const env = options.env ?? process.env;
  // The embedded database opens on first use, which takes a while: open it now, not when the
  // first watch command or post needs it.
  state.watches
    .list("", "")
    .catch((err: unknown) => log.warn({ err }, "state: cannot open the database"));
  return startDataRefresh({
    intervalMs: config.dataRefreshMs,
    dataDir: config.dataDir,
    holder,
    state,
    log: log.child({ job: "data-refresh" }),
    // An update that hangs is stopped well before the next one is due.
    update: () =>
      runUpdateProcess(config.dataDir, env, Math.max(60_000, config.dataRefreshMs ?? 0)),
    onChanges: (changes) =>
      notifyWatchers({
        changes,
        catalog: holder.engine().catalog,
        state,
        posters: adapters.flatMap((a) => (a.poster ? [a.poster] : [])),
        log,
      }).then(() => undefined),
  });
}

const SWEEP_EVERY_MS = 60_000;

/** Forgets expired state once a minute, on one replica at a time (an advisory lock). */
function sweepPeriodically(state: StateStore, log: Logger): () => void {
  const timer = setInterval(() => {
    state
      .exclusive("sweep", () => state.sweep())
      .catch((err: unknown) => log.warn({ err }, "state: sweep failed"));
  }, SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

async function stopAdapters(adapters: RunningAdapter[], graceMs: number, log: Logger) {
  await Promise.all(
    adapters.map(async (a) => {
      const result = await Promise.race([
        a.stop().then(() => "stopped" as const),
        new Promise<"timeout">((r) => setTimeout(r, graceMs, "timeout").unref()),
      ]).catch((err: unknown) => {
        log.error({ adapter: a.name, err }, "adapter failed to stop cleanly");
        return "failed" as const;
      });
      if (result === "timeout") log.warn({ adapter: a.name }, "adapter did not stop in time");
    }),
  );
}
