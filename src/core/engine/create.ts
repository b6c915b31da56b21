import type { Answer } from "../answer/types.ts";
import type { Catalog } from "../catalog/catalog.ts";
import { answerChanges } from "../changes/answer.ts";
import { type CatalogChanges, catalogDate } from "../changes/diff.ts";
import { parseChangesQuery } from "../changes/query.ts";
import { converse, type Turn } from "../conversation/converse.ts";
import { answerNewestInstead } from "./answers/newest.ts";
import { buildFactsCache, buildOrders } from "./answers/select.ts";
import { buildSuggesters } from "./complete.ts";
import type { AskContext, ConversationAsk, Engine } from "./engine.ts";
import { buildLeaderboards } from "./leaderboard.ts";
import { buildNameIndex } from "./name-index.ts";
import { compactKey } from "./normalize.ts";
import { buildOrgIndex } from "./orgs.ts";
import { buildPhraseBook } from "./phrases.ts";
import { buildResolver } from "./resolve.ts";
import { routeQuestion } from "./route.ts";

export interface EngineOptions {
  /** What changed since the catalog before this one (absent: no earlier catalog is known). */
  changes?: CatalogChanges;
}

/**
 * Builds the engine over a catalog: the name index, phrase book, leaderboards and caches are
 * made once here, so each question is a few map lookups and a bounded scoring pass.
 */
export function createEngine(catalog: Catalog, options: EngineOptions = {}): Engine {
  const index = buildNameIndex(catalog.records);
  const facts = buildFactsCache();
  const orgs = buildOrgIndex(catalog);
  const ctx = {
    catalog,
    index,
    resolver: buildResolver(index, (words) => orgs.has(compactKey(words))),
    phrases: buildPhraseBook(catalog, index.hasToken),
    boards: buildLeaderboards(catalog),
    facts,
    orders: buildOrders(catalog.records, facts),
    orgs,
  };
  // "What's new" reads the changes the runtime hands in; every other question, the catalog.
  const dataDate = catalogDate(catalog);
  const changesAnswer = (question: string, context: AskContext | undefined) => {
    const changes = parseChangesQuery(question, ctx.orgs, context?.today ?? dataDate);
    if (changes === undefined) return undefined;
    // Before any data update there is nothing to diff; new releases still answer "what's new".
    if (
      options.changes === undefined &&
      (changes.kinds.size === 0 || changes.kinds.has("models"))
    ) {
      return answerNewestInstead(ctx, changes, question);
    }
    return answerChanges(catalog, options.changes, changes, question);
  };
  // One entry for both uses: with a `conversation` key (even null) it is a conversation's turn.
  function ask(question: string, context: ConversationAsk): Turn;
  function ask(question: string, context?: AskContext): Answer;
  function ask(question: string, context?: AskContext): Answer | Turn {
    if (context !== undefined && "conversation" in context) {
      const { conversation } = context as ConversationAsk;
      return converse(ctx, question, conversation, (q) => changesAnswer(q, context));
    }
    return changesAnswer(question, context) ?? routeQuestion(ctx, question);
  }
  return {
    catalog,
    ask,
    ...buildSuggesters(catalog, index),
  };
}
