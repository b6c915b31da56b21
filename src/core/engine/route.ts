import type { Answer, FieldKey } from "../answer/types.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type { ModelRecord } from "../schema/record.ts";
import { answerTransparency } from "../transparency/index.ts";
import { quoteUserText } from "./answers/base.ts";
import { answerAllBenchmarks, answerBenchmark } from "./answers/benchmark.ts";
import { answerDiscovery, discoveryTopic } from "./answers/discover.ts";
import { answerAmbiguous, answerHelp, answerNotFound } from "./answers/help.ts";
import { answerHistory } from "./answers/history.ts";
import { answerCompare, answerFilter, answerTop } from "./answers/lists.ts";
import { answerField, answerFields, answerOverview } from "./answers/model.ts";
import type { ModelFacts } from "./answers/select.ts";
import { answerValue } from "./answers/value.ts";
import { endCue } from "./board-end.ts";
import { type Filters, hasConstraints, type SortKey } from "./filters.ts";
import type { Leaderboards } from "./leaderboard.ts";
import type { NameIndex } from "./name-index.ts";
import { compactKey } from "./normalize.ts";
import { type FieldPhrase, type ParsedQuestion, parseQuestion, pickField } from "./parse.ts";
import { type PhraseBook, SUITE_CATEGORIES } from "./phrases.ts";
import { isModelShaped, type Resolution, type Resolver } from "./resolve.ts";
import { OFF_TOPIC_WORDS, SEPARATORS, yesNoVerbAt } from "./words.ts";

/** Kept here too for the callers that read it from the router. */
export { buildOrgIndex } from "./orgs.ts";

export interface RouteContext {
  catalog: Catalog;
  index: NameIndex;
  resolver: Resolver;
  phrases: PhraseBook;
  boards: Leaderboards;
  facts: ModelFacts;
  orders: (key: SortKey, org?: string) => readonly ModelRecord[];
  /** Compact organization names and ids → org id. */
  orgs: Map<string, string>;
}

/** At most this many models in one comparison: a wider table reads badly in chat. */
export const MAX_COMPARE = 4;
export const DEFAULT_COUNT = 10;
/** The most rows one chat message holds; "more" shows the rest. */
export const MAX_COUNT = 25;
export const PAGE_FULL_NOTE = `Showing ${MAX_COUNT}, the most one message holds; say "more" for the rest.`;

/** What a question says, read and resolved, before an answer is chosen. */
export interface Analysis {
  question: string;
  q: ParsedQuestion;
  /** The models the question names, in its order, each once. */
  models: ModelRecord[];
  /** Mentions that name no model (words no name has, beside a real question, left out). */
  unresolved: Exclude<Resolution, { kind: "model" }>[];
  benchmark?: string;
  /** Every topic asked, in the question's order ("price and context window": both). */
  fields: FieldKey[];
  filters: Filters;
  /** Organizations the question limits a list to. */
  orgs: string[];
  /** An unknown name a yes/no question is about ("is blorpgpt open source"): no list. */
  subject?: Resolution;
}

/** Where a list answer starts and how long it is, when a conversation continues one. */
export interface Page {
  offset?: number;
  count?: number;
}

/** One question in, one answer out: parse, resolve the models, pick the intent, answer. */
export function routeQuestion(ctx: RouteContext, question: string): Answer {
  return decide(ctx, analyze(ctx, question));
}

/** Reads a question: its models, topics, benchmark and constraints. */
export function analyze(ctx: RouteContext, question: string): Analysis {
  const q = parseQuestion(question, ctx.phrases, (text) => ctx.index.exact(text).length > 0);
  const all = ctx.resolver.resolveAll(q);
  const listing =
    q.cues.list || hasConstraints(q.filters.filters) || q.filters.filters.sort !== undefined;
  const { resolutions, orgs, nameHas } = splitGroups(ctx, all, listing, q.filters.spans, q.cues);
  const free = dropAbsorbedField(q, resolutions);
  // "write me a poem about the sea": beside a word of another subject, one plain word that is no
  // model's exact name ("sea" of Sea-Lion) is no model either.
  const elsewhere = hasOffTopicWord(ctx, q);
  const models = dedupe(
    keepStrongWithoutCompare(ctx, q, resolutions).flatMap((r) =>
      r.kind === "model" && !((isOwnThing(q, r) || elsewhere) && isLooseWord(ctx, r))
        ? [r.record]
        : [],
    ),
  );
  const benchmark = pickBenchmark(ctx, q, models);
  const hasOtherContent =
    models.length > 0 || q.benchmarks.length > 0 || listing || orgs.length > 0;
  const subject = models.length === 0 ? yesNoSubject(q, resolutions) : undefined;
  const unresolved = resolutions.filter(
    (r): r is Exclude<Resolution, { kind: "model" }> =>
      r.kind !== "model" &&
      (r === subject ||
        !(hasOtherContent && ((isNoise(ctx, r) && !isVersus(q, r)) || isOwnThing(q, r)))),
  );
  const filters: Filters = {
    ...q.filters.filters,
    ...(orgs.length > 0 ? { orgs } : {}),
    ...(nameHas.length > 0 ? { nameHas } : {}),
  };
  return {
    question,
    q,
    models,
    unresolved,
    ...(benchmark ? { benchmark } : {}),
    fields: askedFields(q, free),
    filters,
    orgs,
    ...(subject ? { subject } : {}),
  };
}

/** Picks the intent of an analysed question and answers it. */
export function decide(ctx: RouteContext, a: Analysis, page: Page = {}): Answer {
  const notes: string[] = [];
  const answer = decideWithNotes(ctx, a, page, notes);
  return withData(notes.length > 0 ? withNotes(answer, notes) : answer);
}

function decideWithNotes(ctx: RouteContext, a: Analysis, page: Page, notes: string[]): Answer {
  const { question, q, models, benchmark, filters, orgs } = a;
  if (q.tokens.length === 0 && models.length === 0) {
    return answerHelp(
      question,
      question.trim() === "" ? undefined : "I couldn't find a question in that message.",
    );
  }
  const unresolved = a.unresolved[0];
  const ambiguous = a.unresolved.find((r) => r.kind === "ambiguous");
  const asked = page.count ?? q.filters.count ?? DEFAULT_COUNT;
  const count = Math.min(MAX_COUNT, Math.max(1, asked));
  if (asked > MAX_COUNT) {
    notes.push(PAGE_FULL_NOTE);
  }
  const offset = page.offset ?? 0;
  const field = a.fields.length > 0 ? (q.field ?? a.fields[0]) : q.field;
  const topic = benchmark ?? field ?? (q.cues.transparency ? "transparency" : "");
  const compared = (list: ModelRecord[]) => {
    if (list.length > MAX_COMPARE) {
      const left = list.slice(MAX_COMPARE).map((m) => m.name);
      notes.push(
        `Comparing the first ${MAX_COMPARE} of ${list.length}: one table holds ${MAX_COMPARE}; ask again for ${left.join(", ")}.`,
      );
    }
    return list.slice(0, MAX_COMPARE);
  };
  // A name that fits nothing, beside models that were found: answered without it, and said so.
  const noteUnknown = () => {
    for (const r of a.unresolved) if (isNameShaped(r)) notes.push(unresolvedNote(r, models));
  };

  if (models.length === 0 && !benchmark && !hasConstraints(filters)) {
    const discover = discoveryTopic(question);
    if (discover) return answerDiscovery(ctx.catalog, question, discover);
  }
  if (q.cues.help && models.length === 0 && !benchmark && !hasConstraints(filters))
    return answerHelp(question);
  if (models.length === 0 && !benchmark && orgs.length === 0 && isOffTopic(ctx, a))
    return answerHelp(question, OFF_TOPIC_NOTE);

  if (q.cues.transparency) {
    if (unresolved && models.length < 2 && !(models.length === 0 && isRankingQuestion(q))) {
      if (models.length === 0 || ambiguous)
        return answerUnresolved(question, unresolved, "transparency");
      noteUnknown();
    }
    if (models.length >= 2) {
      if (ambiguous) return answerUnresolved(question, ambiguous, "transparency");
      noteUnknown();
      return answerTransparency(
        ctx.catalog,
        { kind: "compare", models: compared(models) },
        question,
      );
    }
    const [model] = models;
    if (model) {
      return answerTransparency(
        ctx.catalog,
        q.category ? { kind: "category", model, category: q.category } : { kind: "profile", model },
        question,
      );
    }
    return answerTransparency(
      ctx.catalog,
      {
        kind: "ranking",
        order: q.cues.least ? "least" : "most",
        count,
        ...(orgs[0] ? { org: orgs[0] } : {}),
        ...(filters.openWeights ? { openWeightsOnly: true } : {}),
      },
      question,
    );
  }

  if (q.cues.value && models.length === 0) {
    const on = benchmark ?? "livebench";
    return answerValue(ctx.catalog, ctx.boards, ctx.facts, question, on, filters, count);
  }
  if (q.cues.history && benchmark) {
    // "how has claude sonnet improved": a family's models, one line each.
    const family = models.length === 0 && unresolved?.kind === "ambiguous";
    const who = family ? unresolved.candidates : unresolved ? [] : models;
    if (who.length > 0) return answerHistory(ctx.catalog, ctx.boards, question, who, benchmark);
  }

  if (models.length >= 2) {
    if (ambiguous) return answerUnresolved(question, ambiguous, topic);
    noteUnknown();
    return answerCompare(
      ctx.catalog,
      ctx.boards,
      question,
      compared(models),
      field,
      benchmark,
      a.fields.length > 1 ? a.fields : field ? [field] : [],
    );
  }
  const [model] = models;
  if (model) {
    noteUnknown();
    if (benchmark)
      return answerBenchmark(ctx.catalog, ctx.boards, question, model, benchmark, q.release);
    if (a.fields.length > 1) return answerFields(ctx.catalog, question, model, a.fields, field);
    if (field) return answerField(ctx.catalog, question, model, field, q.provider);
    // "is X on bedrock": the listing there (its id, price and limits), or where else it is.
    if (q.provider) return answerField(ctx.catalog, question, model, "providers", q.provider);
    if (q.cues.benchmarks || q.cues.top)
      return answerAllBenchmarks(ctx.catalog, ctx.boards, question, model);
    return answerOverview(ctx.catalog, ctx.boards, question, model);
  }
  // "zorblax-70b on livebench", "is foobar-9000 open weights": a model the catalog lacks, not a list.
  if (
    unresolved?.kind === "ambiguous" ||
    (unresolved && (isModelShaped(unresolved.mention) || unresolved === a.subject))
  )
    return answerUnresolved(question, unresolved, topic);
  if (benchmark || (q.cues.top && !filters.sort && !unresolved)) {
    return answerTop(
      ctx.catalog,
      ctx.boards,
      ctx.facts,
      question,
      benchmark ?? "livebench",
      count,
      filters,
      q.release,
      offset,
      endCue(q.prepared),
    );
  }
  if (hasConstraints(filters) || filters.sort)
    return answerFilter(ctx.catalog, ctx.facts, ctx.orders, question, filters, count, offset);
  if (unresolved) return answerUnresolved(question, unresolved, topic);
  return answerHelp(
    question,
    "I couldn't tell which model you mean. Name one, for example gpt-5.1-codex-mini.",
  );
}

/** Units and amounts ("1m", "per m input") are no name left out; a word or a code is. */
const UNIT_WORDS = new Set(["input", "output", "tokens", "token", "mtok", "million", "thousand"]);
export function isNameShaped(r: Resolution): boolean {
  return r.mention.tokens.some((t) => /[a-z]{2}/.test(t.text) && !UNIT_WORDS.has(t.text));
}

/** "I don't know 'foobar', so this is GPT-4o alone; did you mean …?" */
function unresolvedNote(r: Exclude<Resolution, { kind: "model" }>, models: ModelRecord[]): string {
  const asked = quoteUserText(r.mention.text);
  const names = models.map((m) => m.name);
  const scope =
    names.length === 1 ? `this is ${names[0]} alone` : `this is ${names.join(", ")} without it`;
  if (r.kind === "ambiguous") {
    const options = r.candidates.slice(0, 3).map((c) => c.name);
    return `"${asked}" fits several models (${options.join(", ")}), so ${scope}; name the one you mean to add it.`;
  }
  const guesses = r
    .suggestions()
    .slice(0, 3)
    .map((s) => s.name);
  return `I don't know "${asked}", so ${scope}${guesses.length > 0 ? `; did you mean ${guesses.join(", ")}?` : "."}`;
}

/** The notes go first: what the answer left out is read before the answer. */
export function withNotes(answer: Answer, notes: string[]): Answer {
  return {
    ...answer,
    summary: `${notes.join(" ")} ${answer.summary}`,
    blocks: [...notes.map((text) => ({ kind: "text" as const, text })), ...answer.blocks],
  };
}

/** Answers without values of their own (transparency, help) give their shown rows as data. */
export function withData(answer: Answer): Answer {
  if (answer.data !== undefined) return answer;
  const facts = answer.blocks.flatMap((b) => (b.kind === "facts" ? b.rows : []));
  const table = answer.blocks.find((b) => b.kind === "table");
  if (facts.length === 0 && table === undefined) return answer;
  return {
    ...answer,
    data: {
      table:
        table?.kind === "table"
          ? {
              columns: table.columns.map((c, i) => c || `column${i + 1}`),
              rows: table.rows.map((row) =>
                Object.fromEntries(
                  table.columns.map((c, i) => [c || `column${i + 1}`, row[i] ?? null]),
                ),
              ),
            }
          : {
              columns: ["label", "value", "source", "asOf"],
              rows: facts.map((f) => ({
                label: f.label,
                value: f.value,
                source: f.citation?.source ?? null,
                asOf: f.citation?.asOf ?? null,
              })),
            },
    },
  };
}

/**
 * The topics a question asks, in its order. Topics count apart only when "and", "or" or a comma
 * stands between them ("price and context window", "context and who makes it"); phrases with
 * none between ("cost per million output tokens") read as one topic, the one the parser picked.
 */
function askedFields(q: ParsedQuestion, free: FieldPhrase[]): FieldKey[] {
  if (q.field === undefined) return [];
  const sorted = [...free].sort((x, y) => x.start - y.start || y.length - x.length);
  const groups: FieldPhrase[][] = [];
  let end = -1;
  for (const f of sorted) {
    const current = groups.at(-1);
    const between = q.tokens.slice(Math.max(end, 0), f.start);
    if (current === undefined || between.some((t) => SEPARATORS.has(t.text))) groups.push([f]);
    else current.push(f);
    end = Math.max(end, f.start + f.length);
  }
  const fields = [...new Set(groups.flatMap((g) => pickField(g) ?? []))];
  return fields.includes(q.field) ? fields : [q.field];
}

/** Topics that are also a model's mode or variant ("thinking", "vision"). */
const MODE_FIELDS = new Set<FieldKey>(["reasoning", "vision"]);

/**
 * "llama 3.2 90b vision": "vision" went into the model's name, so it is not the topic. Returns
 * the field phrases no name took.
 */
function dropAbsorbedField(q: ParsedQuestion, resolutions: Resolution[]): FieldPhrase[] {
  const taken = new Set(resolutions.flatMap((r) => [...r.mention.tokens, ...(r.maker ?? [])]));
  const ends = new Set(
    resolutions.flatMap((r) => (r.kind === "model" ? [r.mention.tokens.at(-1)] : [])),
  );
  const untaken = q.fieldPhrases.filter(
    (f) => !q.tokens.slice(f.start, f.start + f.length).some((t) => taken.has(t)),
  );
  // "claude 3.7 sonnet thinking price": a mode word right after the name says which variant,
  // when another topic is asked beside it with no "and" between.
  const modifier = (f: FieldPhrase) =>
    MODE_FIELDS.has(f.field) &&
    ends.has(q.tokens[f.start - 1]) &&
    untaken.some(
      (g) =>
        g !== f &&
        !g.weak &&
        !MODE_FIELDS.has(g.field) &&
        !q.tokens
          .slice(Math.min(f.start, g.start), Math.max(f.start, g.start))
          .some((t) => SEPARATORS.has(t.text)),
    );
  const free = untaken.filter((f) => !modifier(f));
  if (free.length === q.fieldPhrases.length) return free;
  const field = pickField(free);
  if (field) q.field = field;
  else delete q.field;
  return free;
}

/**
 * In a list question ("anthropic models with vision", "qwen models over 200k context") a name that
 * is an organization, or only a family, is a constraint rather than one model.
 */
function splitGroups(
  ctx: RouteContext,
  all: Resolution[],
  listing: boolean,
  filterSpans: [number, number][],
  cues: { list: boolean } = { list: true },
) {
  const orgs: string[] = [];
  const nameHas: string[] = [];
  const resolutions: Resolution[] = [];
  // A word a constraint used ("open" of "open weights") is no part of a family name.
  const free = (t: { start: number; end: number }) =>
    !filterSpans.some(([s, e]) => t.start >= s && t.end <= e);
  for (const r of all) {
    const exact = r.kind === "model" && ctx.index.exact(r.mention.text).length > 0;
    const words = r.mention.tokens.filter(free).map((t) => t.text);
    // "ok so google models": words no name has before the maker's name are chat, not the maker.
    const lead = words.findIndex((w) => ctx.index.hasToken(w) || ctx.orgs.has(w));
    const org = exact
      ? undefined
      : (ctx.orgs.get(compactKey(words.join(" "))) ??
        (lead > 0 ? ctx.orgs.get(compactKey(words.slice(lead).join(" "))) : undefined));
    const leadOrg = words.length > 1 ? ctx.orgs.get(words[0] ?? "") : undefined;
    if (org !== undefined && (listing || r.kind !== "model")) orgs.push(org);
    // …but a model named after its maker in a yes/no question ("is Readyart ms3.2-… open weights")
    // stays that model.
    else if (listing && !exact && leadOrg !== undefined && (r.kind !== "model" || cues.list)) {
      // "alibaba qwen models": the maker, then the family.
      orgs.push(leadOrg);
      nameHas.push(...words.slice(1).map(ctx.index.nameWord));
    } else if (listing && !exact && r.kind === "ambiguous")
      nameHas.push(...words.map(ctx.index.nameWord));
    else resolutions.push(r);
  }
  return { resolutions, orgs, nameHas };
}

/**
 * With no "vs", "and", "or", "compare" in the question, a lone ordinary word that happens to be
 * part of some model's name ("how open is …" → open-mistral-nemo) is no second model.
 */
function keepStrongWithoutCompare(
  ctx: RouteContext,
  q: ParsedQuestion,
  rs: Resolution[],
): Resolution[] {
  const models = rs.filter((r) => r.kind === "model");
  if (models.length < 2 || q.cues.compare || q.tokens.some((t) => SEPARATORS.has(t.text)))
    return rs;
  const weak = (r: Resolution) =>
    r.kind === "model" &&
    r.mention.tokens.length === 1 &&
    /^[a-z]+$/.test(r.mention.text) &&
    ctx.index.exact(r.mention.text).length === 0;
  const strong = rs.filter((r) => !weak(r));
  return strong.some((r) => r.kind === "model") ? strong : rs;
}

/** Words no model name has ("profile", "please"), beside a real question: not a model to look for. */
function isNoise(ctx: RouteContext, r: Resolution): boolean {
  return (
    r.kind === "unknown" &&
    r.mention.tokens.every((t) => /^[a-z]+$/.test(t.text) && !ctx.index.hasToken(t.text))
  );
}

/** "gpt-4o vs foobar": a name set against another one is meant as a model, known or not. */
function isVersus(q: ParsedQuestion, r: Resolution): boolean {
  const first = r.mention.tokens[0];
  const last = r.mention.tokens.at(-1);
  const at = first === undefined ? -1 : q.tokens.indexOf(first);
  const end = last === undefined ? -1 : q.tokens.indexOf(last);
  const versus = (i: number) => q.tokens[i]?.text === "vs" || q.tokens[i]?.text === "versus";
  return at >= 0 && (versus(at - 1) || versus(end + 1));
}

const POSSESSIVES = new Set(["our", "my", "your", "their", "his", "her"]);

/**
 * The unknown name right after the opening verb of a yes/no question ("is blorpgpt open source",
 * "does quibble have vision"): the question is about that one thing, so it is not found rather
 * than a list of every open-weights model. A list cue ("are there open models") keeps the list.
 */
function yesNoSubject(q: ParsedQuestion, rs: Resolution[]): Resolution | undefined {
  const verb = yesNoVerbAt(q.tokens.map((t) => t.text));
  if (verb < 0 || q.cues.list) return undefined;
  const at = q.tokens[verb + 1]?.text === "the" ? verb + 2 : verb + 1;
  return rs.find((r) => r.kind === "unknown" && r.mention.tokens[0] === q.tokens[at]);
}

export const OFF_TOPIC_NOTE =
  "That is outside what I know: I answer questions about AI language models.";

/**
 * A question about something else ("what's the weather in berlin", "tell me a joke"): it names
 * no model, maker or benchmark, says no list, has a word of another subject that no model name
 * has, and nothing model-shaped or family-like is left unknown.
 */
function isOffTopic(ctx: RouteContext, a: Analysis): boolean {
  if (a.q.cues.list || !hasOffTopicWord(ctx, a.q)) return false;
  // A family or model-shaped name is still a model question ("gpt-9 joke"); one plain word that
  // only fits as part of names ("write" of "…Writer…") is not.
  return !a.unresolved.some(
    (r) => isModelShaped(r.mention) || (r.kind === "ambiguous" && r.mention.tokens.length > 1),
  );
}

function hasOffTopicWord(ctx: RouteContext, q: ParsedQuestion): boolean {
  return q.tokens.some((t) => OFF_TOPIC_WORDS.has(t.text) && !ctx.index.hasToken(t.text));
}

/** "for our agent", "in my app": the asker's own thing, not a model they name. */
function isOwnThing(q: ParsedQuestion, r: Resolution): boolean {
  const first = r.mention.tokens[0];
  const at = first === undefined ? -1 : q.tokens.indexOf(first);
  return at > 0 && POSSESSIVES.has(q.tokens[at - 1]?.text ?? "");
}

/** One plain word that is no model's exact name ("agent" of "for our agent"). */
function isLooseWord(ctx: RouteContext, r: Resolution): boolean {
  return (
    r.mention.tokens.length === 1 &&
    /^[a-z]+$/.test(r.mention.text) &&
    ctx.index.exact(r.mention.text).length === 0
  );
}

function isRankingQuestion(q: ParsedQuestion): boolean {
  return q.cues.top || /\b(most|least|which|rank|ranking)\b/.test(q.prepared);
}

function answerUnresolved(
  question: string,
  r: Exclude<Resolution, { kind: "model" }>,
  topic: string,
): Answer {
  return r.kind === "ambiguous"
    ? answerAmbiguous(question, r.mention.text, r.candidates, topic)
    : answerNotFound(question, r.mention.text, r.suggestions(), topic);
}

function dedupe(records: ModelRecord[]): ModelRecord[] {
  return records.filter((r, i) => records.indexOf(r) === i);
}

/** The benchmark asked about; "livebench" with a category word names that category's board. */
function pickBenchmark(
  ctx: RouteContext,
  q: ParsedQuestion,
  models: readonly ModelRecord[],
): string | undefined {
  const named = q.benchmarks.find((b) => b !== "livebench") ?? q.benchmarks[0];
  const suite =
    q.suiteCategory && !suiteWordsAreNames(q, models) ? `livebench-${q.suiteCategory}` : undefined;
  if (named === "livebench" && suite && ctx.catalog.benchmarks.has(suite)) return suite;
  if (named) return named;
  if (suite && (q.cues.top || q.cues.benchmarks) && ctx.catalog.benchmarks.has(suite)) return suite;
  return undefined;
}

/**
 * True when every category word of the question is a word of a model it names: "kimi-k2.7-code
 * livebench" and "grok-4-fast-reasoning livebench" ask for the overall score, not Coding or
 * Reasoning. A category word the names lack ("gpt-5.2-codex livebench coding") still names one.
 */
function suiteWordsAreNames(q: ParsedQuestion, models: readonly ModelRecord[]): boolean {
  const asked = q.tokens.filter((t) => t.text in SUITE_CATEGORIES).map((t) => t.text);
  if (asked.length === 0 || models.length === 0) return false;
  const nameWords = new Map<string, number>();
  for (const m of models) {
    const words = new Set(`${m.id} ${m.name}`.toLowerCase().split(/[^a-z0-9]+/));
    for (const w of words) nameWords.set(w, (nameWords.get(w) ?? 0) + 1);
  }
  const left = new Map(nameWords);
  for (const w of asked) {
    const n = left.get(w) ?? 0;
    if (n === 0) return false;
    left.set(w, n - 1);
  }
  return true;
}
