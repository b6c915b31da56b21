import { type FSWatcher, watch } from "node:fs";
import type { Logger } from "pino";

// Editors and importers write a data set as several files in quick succession; wait for the
// burst to settle so one update is one reload, not a reload of half-written files.
const SETTLE_MS = 500;

/**
 * Calls `onChange` once after a burst of changes under `dir` (recursively) settles. Returns a
 * function that stops watching. A watcher error is logged, never thrown.
 */
export function watchDataDir(
  dir: string,
  onChange: () => void,
  log: Logger,
  settleMs = SETTLE_MS,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, () => {
      clearTimeout(timer);
      timer = setTimeout(onChange, settleMs);
    });
  } catch (e) {
    log.error({ dir, error: (e as Error).message }, "cannot watch the data directory");
    return () => {};
  }
  watcher.on("error", (e) => log.error({ dir, error: e.message }, "data watcher failed"));
  log.info({ dir }, "watching the data directory for changes");
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
