import type { Answer } from "../../answer/types.ts";
import type { Catalog } from "../../catalog/catalog.ts";
import type { ChangesQuery } from "../../changes/query.ts";
import type { ModelRecord } from "../../schema/record.ts";
import type { Filters, SortKey } from "../filters.ts";
import { withNotes } from "../route.ts";
import { answerFilter } from "./lists.ts";
import type { ModelFacts } from "./select.ts";

interface NewestContext {
  catalog: Catalog;
  facts: ModelFacts;
  orders: (key: SortKey, org?: string) => readonly ModelRecord[];
}

const NO_DIFF =
  "I have no earlier catalog to compare with yet (what changed shows up once a data update, npm run data:update or DATA_REFRESH in the bot, has replaced the data)";

/**
 * "What's new" / "what came out this week" before any data update: there is no earlier catalog
 * to diff, but the catalog's newest releases answer what the asker wants to know. Within the
 * period asked for when it has any; else the newest of all, saying that none fell in the period.
 */
export function answerNewestInstead(ctx: NewestContext, q: ChangesQuery, question: string): Answer {
  const base: Filters = { sort: "release-desc", ...(q.org ? { orgs: [q.org] } : {}) };
  const list = (filters: Filters): Answer => ({
    ...answerFilter(ctx.catalog, ctx.facts, ctx.orders, question, filters, 10),
    // Still an answer to "what changed", for the reader and for scripts.
    intent: "changes",
    title: q.org ? "Newest releases of this maker" : "Newest releases",
  });
  if (q.since !== undefined) {
    const within = list({ ...base, releasedAfter: q.since });
    if (within.models.length > 0) {
      return withNotes(within, [`${NO_DIFF}, so these are the catalog's releases ${q.period}.`]);
    }
    return withNotes(list(base), [
      `${NO_DIFF}, and no model in the catalog was released ${q.period}; its newest releases are these.`,
    ]);
  }
  return withNotes(list(base), [`${NO_DIFF}, so these are the catalog's newest releases.`]);
}
