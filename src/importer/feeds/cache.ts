import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { IsoDate } from "../../core/schema/fact.ts";

/** The folder under the data directory that keeps each source's last good fetch. */
export const FEEDS_DIR = "feeds";
export const FEED_META = "feed.json";

/** What the update knows of one fetched file: its validators for the next conditional GET. */
export const FeedFileMeta = z.strictObject({
  url: z.string(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** Models the file named when it was checked (the shrink check compares against it). */
  models: z.number().int().nonnegative(),
});
export type FeedFileMeta = z.infer<typeof FeedFileMeta>;

/** feeds/<source>/feed.json: the cached copy's provenance. */
export const FeedMeta = z.strictObject({
  source: z.string(),
  /** The day the content last changed (the feed's Last-Modified, else the day it was fetched). */
  asOf: IsoDate,
  /** When the feed was last checked (ISO date-time). */
  checkedAt: z.string(),
  files: z.record(z.string(), FeedFileMeta),
});
export type FeedMeta = z.infer<typeof FeedMeta>;

/** The cached copy's metadata, or undefined when there is none (or it is unreadable). */
export function readFeedMeta(dir: string): FeedMeta | undefined {
  const file = join(dir, FEED_META);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = FeedMeta.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes feed.json and the SOURCE.txt the importer dates the source by. */
export function writeFeedMeta(dir: string, meta: FeedMeta): void {
  writeFileSync(join(dir, FEED_META), `${JSON.stringify(meta, null, 2)}\n`);
  const urls = [...new Set(Object.values(meta.files).map((f) => f.url))];
  writeFileSync(
    join(dir, "SOURCE.txt"),
    [
      `Fetched by   : npm run data:update (model-bot)`,
      `Feed         : ${urls.length === 1 ? urls[0] : `${urls.length} files, e.g. ${urls[0] ?? "-"}`}`,
      `Commit date  : ${meta.asOf}  (the day the content last changed)`,
      `Checked      : ${meta.checkedAt}`,
      "",
    ].join("\n"),
  );
}
