import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runUpdate } from "../../src/importer/feeds/update.ts";
import { FIXTURE_REFERENCE, feedConfig, feedRoutes } from "../support/feed-fixtures.ts";
import { startFeedServer } from "../support/feed-server.ts";

type Cleanups = Array<() => Promise<void> | void>;

/**
 * The feeds on loopback and a data directory built from them a moment ago: where the live-data
 * process tests start a bot with DATA_REFRESH. Each part is undone by `cleanups`.
 */
export async function feedsAndData(prefix: string, cleanups: Cleanups) {
  const feeds = await startFeedServer(feedRoutes());
  cleanups.push(() => feeds.close());
  const root = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const dataDir = join(root, "data");
  mkdirSync(dataDir);
  const config = feedConfig(feeds.url);
  await runUpdate({ dataDir, config, now: new Date(), referenceDir: FIXTURE_REFERENCE });
  return { feeds, root, dataDir, config };
}
