import { citeSource } from "../answer/cite.ts";
import { formatDate, formatTokens, formatUsd } from "../answer/format.ts";
import type { Answer, AnswerBlock, Citation } from "../answer/types.ts";
import type { Catalog } from "../catalog/catalog.ts";
import { makeAnswer } from "../engine/answers/base.ts";
import type { Price } from "../schema/record.ts";
import { type CatalogChanges, type ChangeSource, summarizeChanges } from "./diff.ts";
import type { ChangesQuery } from "./query.ts";

/** At most this many lines per kind of change; the rest are counted. */
const MAX_ITEMS = 15;

const cite = (c: ChangeSource) => `${c.source}, ${formatDate(c.asOf)}`;

function priceText(p: Price): string {
  return `${formatUsd(p.input)} in / ${formatUsd(p.output)} out`;
}

function capped(items: string[]): string[] {
  if (items.length <= MAX_ITEMS) return items;
  return [...items.slice(0, MAX_ITEMS), `… and ${items.length - MAX_ITEMS} more`];
}

/** The changes a query asks for: its kinds, its period and its maker. */
export function selectChanges(all: CatalogChanges, q: ChangesQuery): CatalogChanges {
  const want = (k: Parameters<ChangesQuery["kinds"]["has"]>[0]) =>
    q.kinds.size === 0 || q.kinds.has(k);
  const recent = (c: ChangeSource) => q.since === undefined || c.asOf >= q.since;
  const ofOrg = (org: string) => q.org === undefined || org === q.org;
  const onBoard = (benchmark: string) =>
    q.benchmark === undefined || benchmark.startsWith(q.benchmark);
  return {
    from: all.from,
    to: all.to,
    added: want("models") ? all.added.filter((a) => recent(a) && ofOrg(a.org)) : [],
    removed: want("models") && q.since === undefined ? all.removed.filter((r) => ofOrg(r.org)) : [],
    prices: want("prices") ? all.prices.filter((p) => recent(p) && ofOrg(p.model.org)) : [],
    limits: want("limits") ? all.limits.filter((l) => recent(l) && ofOrg(l.model.org)) : [],
    releases: want("benchmarks")
      ? all.releases.filter(
          (r) =>
            recent(r) && onBoard(r.benchmark) && (q.org === undefined || r.leader?.org === q.org),
        )
      : [],
    results: want("benchmarks")
      ? all.results
          .filter((r) => recent(r) && onBoard(r.benchmark))
          .map((r) => ({ ...r, models: r.models.filter((m) => ofOrg(m.org)) }))
          .filter((r) => r.models.length > 0)
      : [],
    leaders: want("benchmarks")
      ? all.leaders.filter((l) => recent(l) && onBoard(l.benchmark) && ofOrg(l.after.org))
      : [],
  };
}

/** Lines of text per kind of change, each naming its source and date. */
export function changeSections(c: CatalogChanges): { heading: string; items: string[] }[] {
  const sections: { heading: string; items: string[] }[] = [];
  const push = (heading: string, items: string[]) => {
    if (items.length > 0) sections.push({ heading: `${heading} (${items.length})`, items });
  };
  push(
    "New models",
    c.added.map(
      (a) =>
        `${a.name} (${a.org})${a.releaseDate ? `, released ${formatDate(a.releaseDate)}` : ""}: ${cite(a)}`,
    ),
  );
  push(
    "Price changes, per 1M tokens",
    c.prices.map(
      (p) =>
        `${p.model.name} at ${p.providerName}: ${priceText(p.before)} → ${priceText(p.after)}: ${cite(p)}`,
    ),
  );
  push(
    "Limit changes",
    c.limits.map(
      (l) =>
        `${l.model.name}: ${l.field === "context_length" ? "context" : "max output"} ${formatTokens(l.before)} → ${formatTokens(l.after)}: ${cite(l)}`,
    ),
  );
  const boards: string[] = [];
  for (const r of c.releases) {
    const lead = r.leader ? `; #1 ${r.leader.name} at ${r.leader.score.toFixed(1)}` : "";
    boards.push(
      `${r.benchmarkName}: new release ${formatDate(r.release)} with ${r.results} results${lead}: ${cite(r)}`,
    );
  }
  for (const l of c.leaders) {
    const was = `, was ${l.before.name} (${l.before.score.toFixed(1)})`;
    boards.push(
      `${l.benchmarkName}: new #1 ${l.after.name} (${l.after.score.toFixed(1)})${was}: ${cite(l)}`,
    );
  }
  for (const r of c.results) {
    const names = r.models
      .slice(0, 5)
      .map((m) => m.name)
      .join(", ");
    const more = r.models.length > 5 ? ` and ${r.models.length - 5} more` : "";
    boards.push(
      `${r.benchmarkName}: ${r.models.length} new result${r.models.length === 1 ? "" : "s"} (${names}${more}): ${cite(r)}`,
    );
  }
  push("Benchmarks", boards);
  push(
    "Removed from the catalog",
    c.removed.map((r) => `${r.name} (${r.org})`),
  );
  return sections;
}

function citationsOf(catalog: Catalog, c: CatalogChanges): Citation[] {
  const all: ChangeSource[] = [
    ...c.added,
    ...c.prices,
    ...c.limits,
    ...c.releases,
    ...c.leaders,
    ...c.results,
  ];
  return all.map((s) => citeSource(catalog, { source: s.source, asOf: s.asOf }));
}

/**
 * Answers "what's new": the changes between the catalog in service and the one before it, as
 * the last data update left them. Without an earlier catalog it says how to get one.
 */
export function answerChanges(
  catalog: Catalog,
  changes: CatalogChanges | undefined,
  q: ChangesQuery,
  question: string,
): Answer {
  const scope = [q.org ? `from ${orgName(catalog, q.org)}` : "", q.period ?? ""]
    .filter(Boolean)
    .join(" ");
  if (!changes) {
    return makeAnswer(question, {
      intent: "changes",
      title: "What changed",
      summary:
        "I have no earlier catalog to compare with yet: changes show up once a data update (npm run data:update, or DATA_REFRESH in the bot) has replaced the data.",
    });
  }
  const picked = selectChanges(changes, q);
  const sections = changeSections(picked);
  const span =
    changes.from.asOf === changes.to.asOf
      ? `in the data update of ${formatDate(changes.to.asOf)}`
      : `between the catalog of ${formatDate(changes.from.asOf)} and that of ${formatDate(changes.to.asOf)}`;
  const title = `What changed${scope ? ` ${scope}` : ""}`;
  if (sections.length === 0) {
    return makeAnswer(question, {
      intent: "changes",
      title,
      summary: `No such changes ${span}${scope ? ` (${scope})` : ""}.`,
    });
  }
  const blocks: AnswerBlock[] = [{ kind: "text", text: `Changes ${span}.` }];
  for (const s of sections) {
    blocks.push({ kind: "text", text: s.heading });
    blocks.push({ kind: "list", items: capped(s.items) });
  }
  const models = [
    ...picked.added.map((a) => a.id),
    ...picked.prices.map((p) => p.model.id),
    ...picked.limits.map((l) => l.model.id),
  ];
  return makeAnswer(question, {
    intent: "changes",
    title,
    summary: `${capitalizeFirst(summarizeChanges(picked))} ${span}.`,
    models: [...new Set(models)],
    blocks,
    citations: citationsOf(catalog, picked),
  });
}

function orgName(catalog: Catalog, org: string): string {
  for (const r of catalog.records) {
    const f = r.facts.organization;
    if (r.org === org && f && "value" in f) return f.value;
  }
  return org;
}

function capitalizeFirst(s: string): string {
  return s.length === 0 ? s : (s[0]?.toUpperCase() ?? "") + s.slice(1);
}

/**
 * A channel's post after a refresh: the changes its watches care about, grouped by kind, each
 * with its source and date. `labels` names the watches that matched (for the heading).
 */
export function answerWatchPost(
  catalog: Catalog,
  changes: CatalogChanges,
  labels: readonly string[],
): Answer {
  const sections = changeSections(changes);
  const blocks: AnswerBlock[] = [];
  for (const s of sections) {
    blocks.push({ kind: "text", text: s.heading });
    blocks.push({ kind: "list", items: capped(s.items) });
  }
  const watched = [...new Set(labels)];
  const shown =
    watched.slice(0, 5).join(", ") + (watched.length > 5 ? ` and ${watched.length - 5} more` : "");
  blocks.push({
    kind: "text",
    text: `This channel watches ${shown}. \`/model watches\` lists them; \`/model unwatch …\` removes one.`,
  });
  return makeAnswer("what's new", {
    intent: "changes",
    title: `Data update: ${summarizeChanges(changes)}`,
    summary: `${capitalizeFirst(summarizeChanges(changes))} since the catalog of ${formatDate(changes.from.asOf)}.`,
    models: [
      ...new Set([...changes.added.map((a) => a.id), ...changes.prices.map((p) => p.model.id)]),
    ],
    blocks,
    citations: citationsOf(catalog, changes),
  });
}
