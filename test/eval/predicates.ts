import type { ModelRecord } from "../../src/core/schema/record.ts";

/**
 * A tiny predicate language for filter questions, so one line of questions.jsonl can say "every
 * result is open-weights with at least 1M context": `open_weights`, `!open_weights`, `org=anthropic`,
 * `context_length>=1000000`, `release_date>=2025-06`, `input_price<=1`.
 */
type Op = "=" | ">=" | "<=" | ">" | "<";
export interface Predicate {
  key: PredicateKey;
  op: Op | "is" | "not";
  value: string;
}

const FLAGS = [
  "open_weights",
  "function_calling",
  "structured_output",
  "reasoning",
  "vision",
] as const;
const NUMBERS = [
  "context_length",
  "max_output",
  "parameters",
  "input_price",
  "output_price",
] as const;
const KEYS = [...FLAGS, ...NUMBERS, "org", "release_date", "license", "input"] as const;

/**
 * `license=apache-2.0`: the record's license text names it. Written apart from the engine's
 * license table on purpose, so the grader does not share the engine's mistakes.
 */
const LICENSE_TEXT: Record<string, RegExp> = {
  "apache-2.0": /apache/i,
  mit: /\bmit\b/i,
  llama: /llama/i,
  gemma: /gemma/i,
  "cc-by-nc": /cc[- ]by[- ]nc|non-?commercial/i,
  proprietary: /proprietary/i,
};
export type PredicateKey = (typeof KEYS)[number];

const LISTING_FLAG = {
  function_calling: "functionCalling",
  structured_output: "structuredOutput",
  reasoning: "reasoning",
  vision: "vision",
} as const;

/** Parses one predicate; returns an error message for text it does not understand. */
export function parsePredicate(text: string): Predicate | string {
  const m = /^(!?)([a-z_]+)(?:(>=|<=|=|>|<)(.+))?$/.exec(text.trim());
  if (!m) return `cannot parse predicate "${text}"`;
  const [, bang, key = "", op, value = ""] = m;
  if (!(KEYS as readonly string[]).includes(key)) return `unknown predicate key "${key}"`;
  const k = key as PredicateKey;
  const isFlag = (FLAGS as readonly string[]).includes(k);
  if (op === undefined) {
    if (!isFlag) return `"${key}" needs a comparison`;
    return { key: k, op: bang ? "not" : "is", value: "" };
  }
  if (bang || isFlag) return `"${text}": flags take no comparison`;
  if ((NUMBERS as readonly string[]).includes(k) && !Number.isFinite(Number(value))) {
    return `"${text}": expected a number`;
  }
  if (k === "release_date" && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    return `"${text}": expected a date`;
  }
  if (k === "org" && op !== "=") return `"${text}": org only takes =`;
  if (k === "license" && (op !== "=" || !(value in LICENSE_TEXT)))
    return `"${text}": license takes = and one of ${Object.keys(LICENSE_TEXT).join(", ")}`;
  if (k === "input" && op !== "=") return `"${text}": input only takes =`;
  return { key: k, op: op as Op, value };
}

/** Whether the record satisfies the predicate; a missing or undisclosed fact never does. */
export function testPredicate(p: Predicate, r: ModelRecord): boolean {
  if (p.op === "is" || p.op === "not") {
    const flag = readFlag(r, p.key as (typeof FLAGS)[number]);
    if (flag === undefined) return false;
    return p.op === "is" ? flag : !flag;
  }
  if (p.key === "org") return r.org === p.value;
  if (p.key === "license") {
    const f = r.facts.license;
    return f !== undefined && "value" in f && (LICENSE_TEXT[p.value]?.test(f.value) ?? false);
  }
  if (p.key === "input") {
    const f = r.facts.input_modalities;
    return f !== undefined && "value" in f && f.value.includes(p.value);
  }
  if (p.key === "release_date") {
    const f = r.facts.release_date;
    return f !== undefined && "value" in f && compare(f.value, p.value, p.op);
  }
  const n = readNumber(r, p.key);
  return n !== undefined && compare(n, Number(p.value), p.op);
}

function readFlag(r: ModelRecord, key: (typeof FLAGS)[number]): boolean | undefined {
  const f = r.facts[key];
  if (f !== undefined && "value" in f) return f.value;
  if (key === "open_weights") return undefined;
  const listed = r.listings.map((l) => l[LISTING_FLAG[key]]).filter((v) => v !== undefined);
  return listed.length === 0 ? undefined : listed.some(Boolean);
}

function readNumber(r: ModelRecord, key: PredicateKey): number | undefined {
  if (key === "input_price" || key === "output_price") {
    const side = key === "input_price" ? "input" : "output";
    const prices = r.listings.flatMap((l) => (l.price ? [l.price[side]] : []));
    return prices.length === 0 ? undefined : Math.min(...prices);
  }
  if (key === "context_length" || key === "max_output" || key === "parameters") {
    const f = r.facts[key];
    if (f !== undefined && "value" in f) return f.value;
    if (key === "parameters") return undefined;
    const side = key === "context_length" ? "context" : "maxOutput";
    const listed = r.listings.flatMap((l) => (l[side] === undefined ? [] : [l[side]]));
    return listed.length === 0 ? undefined : Math.max(...listed);
  }
  return undefined;
}

function compare<T extends number | string>(a: T, b: T, op: Op): boolean {
  switch (op) {
    case "=":
      return a === b;
    case ">=":
      return a >= b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case "<":
      return a < b;
  }
}
