import type { Logger } from "pino";
import type { Catalog } from "../../core/catalog/catalog.ts";
import { answerWatchPost } from "../../core/changes/answer.ts";
import { type CatalogChanges, isEmpty } from "../../core/changes/diff.ts";
import { changesForWatches, type WatchSpec } from "../../core/changes/watch-match.ts";
import type { StateStore, Watch } from "../state/types.ts";
import type { ChannelPoster } from "./poster.ts";

const KINDS: ReadonlySet<string> = new Set(["new-models", "org", "price", "model", "benchmark"]);

/** A post is claimed for a week: long past any refresh interval and any replica's restart. */
const CLAIM_MS = 7 * 24 * 3600 * 1000;

export interface NotifyOptions {
  changes: CatalogChanges;
  catalog: Catalog;
  state: StateStore;
  posters: readonly ChannelPoster[];
  log: Logger;
}

/**
 * Posts what a refresh changed to each channel that watches for it: one message per channel,
 * grouped, at most one per channel per refresh. The claim (platform, channel, new catalog) is
 * shared by replicas through the state store, so two processes that both see the new catalog
 * post once. A channel the bot was removed from loses its watches.
 */
export async function notifyWatchers(o: NotifyOptions): Promise<number> {
  const byChannel = new Map<string, Watch[]>();
  for (const w of await o.state.watches.all()) {
    const key = `${w.platform}\u0000${w.channel}`;
    byChannel.set(key, [...(byChannel.get(key) ?? []), w]);
  }
  let posted = 0;
  for (const watches of byChannel.values()) {
    const first = watches[0];
    if (!first) continue;
    const { platform, channel } = first;
    // Another replica runs this platform's adapter; it posts when it loads the new catalog.
    const poster = o.posters.find((p) => p.platform === platform);
    if (!poster) continue;
    const specs = watches.flatMap((w): WatchSpec[] =>
      KINDS.has(w.kind) ? [{ kind: w.kind as WatchSpec["kind"], target: w.target }] : [],
    );
    const wanted = changesForWatches(o.changes, specs);
    if (isEmpty(wanted)) continue;
    const claim = `watch-post:${platform}:${channel}:${o.changes.to.hash}`;
    if (!(await o.state.claims.claim(claim, CLAIM_MS))) continue;
    const answer = answerWatchPost(
      o.catalog,
      wanted,
      watches.map((w) => w.label),
    );
    try {
      const outcome = await poster.post(channel, answer);
      if (outcome === "gone") {
        const n = await o.state.watches.removeChannel(platform, channel);
        o.log.info({ platform, channel, watches: n }, "watch channel gone; its watches removed");
        continue;
      }
      posted++;
      o.log.info({ platform, channel, summary: answer.summary }, "watch post sent");
    } catch (err) {
      o.log.warn({ platform, channel, err }, "watch post failed");
    }
  }
  return posted;
}
