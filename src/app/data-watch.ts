import { createHash } from "node:crypto";
import { type FSWatcher, readdirSync, readFileSync, realpathSync, statSync, watch } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Logger } from "pino";

// Editors and importers write a data set as several files in quick succession; wait for the
// burst to settle so one update is one reload, not a reload of half-written files.
const SETTLE_MS = 500;
// fs.watch can miss events (network file systems, some containers): a cheap look at the files'
// sizes and times this often catches what it missed.
const POLL_MS = 10_000;

/** The files of a data directory with their sizes and times: cheap, and changes when they do. */
function fingerprint(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".json")) {
        const s = statSync(p);
        parts.push(`${p}:${s.size}:${s.mtimeMs}:${s.ino}`);
      }
    }
  };
  walk(dir);
  return parts.sort().join("\n");
}

/** A hash of every data file's bytes: a reload only when the content really changed. */
function contentHash(dir: string): string {
  const hash = createHash("sha256");
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".json")) hash.update(p.slice(dir.length)).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest("hex");
}

const safely = <T>(f: () => T): T | undefined => {
  try {
    return f();
  } catch {
    return undefined;
  }
};

/**
 * Calls `onChange` once after a burst of changes to the data settles and the content really
 * differs. It watches the directory's parent too, and follows `dir` to wherever it points now,
 * so a directory swapped in atomically (rename) or a symlink flipped to a new release is seen,
 * not only edits in place. Returns a function that stops watching. Errors are logged, never
 * thrown.
 */
export function watchDataDir(
  dir: string,
  onChange: () => void,
  log: Logger,
  settleMs = SETTLE_MS,
  pollMs = POLL_MS,
): () => void {
  const path = resolve(dir);
  let timer: NodeJS.Timeout | undefined;
  let inner: FSWatcher | undefined;
  let innerTarget: string | undefined;
  let lastHash = safely(() => contentHash(realpathSync(path)));
  let lastPrint = safely(() => fingerprint(realpathSync(path)));
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, settleMs);
  };
  // Watches what `dir` points at now (a new directory after a swap or a flip).
  const arm = () => {
    const real = safely(() => realpathSync(path));
    const target = real && `${real}:${safely(() => statSync(real).ino)}`;
    if (target === innerTarget) return;
    inner?.close();
    inner = undefined;
    innerTarget = target;
    if (real === undefined) return;
    try {
      inner = watch(real, { recursive: true, persistent: false }, schedule);
      inner.on("error", (e) => log.warn({ dir, error: e.message }, "data watcher failed"));
    } catch (e) {
      log.warn({ dir, error: (e as Error).message }, "cannot watch the data directory");
    }
  };
  const check = () => {
    arm();
    const real = safely(() => realpathSync(path));
    if (real === undefined) return; // mid-swap: the next event or poll comes back
    lastPrint = safely(() => fingerprint(real));
    const hash = safely(() => contentHash(real));
    if (hash === undefined || hash === lastHash) return;
    lastHash = hash;
    onChange();
  };
  let outer: FSWatcher | undefined;
  try {
    outer = watch(dirname(path), { persistent: false }, (_, name) => {
      if (name === null || name === basename(path)) schedule();
    });
    outer.on("error", (e) => log.warn({ dir, error: e.message }, "data watcher failed"));
  } catch (e) {
    log.error({ dir, error: (e as Error).message }, "cannot watch the data directory");
  }
  arm();
  const poll = setInterval(() => {
    const real = safely(() => realpathSync(path));
    const print = real && safely(() => fingerprint(real));
    if (print !== lastPrint) schedule();
  }, pollMs);
  poll.unref();
  log.info({ dir }, "watching the data directory for changes");
  return () => {
    clearTimeout(timer);
    clearInterval(poll);
    inner?.close();
    outer?.close();
  };
}
