import { formatCount, formatDate, formatParams, formatUsd } from "../../answer/format.ts";
import { factValue } from "../../schema/fact.ts";
import type { ModelRecord } from "../../schema/record.ts";
import type { Bound, Filters, SortKey } from "../filters.ts";
import { ALL_KINDS, KIND_TITLES, kindOf, TEXT_KINDS } from "../kinds.ts";
import { licenseKeysOf, licenseTitle } from "../licenses.ts";
import { tokenize } from "../normalize.ts";
import { freeProviders, isFree, leadPrice, pricedListings } from "./offers.ts";

/**
 * The values filters and sorting read, one lookup per record. Every key is always present (an
 * unknown value is undefined): objects of one shape keep a list question's walk over thousands of
 * records on V8's fast property path, where records parsed from JSON come in many shapes.
 */
export interface EffectiveFacts {
  /** The record's kind (kinds.ts `kindOf`) and maker, read here once rather than per filter. */
  kind: string;
  org: string;
  context: number | undefined;
  maxOutput: number | undefined;
  /** The price an answer leads with (offers.ts `leadPrice`): a paid one whenever there is one. */
  inputPrice: number | undefined;
  outputPrice: number | undefined;
  /** True when every priced listing is at $0: no paid price to rank the model by. */
  freeOnly: true | undefined;
  /** Providers listing the model at $0 (free tiers, promotions), each once. */
  freeAt: string[];
  openWeights: boolean | undefined;
  vision: boolean | undefined;
  reasoning: boolean | undefined;
  functionCalling: boolean | undefined;
  structuredOutput: boolean | undefined;
  release: string | undefined;
  params: number | undefined;
  /** The fastest measured output speed at any provider (tokens per second). */
  speed: number | undefined;
  /** The quickest measured time to first token at any provider (seconds). */
  firstToken: number | undefined;
  inputs: string[];
  /** License keys of the record's license text (licenses.ts). */
  licenses: string[];
  outputs: string[];
  /** Tokens of the id and display name, for "qwen models". */
  nameTokens: string[];
}

export type ModelFacts = (r: ModelRecord) => EffectiveFacts;

/** Memoized effective facts: the maker's value, else what the provider listings say. */
export function buildFactsCache(): ModelFacts {
  const cache = new WeakMap<ModelRecord, EffectiveFacts>();
  return (r) => {
    let f = cache.get(r);
    if (f !== undefined) return f;
    const priced = pricedListings(r);
    const price = leadPrice(r, priced);
    const inputs = factValue(r.facts.input_modalities) ?? [];
    const flag = (
      key: "vision" | "reasoning" | "functionCalling" | "structuredOutput",
      fact: boolean | undefined,
    ) =>
      fact ??
      (r.listings.some((l) => l[key] === true)
        ? true
        : r.listings.some((l) => l[key] === false)
          ? false
          : undefined);
    const speeds = r.speeds ?? [];
    const rates = speeds.flatMap((s) =>
      s.tokensPerSecond === undefined ? [] : [s.tokensPerSecond],
    );
    const waits = speeds.flatMap((s) =>
      s.firstTokenSeconds === undefined ? [] : [s.firstTokenSeconds],
    );
    f = {
      kind: kindOf(r),
      org: r.org,
      context: factValue(r.facts.context_length) ?? r.listings.find((l) => l.context)?.context,
      maxOutput: factValue(r.facts.max_output) ?? r.listings.find((l) => l.maxOutput)?.maxOutput,
      inputPrice: price?.price.input,
      outputPrice: price?.price.output,
      freeOnly: price && isFree(price) ? true : undefined,
      freeAt: freeProviders(r, priced),
      openWeights: factValue(r.facts.open_weights),
      vision: flag(
        "vision",
        factValue(r.facts.vision) ?? (inputs.length > 0 ? inputs.includes("image") : undefined),
      ),
      reasoning: flag("reasoning", factValue(r.facts.reasoning)),
      functionCalling: flag("functionCalling", factValue(r.facts.function_calling)),
      structuredOutput: flag("structuredOutput", factValue(r.facts.structured_output)),
      release: factValue(r.facts.release_date),
      params: factValue(r.facts.parameters),
      speed: rates.length > 0 ? Math.max(...rates) : undefined,
      firstToken: waits.length > 0 ? Math.min(...waits) : undefined,
      inputs,
      licenses: licenseKeysOf(factValue(r.facts.license)),
      outputs: factValue(r.facts.output_modalities) ?? [],
      nameTokens: [...new Set([...tokenize(r.id), ...tokenize(r.name)])],
    };
    cache.set(r, f);
    return f;
  };
}

/**
 * The kinds a question admits: those it names; any kind when it asks for an output no text LLM
 * gives ("models with image output"); else text LLMs, so routers, embedding and image models
 * stay out of "cheapest model with 1M context" and "newest models".
 */
export function kindsFor(q: Filters): readonly string[] {
  if (q.kinds && q.kinds.length > 0) return q.kinds;
  if (q.outputModality !== undefined && q.outputModality !== "text") return MODEL_KINDS_ONLY;
  return TEXT_KINDS;
}

/** Every kind that is a model (routers and agent products pick other models). */
const MODEL_KINDS_ONLY = ALL_KINDS.filter((k) => k !== "router");

type Check = (f: EffectiveFacts, r: ModelRecord) => boolean;

/**
 * The question's constraints as one predicate, built once per question: only the constraints it
 * sets are tested, so a list question's walk over the catalog does one or two tests per record
 * instead of reading every possible constraint for each.
 */
function compileChecks(
  q: Filters,
  orgs: string[] | undefined,
  kinds: readonly string[] | undefined,
): Check {
  const checks: Check[] = [];
  if (kinds) checks.push((f) => kinds.includes(f.kind));
  if (orgs) checks.push((f) => orgs.includes(f.org));
  const { nameHas, openWeights, releasedAfter, releasedBefore } = q;
  if (nameHas) checks.push((f) => nameHas.every((t) => f.nameTokens.includes(t)));
  // "Free models": any model someone lists at $0; a price bound reads the lead (paid) price.
  const price =
    q.maxInputPrice === 0
      ? (f: EffectiveFacts) => f.freeAt.length > 0
      : boundCheck(q, (f) => f.inputPrice, undefined, "maxInputPrice");
  const bounds = [
    boundCheck(q, (f) => f.context, "minContext", "maxContext"),
    boundCheck(q, (f) => f.maxOutput, "minOutput", "maxOutput"),
    price,
    boundCheck(q, (f) => f.outputPrice, undefined, "maxOutputPrice"),
  ];
  for (const b of bounds) if (b) checks.push(b);
  if (openWeights !== undefined) checks.push((f) => f.openWeights === openWeights);
  for (const k of ["vision", "reasoning", "functionCalling", "structuredOutput"] as const) {
    const wanted = q[k];
    if (wanted !== undefined) checks.push((f) => f[k] === wanted);
  }
  if (releasedAfter !== undefined)
    checks.push((f) => f.release !== undefined && f.release >= releasedAfter);
  if (releasedBefore !== undefined)
    checks.push((f) => f.release !== undefined && f.release < releasedBefore);
  const params = boundCheck(q, (f) => f.params, "minParams", "maxParams");
  if (params) checks.push(params);
  // "Fastest models" ranks the models someone measured; the rest are not slow, only unmeasured.
  if (q.sort === "speed-desc") checks.push((f) => f.speed !== undefined);
  if (q.sort === "latency-asc") checks.push((f) => f.firstToken !== undefined);
  const { inputModality, licenses, outputModality } = q;
  if (inputModality !== undefined) checks.push((f) => f.inputs.includes(inputModality));
  if (licenses) checks.push((f) => licenses.some((k) => f.licenses.includes(k)));
  if (outputModality !== undefined) checks.push((f) => f.outputs.includes(outputModality));
  return (f, r) => {
    for (const check of checks) if (!check(f, r)) return false;
    return true;
  };
}

/** A value within the question's bounds on it; an unknown value meets none. None set: no check. */
function boundCheck(
  q: Filters,
  read: (f: EffectiveFacts) => number | undefined,
  min: Bound | undefined,
  max: Bound | undefined,
): Check | undefined {
  const lo = min === undefined ? undefined : q[min];
  const hi = max === undefined ? undefined : q[max];
  if (lo === undefined && hi === undefined) return undefined;
  const loStrict = isStrict(q, min);
  const hiStrict = isStrict(q, max);
  return (f) => {
    const value = read(f);
    if (value === undefined) return false;
    if (lo !== undefined && (loStrict ? value <= lo : value < lo)) return false;
    if (hi !== undefined && (hiStrict ? value >= hi : value > hi)) return false;
    return true;
  };
}

/**
 * Where a model stands in a price order: paid prices first, then models listed only at $0 (a free
 * tier or promotion is no price to rank by: it must not win "cheapest"), then unknown prices.
 */
const priceTier = (f: EffectiveFacts) => (f.inputPrice === undefined ? 2 : f.freeOnly ? 1 : 0);

const SORTS: Record<string, (a: EffectiveFacts, b: EffectiveFacts) => number> = {
  "price-asc": (a, b) =>
    priceTier(a) - priceTier(b) ||
    (a.inputPrice ?? 0) - (b.inputPrice ?? 0) ||
    (a.outputPrice ?? 0) - (b.outputPrice ?? 0),
  "price-desc": (a, b) =>
    priceTier(a) - priceTier(b) ||
    (b.inputPrice ?? 0) - (a.inputPrice ?? 0) ||
    (b.outputPrice ?? 0) - (a.outputPrice ?? 0),
  "context-desc": (a, b) => (b.context ?? -1) - (a.context ?? -1),
  "release-desc": (a, b) => (b.release ?? "").localeCompare(a.release ?? ""),
  "release-asc": (a, b) => (a.release ?? "9999").localeCompare(b.release ?? "9999"),
  "params-desc": (a, b) => (b.params ?? -1) - (a.params ?? -1),
  "params-asc": (a, b) => (a.params ?? Infinity) - (b.params ?? Infinity),
  "speed-desc": (a, b) => (b.speed ?? -1) - (a.speed ?? -1),
  "latency-asc": (a, b) => (a.firstToken ?? Infinity) - (b.firstToken ?? Infinity),
};

/** The order of two models' facts under a sort key (negative: `a` first). */
export function compareFacts(key: SortKey, a: EffectiveFacts, b: EffectiveFacts): number {
  return (SORTS[key] ?? (() => 0))(a, b);
}

/**
 * Whether a record passes every constraint of the question, as a predicate built once for many
 * records. `textByDefault` false admits every kind unless the question names one (leaderboards:
 * a board's rows are whatever it measured).
 */
export function filterFor(
  q: Filters,
  facts: ModelFacts,
  textByDefault = true,
): (r: ModelRecord) => boolean {
  const check = compileChecks(q, q.orgs, textByDefault ? kindsFor(q) : q.kinds);
  return (r) => check(facts(r), r);
}

/** The order asked for, else the natural one for the constraint ("under $1" → cheapest first). */
export function sortKeyFor(q: Filters): SortKey {
  if (q.sort) return q.sort;
  // "Free models" are all $0 somewhere: newest first says more than an order of equal prices.
  if (q.maxInputPrice === 0) return "release-desc";
  if (q.maxInputPrice !== undefined) return "price-asc";
  if (q.minContext !== undefined) return "context-desc";
  if (q.minParams !== undefined) return "params-desc";
  return "release-desc";
}

/** Every record in each sort order, computed once per order on first use. */
export function buildOrders(
  records: readonly ModelRecord[],
  facts: ModelFacts,
): (key: SortKey, org?: string) => readonly ModelRecord[] {
  const whole = new Map<SortKey, ModelRecord[]>();
  const byOrg = new Map<string, ModelRecord[]>();
  const wholeOrder = (key: SortKey) => {
    let order = whole.get(key);
    if (order === undefined) {
      order = sortAll(records, key, facts);
      whole.set(key, order);
    }
    return order;
  };
  return (key, org) => {
    if (org === undefined) return wholeOrder(key);
    // One maker's models: its slice of the whole order, so "anthropic models" scans only those.
    const cacheKey = `${key}|${org}`;
    let order = byOrg.get(cacheKey);
    if (order === undefined) {
      order = wholeOrder(key).filter((r) => r.org === org);
      byOrg.set(cacheKey, order);
    }
    return order;
  };
}

function sortAll(records: readonly ModelRecord[], key: SortKey, facts: ModelFacts): ModelRecord[] {
  const cmp = SORTS[key] ?? (() => 0);
  // Canonical records first among equals, then by id, so the order is stable.
  return [...records].sort(
    (a, b) =>
      cmp(facts(a), facts(b)) ||
      Number(b.canonical) - Number(a.canonical) ||
      a.id.localeCompare(b.id),
  );
}

function isStrict(q: Filters, bound: Bound | undefined): boolean {
  return bound !== undefined && (q.strict?.includes(bound) ?? false);
}

/**
 * The facts of an order's records, in a parallel array built once per (cached) order: a list
 * question walks up to the whole catalog, and one WeakMap lookup per record was most of the walk.
 */
const factsAlongOrders = new WeakMap<
  ModelFacts,
  WeakMap<readonly ModelRecord[], readonly EffectiveFacts[]>
>();

function factsAlong(order: readonly ModelRecord[], facts: ModelFacts): readonly EffectiveFacts[] {
  let byOrder = factsAlongOrders.get(facts);
  if (byOrder === undefined) {
    byOrder = new WeakMap();
    factsAlongOrders.set(facts, byOrder);
  }
  let along = byOrder.get(order);
  if (along === undefined) {
    along = order.map((r) => facts(r));
    byOrder.set(order, along);
  }
  return along;
}

/** At 100,000 models a count of every match costs more than it tells: past this many, "at least". */
const SCAN_BUDGET = 2000;

/**
 * Where the walk can stop: in the order that sorts on the constrained value ("under $1" read
 * cheapest first), the first record past the bound ends every later match.
 */
function pastBound(q: Filters, key: SortKey): ((f: EffectiveFacts) => boolean) | undefined {
  const { maxInputPrice: price, minContext: ctx, minParams: params, releasedAfter: after } = q;
  // Strict bounds stop on the bound itself too ("more than 200k": a 200K model ends the walk).
  // Only paid prices stop it: the $0-only models after them meet every price bound
  // (selectModels jumps to them). "Free" (a bound of 0) is no bound on the paid price.
  if (key === "price-asc" && price !== undefined && price > 0) {
    const strict = isStrict(q, "maxInputPrice");
    return (f) =>
      !f.freeOnly &&
      (f.inputPrice === undefined || f.inputPrice > price || (strict && f.inputPrice === price));
  }
  if (key === "context-desc" && ctx !== undefined) {
    const strict = isStrict(q, "minContext");
    return (f) => f.context === undefined || f.context < ctx || (strict && f.context === ctx);
  }
  if (key === "params-desc" && params !== undefined) {
    const strict = isStrict(q, "minParams");
    return (f) => f.params === undefined || f.params < params || (strict && f.params === params);
  }
  if (key === "release-desc" && after !== undefined)
    return (f) => f.release === undefined || f.release < after;
  return undefined;
}

export interface Selection {
  shown: ModelRecord[];
  total: number;
  /** True when the scan stopped early and `total` is a lower bound. */
  atLeast: boolean;
}

/** The first `limit` records in the question's order that pass its constraints, and a count. */
export function selectModels(
  order: readonly ModelRecord[],
  q: Filters,
  facts: ModelFacts,
  limit: number,
  key: SortKey = sortKeyFor(q),
): Selection {
  const shown: ModelRecord[] = [];
  const stop = pastBound(q, key);
  // In a price order the $0-only models follow every paid one: past the bound, walk them too.
  let freeStart = key === "price-asc" && stop ? freeOnlyStart(order, facts) : -1;
  const check = compileChecks(q, q.orgs, kindsFor(q));
  const along = factsAlong(order, facts);
  let total = 0;
  for (let i = 0; i < order.length; i++) {
    const r = order[i];
    const f = along[i];
    if (r === undefined || f === undefined) continue;
    if (stop?.(f)) {
      if (freeStart <= i) break;
      i = freeStart - 1;
      freeStart = -1;
      continue;
    }
    if (!check(f, r)) continue;
    total++;
    if (shown.length < limit) shown.push(r);
    else if (i >= SCAN_BUDGET) return { shown, total, atLeast: true };
  }
  return { shown, total, atLeast: false };
}

const freeStarts = new WeakMap<readonly ModelRecord[], number>();

/** Where a price-ascending order's $0-only models begin (its length when there are none). */
function freeOnlyStart(order: readonly ModelRecord[], facts: ModelFacts): number {
  let start = freeStarts.get(order);
  if (start === undefined) {
    start = order.findIndex((r) => facts(r).freeOnly === true);
    if (start < 0) start = order.length;
    freeStarts.set(order, start);
  }
  return start;
}

/**
 * The models a price-ascending list ranks after every paid one because their only price is $0,
 * that match the question: named apart, so "cheapest" neither hides nor crowns them.
 */
export function freeOnlyMatches(
  order: readonly ModelRecord[],
  q: Filters,
  facts: ModelFacts,
): ModelRecord[] {
  const out: ModelRecord[] = [];
  const check = compileChecks(q, q.orgs, kindsFor(q));
  const along = factsAlong(order, facts);
  for (let i = freeOnlyStart(order, facts); i < order.length; i++) {
    const r = order[i];
    const f = along[i];
    if (r === undefined || f === undefined || f.freeOnly !== true) break;
    if (check(f, r)) out.push(r);
  }
  return out;
}

/** "open weights, context ≥ 1M tokens" for titles. */
export function describeFilters(q: Filters): string {
  const parts: string[] = [];
  if (q.kinds?.length) parts.push(q.kinds.map((k) => KIND_TITLES[k]).join(" or "));
  if (q.orgs?.length) parts.push(`by ${q.orgs.join(" or ")}`);
  if (q.nameHas?.length) parts.push(`named "${q.nameHas.join(" ")}"`);
  if (q.openWeights !== undefined) parts.push(q.openWeights ? "open weights" : "closed weights");
  const ge = (b: Bound) => (isStrict(q, b) ? ">" : "≥");
  const le = (b: Bound) => (isStrict(q, b) ? "<" : "≤");
  if (q.minContext !== undefined)
    parts.push(`context ${ge("minContext")} ${formatCount(q.minContext)} tokens`);
  if (q.maxContext !== undefined)
    parts.push(`context ${le("maxContext")} ${formatCount(q.maxContext)} tokens`);
  if (q.minOutput !== undefined)
    parts.push(`max output ${ge("minOutput")} ${formatCount(q.minOutput)} tokens`);
  if (q.maxOutput !== undefined)
    parts.push(`max output ${le("maxOutput")} ${formatCount(q.maxOutput)} tokens`);
  if (q.maxInputPrice !== undefined)
    parts.push(
      q.maxInputPrice === 0
        ? "free"
        : `input ${le("maxInputPrice")} ${formatUsd(q.maxInputPrice)} per 1M tokens`,
    );
  if (q.maxOutputPrice !== undefined)
    parts.push(`output ${le("maxOutputPrice")} ${formatUsd(q.maxOutputPrice)} per 1M tokens`);
  const flags = [
    ["vision", q.vision],
    ["reasoning", q.reasoning],
    ["function calling", q.functionCalling],
    ["structured output", q.structuredOutput],
  ] as const;
  for (const [label, wanted] of flags) {
    if (wanted !== undefined) parts.push(wanted ? label : `without ${label}`);
  }
  if (q.releasedAfter) parts.push(`released from ${formatDate(q.releasedAfter)}`);
  if (q.releasedBefore) parts.push(`released before ${formatDate(q.releasedBefore)}`);
  if (q.minParams !== undefined)
    parts.push(`${ge("minParams")} ${formatParams(q.minParams)} parameters`);
  if (q.maxParams !== undefined)
    parts.push(`${le("maxParams")} ${formatParams(q.maxParams)} parameters`);
  if (q.inputModality) parts.push(`${q.inputModality} input`);
  if (q.licenses?.length) parts.push(`${q.licenses.map(licenseTitle).join(" or ")} license`);
  if (q.outputModality) parts.push(`${q.outputModality} output`);
  if (q.sort === "speed-desc") parts.push("fastest measured output first");
  else if (q.sort === "latency-asc") parts.push("quickest measured first token first");
  else if (q.sort && parts.length === 0) parts.push(`sorted by ${q.sort.replace("-", " ")}`);
  return parts.join(", ");
}
