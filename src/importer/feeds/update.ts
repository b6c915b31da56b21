import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { packageInfo } from "../../app/package-info.ts";
import { previousDataDir } from "../../config/data-dirs.ts";
import type { FeedConfig } from "../../config/feeds-env.ts";
import type { Catalog } from "../../core/catalog/catalog.ts";
import { loadCatalog } from "../../core/catalog/load.ts";
import { writeStamp } from "../../core/catalog/stamp.ts";
import { BotError } from "../../core/errors.ts";
import { importAll } from "../run-import.ts";
import { writeFiles } from "../write.ts";
import { FEEDS_DIR, readFeedMeta } from "./cache.ts";
import { FeedRefused, fetchSource, type SourceOutcome } from "./fetch-source.ts";
import { feedSources } from "./sources.ts";

/** The package's own data directory: the reference card and FMTI scores ship there. */
const BUNDLED_DATA = join(packageInfo().root, "data");

export interface UpdateOptions {
  dataDir: string;
  config: FeedConfig;
  /** The wall clock: feeds are dated by it when they send no Last-Modified. */
  now: Date;
  /** Hand-written reference records; default: the data directory's own, else the bundled ones. */
  referenceDir?: string;
  /** Called as each source is done (progress on a terminal, a log line in the bot). */
  onSource?: (outcome: SourceOutcome) => void;
}

export interface UpdateResult {
  /** False when every feed gave the same content: the data directory was left as it was. */
  changed: boolean;
  sources: SourceOutcome[];
  /** Records per source id in the new catalog: how many models each source maps to. */
  mapped: Record<string, number>;
  models: number;
  /** Records of the catalog it replaced (undefined when there was none). */
  previousModels: number | undefined;
  dataDir: string;
  /** Where the catalog it replaced is kept (for "what changed"). */
  previousDir: string;
  warnings: string[];
}

function tryLoad(dir: string): Catalog | undefined {
  try {
    return existsSync(join(dir, "models")) ? loadCatalog(dir) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches every feed, builds the catalog with the importer's stages, validates it in full and
 * swaps it in for the data directory (written aside, then renamed). Throws BotError
 * ("UPDATE_FAILED") naming the source and the reason; the data directory is then untouched.
 */
export async function runUpdate(options: UpdateOptions): Promise<UpdateResult> {
  const dataDir = resolve(options.dataDir);
  const parent = dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  const next = mkdtempSync(join(parent, `.${basename(dataDir)}.next-`));
  // mkdtemp makes the folder private; the data directory is read by whoever runs the bot.
  chmodSync(next, 0o755);
  const staging = mkdtempSync(join(tmpdir(), "model-bot-update-"));
  try {
    const result = await build(options, dataDir, next, staging);
    if (!result.changed) {
      keepFeedCopies(dataDir, next);
      rmSync(next, { recursive: true, force: true });
      return result;
    }
    swapIn(dataDir, next, result.previousDir);
    return result;
  } catch (e) {
    rmSync(next, { recursive: true, force: true });
    if (e instanceof FeedRefused) throw new BotError("UPDATE_FAILED", e.message);
    if (e instanceof BotError && e.code !== "UPDATE_FAILED") {
      throw new BotError("UPDATE_FAILED", `the new catalog is refused: ${e.message}`);
    }
    throw e;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function build(
  options: UpdateOptions,
  dataDir: string,
  next: string,
  staging: string,
): Promise<UpdateResult> {
  const { config } = options;
  const cacheRoot = join(dataDir, FEEDS_DIR);
  const known = Object.keys(readFeedMeta(join(cacheRoot, "livebench"))?.files ?? {}).flatMap(
    (p) => {
      const m = /table_(\d{4})_(\d{2})_(\d{2})\.csv$/.exec(p);
      return m ? [`${m[1]}-${m[2]}-${m[3]}`] : [];
    },
  );
  const sources: SourceOutcome[] = [];
  const warnings: string[] = [];
  const superseded = new Set<string>();
  for (const source of feedSources(config.urls, known)) {
    const previousDir = join(cacheRoot, source.id);
    const outDir = join(next, FEEDS_DIR, source.id);
    mkdirSync(outDir, { recursive: true });
    const outcome = await fetchSource(source, {
      previousDir: existsSync(previousDir) ? previousDir : undefined,
      outDir,
      http: config.http,
      maxDrop: config.maxDrop,
      now: options.now,
    });
    sources.push(outcome);
    warnings.push(...outcome.warnings.map((w) => `${source.id}: ${w}`));
    options.onSource?.(outcome);
    if (outcome.status === "missing") {
      rmSync(outDir, { recursive: true, force: true });
      if (source.required) {
        throw new FeedRefused(
          source.id,
          `${outcome.warnings.join("; ") || "no files"}; the update needs it`,
        );
      }
      continue;
    }
    symlinkSync(outDir, join(staging, source.id), "dir");
    for (const s of source.supersedes) superseded.add(s);
  }
  // Sources without a feed come from the data set snapshots, when the operator points at them.
  const fed = new Set(sources.filter((s) => s.status !== "missing").map((s) => s.id));
  if (config.datasetsDir && existsSync(config.datasetsDir)) {
    for (const entry of readdirSync(config.datasetsDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || fed.has(entry.name) || superseded.has(entry.name)) continue;
      symlinkSync(resolve(config.datasetsDir, entry.name), join(staging, entry.name), "dir");
    }
  }
  const reference =
    options.referenceDir ??
    (existsSync(join(dataDir, "reference"))
      ? join(dataDir, "reference")
      : join(BUNDLED_DATA, "reference"));
  const { files } = importAll(staging, reference);
  writeFiles(next, files);
  if (existsSync(reference)) cpSync(reference, join(next, "reference"), { recursive: true });
  // FMTI scores and the openness sets change yearly and have no feed: keep the serving copy when
  // no snapshot gives one.
  for (const kept of ["fmti.json", "openness.json"]) {
    if (files.has(kept)) continue;
    const from = [join(dataDir, kept), join(BUNDLED_DATA, kept)].find(existsSync);
    if (from) cpSync(from, join(next, kept));
  }
  for (const extra of ["SOURCES.md"]) {
    const from = [join(dataDir, extra), join(BUNDLED_DATA, extra)].find(existsSync);
    if (from) cpSync(from, join(next, extra));
  }
  // In full, exactly as data:check does; then stamped so the bot's reload is quick.
  const built = loadCatalog(next, { trustStamp: false });
  if (built.records.length === 0) throw new FeedRefused("catalog", "the new catalog has no models");
  if (built.digest !== undefined) writeStamp(next, built.digest);
  const current = tryLoad(dataDir);
  if (current && built.records.length < current.records.length * (1 - config.maxDrop)) {
    throw new FeedRefused(
      "catalog",
      `the new catalog has ${built.records.length} models, the serving one ${current.records.length}: more than ${Math.round(config.maxDrop * 100)}% dropped at once (refused; FEED_MAX_DROP sets the limit)`,
    );
  }
  const mapped: Record<string, number> = {};
  for (const r of built.records) for (const s of r.sources) mapped[s] = (mapped[s] ?? 0) + 1;
  return {
    changed: current?.digest !== built.digest,
    sources,
    mapped,
    models: built.records.length,
    previousModels: current?.records.length,
    dataDir,
    previousDir: previousDataDir(dataDir),
    warnings,
  };
}

/**
 * The catalog did not change, but the feeds' copies (and their validators) may have: they replace
 * the cached ones, so the next run's conditional GETs and fallbacks use them.
 */
function keepFeedCopies(dataDir: string, next: string): void {
  const fresh = join(next, FEEDS_DIR);
  const held = join(dataDir, FEEDS_DIR);
  if (!existsSync(fresh) || !existsSync(dataDir)) return;
  const old = `${held}.old-${process.pid}`;
  if (existsSync(held)) renameSync(held, old);
  renameSync(fresh, held);
  rmSync(old, { recursive: true, force: true });
}

/**
 * Puts `next` in the data directory's place and keeps the one it replaces as `previous`. Each
 * step is a rename on one file system; a reader sees the old directory or the new one (between
 * the two renames, for an instant, none: a reload then fails and keeps the data it has).
 */
function swapIn(dataDir: string, next: string, previous: string): void {
  rmSync(previous, { recursive: true, force: true });
  const had = existsSync(dataDir);
  if (had) renameSync(dataDir, previous);
  try {
    renameSync(next, dataDir);
  } catch (e) {
    if (had) renameSync(previous, dataDir);
    throw e;
  }
}
