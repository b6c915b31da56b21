import type { Answer, FieldKey } from "../answer/types.ts";
import { makeAnswer, quoteUserText } from "../engine/answers/base.ts";
import { answerFilter, answerTop } from "../engine/answers/lists.ts";
import { endCue } from "../engine/board-end.ts";
import { type Filters, hasConstraints } from "../engine/filters.ts";
import {
  type Analysis,
  analyze,
  DEFAULT_COUNT,
  decide,
  MAX_COUNT,
  PAGE_FULL_NOTE,
  type RouteContext,
  withData,
  withNotes,
} from "../engine/route.ts";
import type { ModelRecord } from "../schema/record.ts";
import { type ConversationContext, EMPTY_CONTEXT, type ListSpec } from "./context.ts";
import { type Reading, readReferences } from "./references.ts";

/** One turn of a conversation: the answer, and what the conversation knows after it. */
export interface Turn {
  answer: Answer;
  context: ConversationContext;
}

/** How many earlier models "them" can mean. */
const MAX_RECENT = 8;

/**
 * Answers a question in the light of what the conversation established. A question that names
 * its own subject is answered as it stands; one that points back ("its price", "compare them",
 * "more", "only open weights", "what about opus 4.5?") takes what it lacks from the context;
 * one that points back at nothing says what is missing and offers choices.
 */
export function converse(
  ctx: RouteContext,
  question: string,
  previous: ConversationContext | null | undefined,
  /** Questions the engine answers outside the catalog ("what's new"), as they stand. */
  standalone: (question: string) => Answer | undefined = () => undefined,
): Turn {
  const context = previous ?? EMPTY_CONTEXT;
  const aside = standalone(question);
  if (aside) return { answer: aside, context: { ...context, turns: context.turns + 1 } };
  const reading = readReferences(question);
  // The answer is to the question as asked, whatever words were read as pointing back.
  const turn = (answer: Answer, a?: Analysis, list?: ListSpec) => ({
    answer: answer.query === question ? answer : { ...answer, query: question },
    context: nextContext(context, answer, a, list),
  });

  if (reading.more) {
    if (context.list === null) return turn(nothingToContinue(ctx, question, context));
    const spec = context.list;
    const offset = spec.offset + context.shown.length;
    const count = reading.more.all ? MAX_COUNT : (reading.more.count ?? spec.count);
    const next = { ...spec, offset, count: Math.min(count, MAX_COUNT) };
    const answer = listPage(ctx, question, next, count > MAX_COUNT || reading.more.all === true);
    return turn(answer, undefined, next);
  }

  let a = analyze(ctx, reading.rest);
  // "what's its context" beside a model the question names: "its" is that model's.
  let pointsBack =
    reading.pick !== undefined ||
    reading.those !== undefined ||
    (reading.it === true && a.models.length === 0);
  // "the first model with 1M context", "top 5 models on livebench": a new list, not a pick.
  if (pointsBack && !reading.it && ownsList(a)) pointsBack = false;
  if (!pointsBack && reading.rest !== question.trim().toLowerCase()) {
    const whole = analyze(ctx, question);
    if (
      reading.more === undefined &&
      !reading.carry &&
      !reading.refine &&
      reading.sort === undefined
    )
      a = whole;
    else if (whole.models.length > a.models.length) a = whole;
  }

  if (pointsBack) {
    const referents = resolveReferents(ctx, context, reading);
    if (referents.kind === "missing")
      return turn(missing(ctx, question, context, referents.why, a));
    const models = dedupe([...referents.models, ...a.models]);
    const carried = carryTopic(ctx, context, a, reading.carry || reading.it || referents.choice);
    const resolved = { ...carried, models };
    return turn(decide(ctx, resolved), resolved);
  }

  if (a.models.length > 0) {
    // "what about opus 4.5?", "and gpt-5?": the new model, on the topic of the last answer.
    const carried = reading.carry ? carryTopic(ctx, context, a, true) : a;
    return turn(decide(ctx, carried), carried);
  }

  const refined = refineList(ctx, question, context, reading, a);
  if (refined) return turn(refined.answer, a, refined.list);

  // "and the context?", "benchmarks?": the topic asked, of the models talked about.
  if (asksTopicOnly(a) && context.last !== "none") {
    const subjects = records(ctx, context.subjects);
    if (subjects.length > 0 && a.unresolved.length === 0) {
      const withModels = { ...a, models: subjects };
      return turn(decide(ctx, withModels), withModels);
    }
    if (subjects.length === 0 && context.shown.length > 0 && a.unresolved.length === 0)
      return turn(missing(ctx, question, context, "which model", a));
  }
  // A question that stands alone: answered as the engine answers any question.
  return turn(decide(ctx, a), a);
}

type Referents =
  | { kind: "found"; models: ModelRecord[]; choice: boolean }
  | { kind: "missing"; why: string };

/** What "it", "them", "the second one", "#3" or "the top 3" point at. */
function resolveReferents(
  ctx: RouteContext,
  context: ConversationContext,
  reading: Reading,
): Referents {
  const subjects = records(ctx, context.subjects);
  const shown = records(ctx, context.shown);
  const recent = records(ctx, context.recent);
  const listFirst = context.last === "list" || context.last === "choices";
  if (reading.pick) {
    const pool = listFirst || subjects.length < 2 ? shown : subjects;
    const offset = pool === shown ? context.shownOffset : 0;
    if (pool.length === 0) return { kind: "missing", why: "a list to pick from" };
    const pick = reading.pick;
    const index =
      "last" in pick
        ? pool.length - 1
        : pick.absolute
          ? pick.position - 1 - offset
          : pick.position - 1;
    const model = pool[index];
    if (model === undefined) {
      const what = "last" in pick ? "the last one" : `#${pick.position}`;
      return {
        kind: "missing",
        why: `${what} of the list shown (${offset + 1}–${offset + pool.length})`,
      };
    }
    return { kind: "found", models: [model], choice: context.last === "choices" };
  }
  if (reading.those) {
    const pool = listFirst
      ? shown
      : subjects.length >= 2
        ? subjects
        : recent.length > 0
          ? recent
          : shown;
    if (pool.length === 0) return { kind: "missing", why: "earlier models" };
    const n = reading.those.count;
    return { kind: "found", models: n === undefined ? pool : pool.slice(0, n), choice: false };
  }
  // "it", "its", "that one": the one model of the last answer.
  if (subjects.length === 1) return { kind: "found", models: subjects, choice: false };
  if (subjects.length === 0 && shown.length === 1)
    return { kind: "found", models: shown, choice: false };
  return {
    kind: "missing",
    why: subjects.length > 1 || shown.length > 1 ? "which model" : "a model",
  };
}

/** A follow-up with no topic of its own takes the last one ("what about opus 4.5?"). */
function carryTopic(
  ctx: RouteContext,
  context: ConversationContext,
  a: Analysis,
  carry: boolean,
): Analysis {
  if (!carry || hasTopic(a) || a.q.cues.compare) return a;
  const fields = context.fields;
  const benchmark =
    context.benchmark !== null && ctx.catalog.benchmarks.has(context.benchmark)
      ? context.benchmark
      : undefined;
  if (fields.length === 0 && benchmark === undefined && !context.transparency) return a;
  const q = {
    ...a.q,
    ...(fields[0] ? { field: fields[0] } : {}),
    cues: { ...a.q.cues, transparency: context.transparency && benchmark === undefined },
  };
  return { ...a, q, fields, ...(benchmark ? { benchmark } : {}) };
}

function hasTopic(a: Analysis): boolean {
  return (
    a.fields.length > 0 ||
    a.benchmark !== undefined ||
    a.q.field !== undefined ||
    a.q.cues.transparency ||
    a.q.cues.benchmarks ||
    a.q.provider !== undefined
  );
}

/** A question with its own list: a benchmark's top, constraints or "models". */
function ownsList(a: Analysis): boolean {
  return (
    a.q.cues.list ||
    hasConstraints(a.filters) ||
    a.filters.sort !== undefined ||
    (a.benchmark !== undefined && a.q.cues.top)
  );
}

/** A topic with no model, no list and no constraint: "and the context?", "benchmarks?". */
function asksTopicOnly(a: Analysis): boolean {
  const f = a.filters;
  return (
    hasTopic(a) &&
    a.models.length === 0 &&
    !a.q.cues.top &&
    !a.q.cues.list &&
    !hasConstraints(f) &&
    f.sort === undefined &&
    !(a.q.cues.transparency && /\b(?:most|least)\b/.test(a.q.prepared))
  );
}

/**
 * "only open weights", "under $1", "from mistral", "sorted by price": the last list again with
 * the new constraint added (or in the new order), from its first row.
 */
function refineList(
  ctx: RouteContext,
  question: string,
  context: ConversationContext,
  reading: Reading,
  a: Analysis,
): { answer: Answer; list: ListSpec } | undefined {
  const spec = context.list;
  // The list must be what the talk is about: just shown, or one of its rows just looked at.
  const onList =
    context.last === "list" ||
    (context.subjects.length === 1 && context.shown.includes(context.subjects[0] ?? ""));
  if (spec === null || !onList) return undefined;
  const added: Filters = { ...a.filters };
  const sorted = reading.sort !== undefined;
  const constrains = hasConstraints(added) || added.sort !== undefined || sorted;
  if (!constrains || a.benchmark !== undefined || a.models.length > 0) return undefined;
  // "open weights models" is a list of its own; "only open weights" or a bare constraint narrows.
  if (a.q.cues.list && !reading.refine) return undefined;
  if (a.unresolved.some((r) => r.kind === "unknown")) return undefined;
  const filters: Filters = { ...spec.filters, ...added };
  if (sorted) {
    if (reading.sort === null) delete filters.sort;
    else if (reading.sort) filters.sort = reading.sort;
  }
  const list: ListSpec = { ...spec, filters, offset: 0 };
  return { answer: listPage(ctx, question, list, false), list };
}

/** One page of a list the conversation keeps. */
function listPage(ctx: RouteContext, question: string, spec: ListSpec, capped: boolean): Answer {
  const filters = spec.filters;
  const answer =
    spec.kind === "top"
      ? answerTop(
          ctx.catalog,
          ctx.boards,
          ctx.facts,
          question,
          spec.benchmark ?? "livebench",
          spec.count,
          filters,
          spec.release ?? undefined,
          spec.offset,
          spec.cue,
        )
      : answerFilter(
          ctx.catalog,
          ctx.facts,
          ctx.orders,
          question,
          filters,
          spec.count,
          spec.offset,
        );
  const more = answer.data?.page?.more === true;
  return withData(capped && more ? withNotes(answer, [PAGE_FULL_NOTE]) : answer);
}

/** "more" with no list before it. */
function nothingToContinue(
  ctx: RouteContext,
  question: string,
  context: ConversationContext,
): Answer {
  const examples = ["top 10 on livebench coding", "open-weights models with over 1M context"];
  return makeAnswer(question, {
    intent: "help",
    title: "Nothing to continue",
    summary: "There is no list in this conversation to show more of. Ask for one first.",
    blocks: [
      {
        kind: "text",
        text: "There is no list in this conversation to show more of. Ask for one first, for example:",
      },
      { kind: "list", items: examples },
    ],
    followUps: [
      ...records(ctx, context.subjects).map((m) => ({ label: m.name.slice(0, 60), query: m.id })),
      ...examples.map((q) => ({ label: q, query: q })),
    ].slice(0, 5),
  });
}

/**
 * A follow-up that points at something the conversation does not have: says what is missing
 * and offers the models it could mean (or examples when there are none).
 */
function missing(
  ctx: RouteContext,
  question: string,
  context: ConversationContext,
  why: string,
  a: Analysis,
): Answer {
  const pool = dedupe([
    ...records(ctx, context.subjects),
    ...records(ctx, context.shown),
    ...records(ctx, context.recent),
  ]).slice(0, 5);
  const topic = a.benchmark ?? a.fields[0] ?? (a.q.cues.transparency ? "transparency" : "");
  const asked = quoteUserText(question);
  if (pool.length === 0) {
    const examples = ["gpt-5.1-codex-mini context", "claude sonnet 4.5 price"];
    return makeAnswer(question, {
      intent: "help",
      title: "Which model?",
      summary: `"${asked}" points back to an earlier answer, and this conversation has none yet. Name a model, for example ${examples[0]}.`,
      blocks: [
        {
          kind: "text",
          text: `"${asked}" points back to an earlier answer, and this conversation has none yet. Name a model:`,
        },
        { kind: "list", items: examples },
      ],
      followUps: examples.map((q) => ({ label: q, query: q })),
    });
  }
  const names = pool.map((m) => m.name);
  return makeAnswer(question, {
    intent: "ambiguous",
    suggestions: pool.map((m) => m.id),
    title: "Which model?",
    summary: `I can't tell ${why} "${asked}" means: ${names.join(", ")}?`,
    blocks: [
      { kind: "text", text: `I can't tell ${why} "${asked}" means. Pick one:` },
      { kind: "list", items: pool.map((m) => `${m.name} (${m.id})`) },
    ],
    followUps: pool.map((m) => ({
      label: m.name.slice(0, 60),
      query: topic ? `${m.id} ${topic}` : m.id,
    })),
  });
}

/** The context after an answer: its models, topic and list, for the next turn to point at. */
function nextContext(
  prev: ConversationContext,
  answer: Answer,
  a: Analysis | undefined,
  list: ListSpec | undefined,
): ConversationContext {
  const base = { ...prev, turns: prev.turns + 1 };
  const topic = {
    fields: (a?.fields.length ? a.fields : answer.field ? [answer.field] : []) as FieldKey[],
    benchmark: answer.benchmark,
    transparency: answer.intent === "transparency",
  };
  switch (answer.intent) {
    case "help":
      return base;
    case "not_found":
    case "ambiguous":
      return {
        ...base,
        ...topic,
        last: answer.suggestions.length > 0 ? "choices" : base.last,
        shown: answer.suggestions.length > 0 ? answer.suggestions.slice(0, 25) : base.shown,
        shownOffset: answer.suggestions.length > 0 ? 0 : base.shownOffset,
      };
    case "top":
    case "filter": {
      const spec = list ?? specOf(answer, a);
      return {
        ...base,
        ...topic,
        fields: [],
        last: "list",
        subjects: [],
        recent: [],
        shown: answer.models.slice(0, 25),
        shownOffset: spec?.offset ?? 0,
        list: spec ?? null,
      };
    }
    default: {
      // A ranking without a model named (most transparent) is a list to pick from.
      if (answer.intent === "transparency" && (a?.models.length ?? 0) === 0) {
        return {
          ...base,
          ...topic,
          last: "list",
          subjects: [],
          shown: answer.models.slice(0, 25),
          shownOffset: 0,
        };
      }
      const subjects = answer.models.slice(0, 8);
      const recent = [...prev.recent.filter((id) => !subjects.includes(id)), ...subjects].slice(
        -MAX_RECENT,
      );
      return { ...base, ...topic, last: "models", subjects, recent };
    }
  }
}

/** The spec of a list answer a question asked for afresh. */
function specOf(answer: Answer, a: Analysis | undefined): ListSpec | undefined {
  if (a === undefined) return undefined;
  const count = Math.min(MAX_COUNT, Math.max(1, a.q.filters.count ?? DEFAULT_COUNT));
  const cue = answer.intent === "top" ? endCue(a.q.prepared) : undefined;
  return {
    ...(cue ? { cue } : {}),
    kind: answer.intent === "top" ? "top" : "filter",
    benchmark: answer.intent === "top" ? answer.benchmark : null,
    release: a.q.release ?? null,
    filters: a.filters,
    offset: 0,
    count,
  };
}

function records(ctx: RouteContext, ids: readonly string[]): ModelRecord[] {
  return ids.flatMap((id) => ctx.catalog.byId.get(id) ?? []);
}

function dedupe(models: ModelRecord[]): ModelRecord[] {
  return models.filter((m, i) => models.indexOf(m) === i);
}
