import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type FeedFileMeta, type FeedMeta, readFeedMeta, writeFeedMeta } from "./cache.ts";
import { FeedError, fetchFeed, type HttpOptions } from "./http.ts";
import type { FeedFile, FeedSource } from "./sources.ts";

/**
 * How a source's copy was had: `fresh` (new bytes), `unchanged` (304, or the same bytes),
 * `cached` (unreachable: the last good copy is used), `missing` (unreachable, no copy: left out).
 */
export type SourceStatus = "fresh" | "unchanged" | "cached" | "missing";

export interface SourceOutcome {
  id: string;
  status: SourceStatus;
  /** Bytes received over the network this run. */
  received: number;
  /** Bytes of the copy used. */
  bytes: number;
  files: number;
  /** Models the copy names (per the feed's content check). */
  models: number;
  asOf?: string;
  warnings: string[];
}

export interface SourceContext {
  /** The cached copy of the serving data (absent the first time). */
  previousDir: string | undefined;
  /** Where this run's copy goes. */
  outDir: string;
  http: HttpOptions;
  maxDrop: number;
  now: Date;
}

/** The update fails: names the source (and file) and the reason. */
export class FeedRefused extends Error {
  constructor(
    readonly source: string,
    reason: string,
  ) {
    super(`${source}: ${reason}`);
    this.name = "FeedRefused";
  }
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** "Tue, 25 Nov 2026 08:00:00 GMT" → "2026-11-25"; undefined when it does not parse. */
function dayOf(httpDate: string | undefined): string | undefined {
  if (!httpDate) return undefined;
  const t = Date.parse(httpDate);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : undefined;
}

/** Fetches one source into `ctx.outDir`, falling back to the cached copy when unreachable. */
export async function fetchSource(source: FeedSource, ctx: SourceContext): Promise<SourceOutcome> {
  const previous = ctx.previousDir ? readFeedMeta(ctx.previousDir) : undefined;
  const readIndex = async (url: string) => {
    try {
      const got = await fetchFeed(url, undefined, ctx.http);
      return got.kind === "fresh" ? got.bytes : undefined;
    } catch {
      return undefined;
    }
  };
  const files = await source.files(readIndex);
  const outcome: SourceOutcome = {
    id: source.id,
    status: "unchanged",
    received: 0,
    bytes: 0,
    files: 0,
    models: 0,
    warnings: [],
  };
  const metas: Record<string, FeedFileMeta> = {};
  let changed = false;
  let newest: string | undefined;
  let fellBack = 0;
  for (const file of files) {
    const got = await fetchFile(source, file, previous, ctx);
    if (got.kind === "missing") {
      outcome.warnings.push(`${file.path}: ${got.reason}; no cached copy, left out`);
      continue;
    }
    if (got.kind === "cached") {
      fellBack++;
      outcome.warnings.push(`${file.path}: ${got.reason}; using the copy of ${previous?.asOf}`);
    }
    if (got.kind === "fresh") {
      outcome.received += got.meta.bytes;
      if (got.meta.sha256 !== previous?.files[file.path]?.sha256) {
        changed = true;
        const day = dayOf(got.meta.lastModified);
        if (day && (!newest || day > newest)) newest = day;
      }
    }
    metas[file.path] = got.meta;
    outcome.bytes += got.meta.bytes;
    outcome.models = Math.max(outcome.models, got.meta.models);
    outcome.files++;
  }
  for (const path of source.orphans?.(Object.keys(metas)) ?? []) {
    const meta = metas[path];
    if (!meta) continue;
    delete metas[path];
    rmSync(join(ctx.outDir, path), { force: true });
    outcome.bytes -= meta.bytes;
    outcome.files--;
    outcome.warnings.push(`${path}: its partner file could not be had; left out`);
  }
  if (outcome.files === 0) {
    outcome.status = "missing";
    return outcome;
  }
  if (Object.keys(previous?.files ?? {}).some((path) => !(path in metas))) changed = true;
  outcome.status = changed ? "fresh" : fellBack > 0 ? "cached" : "unchanged";
  const today = ctx.now.toISOString().slice(0, 10);
  const asOf = changed || !previous ? (newest ?? today) : previous.asOf;
  outcome.asOf = asOf;
  const meta: FeedMeta = {
    source: source.id,
    asOf,
    checkedAt: ctx.now.toISOString(),
    files: metas,
  };
  writeFeedMeta(ctx.outDir, meta);
  return outcome;
}

type FileResult =
  | { kind: "fresh" | "unchanged" | "cached"; meta: FeedFileMeta; reason?: string }
  | { kind: "missing"; reason: string };

async function fetchFile(
  source: FeedSource,
  file: FeedFile,
  previous: FeedMeta | undefined,
  ctx: SourceContext,
): Promise<FileResult & { reason?: string }> {
  const held = previous?.files[file.path];
  const heldPath = ctx.previousDir ? join(ctx.previousDir, file.path) : undefined;
  const hasCopy = held !== undefined && heldPath !== undefined && existsSync(heldPath);
  const out = join(ctx.outDir, file.path);
  mkdirSync(dirname(out), { recursive: true });
  const keep = (kind: "unchanged" | "cached", reason?: string): FileResult => {
    copyFileSync(heldPath as string, out);
    return { kind, meta: held as FeedFileMeta, ...(reason ? { reason } : {}) };
  };
  try {
    const got = await fetchFeed(
      file.url,
      hasCopy
        ? {
            ...(held.etag ? { etag: held.etag } : {}),
            ...(held.lastModified ? { lastModified: held.lastModified } : {}),
          }
        : undefined,
      ctx.http,
    );
    if (got.kind === "not-modified") return keep("unchanged");
    const models = checkContent(source, file, got.bytes);
    const before = held?.models ?? 0;
    if (before > 0 && models < before * (1 - ctx.maxDrop)) {
      throw new FeedRefused(
        source.id,
        `${file.path} names ${models} models, ${before} before: more than ${Math.round(ctx.maxDrop * 100)}% dropped at once looks broken (refused; FEED_MAX_DROP sets the limit)`,
      );
    }
    writeFileSync(out, got.bytes);
    const meta: FeedFileMeta = {
      url: file.url,
      ...got.validators,
      sha256: sha256(got.bytes),
      bytes: got.bytes.length,
      models,
    };
    return { kind: "fresh", meta };
  } catch (e) {
    if (e instanceof FeedRefused) throw e;
    if (!(e instanceof FeedError)) throw e;
    if (e.failure === "invalid")
      throw new FeedRefused(source.id, `${file.path} from ${file.url}: ${e.message}`);
    const reason = `unreachable (${e.message})`;
    return hasCopy ? keep("cached", reason) : { kind: "missing", reason };
  }
}

function checkContent(source: FeedSource, file: FeedFile, bytes: Buffer): number {
  try {
    return source.check(file.path, bytes);
  } catch (e) {
    if (e instanceof FeedError) throw e;
    throw new FeedError("invalid", (e as Error).message);
  }
}
