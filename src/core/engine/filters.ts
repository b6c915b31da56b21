import type { ModelKind } from "../schema/record.ts";
import { KIND_WORDS } from "./kinds.ts";
import { LICENSE_PATTERN, licenseKeysAsked } from "./licenses.ts";
import { allMatches } from "./matches.ts";

/**
 * Constraints in a question ("open-weights models with over 1M context", "vision models under
 * $1 per million input tokens", "released after 2025-06"), parsed from the prepared text.
 */

export type SortKey =
  | "price-asc"
  | "price-desc"
  | "context-desc"
  | "release-desc"
  | "release-asc"
  | "params-desc"
  | "params-asc"
  /** Measured output speed, fastest first; latency, quickest first token first. */
  | "speed-desc"
  | "latency-asc";

export interface Filters {
  minContext?: number;
  maxContext?: number;
  /** Bounds on the longest answer (max output tokens). */
  minOutput?: number;
  maxOutput?: number;
  maxInputPrice?: number;
  maxOutputPrice?: number;
  openWeights?: boolean;
  vision?: boolean;
  reasoning?: boolean;
  functionCalling?: boolean;
  structuredOutput?: boolean;
  releasedAfter?: string;
  releasedBefore?: string;
  minParams?: number;
  maxParams?: number;
  inputModality?: string;
  /** License keys (licenses.ts), any of which will do: "apache 2.0 licensed", "permissive". */
  licenses?: string[];
  outputModality?: string;
  /** Organization ids ("openai", "anthropic"). */
  orgs?: string[];
  /** Words every matching model's id or name has ("qwen models"). */
  nameHas?: string[];
  /** Kinds asked for ("embedding models"); absent means text LLMs (see answers/select.ts). */
  kinds?: ModelKind[];
  sort?: SortKey;
  /** Bounds the question set strictly ("more than 200k": 200K itself is out; "at least": in). */
  strict?: Bound[];
}

/** The numeric bounds a question can set. */
export type Bound =
  | "minContext"
  | "maxContext"
  | "minOutput"
  | "maxOutput"
  | "maxInputPrice"
  | "maxOutputPrice"
  | "minParams"
  | "maxParams";

export interface ParsedFilters {
  filters: Filters;
  /** Spans of the prepared text the constraints used, so they are not read as model names. */
  spans: [number, number][];
  /** How many results the question asked for ("5 cheapest"), if it said. */
  count?: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MORE = String.raw`(?:over|above|more than|greater than|bigger than|larger than|longer than|at least|min(?:imum)?|>=?|≥|\+)`;
const LESS = `(?:under|below|less than|cheaper than|smaller than|shorter than|at most|max(?:imum)?|up to|sub-?|<=?|≤)`;
const NUM = String.raw`(\d+(?:[.,]\d+)*)\s*(k|m|million|thousand|b|billion|t|trillion)?\b`;

/** "1m" → 1,000,000; "128k" → 128,000; "1,048,576" → 1048576. */
export function parseAmount(digits: string, unit: string | undefined): number {
  const n = Number(digits.replace(/,(?=\d{3}\b)/g, "").replace(",", "."));
  const scale: Record<string, number> = {
    k: 1e3,
    thousand: 1e3,
    m: 1e6,
    million: 1e6,
    b: 1e9,
    billion: 1e9,
    t: 1e12,
    trillion: 1e12,
  };
  return n * (unit === undefined ? 1 : (scale[unit] ?? 1));
}

type Rule = (text: string, out: ParsedFilters) => void;

/** Runs `fn` on every match; a match whose `fn` returns false is not a constraint after all. */
function each(text: string, re: RegExp, out: ParsedFilters, fn: (m: RegExpMatchArray) => unknown) {
  for (const m of allMatches(text, re)) {
    if (fn(m) === false) continue;
    out.spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
}

const IS_LESS = new RegExp(`^${LESS}$`);
/** Comparators that leave the bound itself out; "at least", "up to", "≥" keep it in. */
const IS_STRICT =
  /^(?:over|above|more than|greater than|bigger than|larger than|longer than|under|below|less than|cheaper than|smaller than|shorter than|sub-?|>|<)$/;

/** Sets a bound, strict or not by the comparator word that introduced it (none: inclusive). */
function setBound(out: ParsedFilters, key: Bound, amount: number, word: string | undefined) {
  const f = out.filters;
  f[key] = amount;
  const others = (f.strict ?? []).filter((k) => k !== key);
  const strict = word !== undefined && IS_STRICT.test(word.trim()) ? [...others, key] : others;
  if (strict.length > 0) f.strict = strict;
  else delete f.strict;
}
const CTX = `(?:tokens? (?:of )?)?(?:context(?: window| length| size)?|ctx|window)`;
const CONTEXT_AFTER = new RegExp(String.raw`(${MORE}|${LESS})?\s*${NUM}\s*\+?\s*${CTX}`, "g");
/** "context under 20 cents …": an amount of money is a price, never a context size. */
const NOT_MONEY = String.raw`(?!\s*(?:cents?|dollars?|usd|bucks)\b)`;
const CONTEXT_BEFORE = new RegExp(
  String.raw`${CTX}\s*(?:of\s*|is\s*)?(${MORE}|${LESS})\s*${NUM}${NOT_MONEY}(?:\s*tokens?)?`,
  "g",
);

const TOKENS_BOUND = new RegExp(
  String.raw`(?:\b(?:supports?|supporting|handles?|handling|takes?|taking|accepts?|fits?|with)\s+|(${MORE}|${LESS})\s*)${NUM}\s*tokens?\b(?!\s*(?:of\s+)?(?:output|input|prompt|completion|context|ctx|window|per|a|an)\b)(?!\s*\/)`,
  "g",
);

const contextRules: Rule = (text, out) => {
  for (const re of [CONTEXT_AFTER, CONTEXT_BEFORE]) {
    each(text, re, out, (m) => {
      const amount = parseAmount(m[2] ?? "0", m[3]);
      // "claude sonnet 4.5 context" names a version, not a constraint: one needs a comparator,
      // a unit ("1m") or a size no version has.
      if (m[1] === undefined && m[3] === undefined && amount < 1000) return false;
      // "llama 3.1 405b context": billions are parameters, never a context size.
      if (m[3] !== undefined && /^[bt]/.test(m[3])) return false;
      const bound = m[1] !== undefined && IS_LESS.test(m[1]) ? "maxContext" : "minContext";
      setBound(out, bound, amount, m[1]);
      return true;
    });
  }
  // "models that support 2 million tokens", "over 1m tokens": a token count in a list is a context.
  each(text, TOKENS_BOUND, out, (m) => {
    const amount = parseAmount(m[2] ?? "0", m[3]);
    if (amount < 1000 || (m[3] !== undefined && /^[bt]/.test(m[3]))) return false;
    setBound(
      out,
      m[1] !== undefined && IS_LESS.test(m[1]) ? "maxContext" : "minContext",
      amount,
      m[1],
    );
    return true;
  });
  each(text, /\b(?:long|large|huge|big) context\b/g, out, () => {
    out.filters.minContext ??= 200_000;
  });
};

const MONEY = String.raw`\$\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?|an?|one)\s*(?:\$|usd|dollars?|cents?|bucks?)`;
const PER = String.raw`(?:\s*(?:per|\/|a|for)?\s*(?:1m|one million|million|mtok|m)?\s*(?:tokens?)?)?`;
const SIDE = String.raw`(?:\s*(?:of\s*)?(input|output|prompt|completion))?`;
const PRICE = new RegExp(String.raw`(${LESS})\s*(?:${MONEY})${PER}${SIDE}`, "g");

const OUTPUT = `(?:max(?:imum)? )?output(?: tokens?| length| limit)?`;
const OUTPUT_AFTER = new RegExp(
  String.raw`(${MORE}|${LESS})\s*${NUM}\s*(?:tokens? (?:of )?)?${OUTPUT}`,
  "g",
);
const OUTPUT_BEFORE = new RegExp(
  String.raw`${OUTPUT}\s*(?:of\s*|is\s*)?(${MORE}|${LESS})\s*${NUM}`,
  "g",
);

const outputRules: Rule = (text, out) => {
  for (const re of [OUTPUT_AFTER, OUTPUT_BEFORE]) {
    each(text, re, out, (m) => {
      const amount = parseAmount(m[2] ?? "0", m[3]);
      setBound(out, IS_LESS.test(m[1] ?? "") ? "maxOutput" : "minOutput", amount, m[1]);
    });
  }
};

const priceRules: Rule = (text, out) => {
  each(text, PRICE, out, (m) => {
    const cents = /cents?/.test(m[0]);
    // "under a dollar", "under one buck".
    const said = m[2] ?? m[3] ?? "0";
    const value = (/^(?:an?|one)$/.test(said) ? 1 : Number(said)) / (cents ? 100 : 1);
    const side = m[4] === "output" || m[4] === "completion" ? "maxOutputPrice" : "maxInputPrice";
    setBound(out, side, value, m[1]);
  });
  each(text, /\bfree(?: to use| models?)?\b/g, out, () => {
    setBound(out, "maxInputPrice", 0, undefined);
  });
};

const flagRules: Rule = (text, out) => {
  const f = out.filters;
  each(
    text,
    /\bopen[- ]?(?:weights?|source|sourced)\b|\bopen models?\b|\bdownloadable\b/g,
    out,
    () => {
      f.openWeights = true;
    },
  );
  each(text, /\b(?:closed(?:[- ]?(?:weights?|source))?|proprietary)\b/g, out, () => {
    f.openWeights = false;
  });
  each(text, /\b(?:with )?(?:vision|image input|images?|multimodal|see images)\b/g, out, () => {
    f.vision = true;
  });
  each(text, /\b(?:with )?(?:reasoning|thinking|reasoners?)\b/g, out, () => {
    f.reasoning = true;
  });
  each(
    text,
    /\b(?:with )?(?:function calling|tool use|tool calling|tools|function calls?)\b/g,
    out,
    () => {
      f.functionCalling = true;
    },
  );
  each(text, /\b(?:with )?(?:structured outputs?|json mode|json schema)\b/g, out, () => {
    f.structuredOutput = true;
  });
  // "non-reasoning models", "models without vision": read after the plain words, so they win.
  each(text, /\b(?:non|not)[- ]?open(?:[- ]?(?:weights?|source|sourced))?\b/g, out, () => {
    f.openWeights = false;
  });
  const NEGATED: [RegExp, "reasoning" | "vision" | "functionCalling"][] = [
    [/\b(?:non[- ]?|no |without )(?:reasoning|thinking)\b/g, "reasoning"],
    [/\b(?:non[- ]?|no |without )(?:vision|image input)\b/g, "vision"],
    [/\b(?:no |without )(?:function calling|tool use|tool calling|tools)\b/g, "functionCalling"],
  ];
  for (const [re, key] of NEGATED) {
    each(text, re, out, () => {
      f[key] = false;
    });
  }
  each(
    text,
    // "pdf input", "accepts audio", "can read pdfs", "models that take video", "pdf support".
    /\b(audio|video|pdf) (input|output)s?\b|\b(?:accepts?|takes?|reads?|supports?|handles?|understands?|process(?:es)?|ingests?|with) (?:an? )?(audio|video|pdfs?|pdf files?|pdf documents?)\b|\b(audio|video|pdf)[- ](?:support|capable|understanding)\b/g,
    out,
    (m) => {
      const kind = (m[1] ?? m[3] ?? m[4] ?? "").replace(/s$/, "").replace(/ .*/, "");
      if (m[2] === "output") f.outputModality = kind;
      else f.inputModality = kind;
    },
  );
  each(
    text,
    /\b(?:image|audio) (?:generation|output)\b|\bgenerates? (images?|audio)\b/g,
    out,
    (m) => {
      f.outputModality = (m[1] ?? m[0]).startsWith("audio") ? "audio" : "image";
    },
  );
};

/** "apache 2.0 licensed models", "MIT license", "cc-by-nc-4.0", "permissively licensed". */
const licenseRules: Rule = (text, out) => {
  each(text, LICENSE_PATTERN, out, (m) => {
    const keys = licenseKeysAsked((m[1] ?? m[2] ?? "").replace(/[- ]?licen[cs].*$/, ""));
    if (keys.length === 0) return false;
    out.filters.licenses = [...new Set([...(out.filters.licenses ?? []), ...keys])];
    return true;
  });
};

/** "embedding models", "image models": the kind asked for; an image model is no vision filter. */
const kindRules: Rule = (text, out) => {
  const f = out.filters;
  for (const [re, kinds] of KIND_WORDS) {
    each(text, re, out, () => {
      f.kinds = [...new Set([...(f.kinds ?? []), ...kinds])];
      if (kinds.includes("image-generation")) {
        if (!/\b(?:vision|multimodal|image input)\b/.test(text)) delete f.vision;
        if (f.outputModality === "image") delete f.outputModality;
      }
      if (kinds.includes("text-to-speech") && f.outputModality === "audio") delete f.outputModality;
    });
  }
};

const MONTH = String.raw`(${MONTHS.join("|")})[a-z]*\.?\s+`;
const RELEASED = new RegExp(
  String.raw`\b(?:released |launched |published |out )?(after|since|from|before|in|during)\s+(?:${MONTH})?(\d{4})(?:-(\d{2}))?\b`,
  "g",
);

const dateRules: Rule = (text, out) => {
  each(text, RELEASED, out, (m) => {
    const monthIndex = m[2] === undefined ? -1 : MONTHS.indexOf(m[2]);
    const mm = m[4] ?? (monthIndex >= 0 ? String(monthIndex + 1).padStart(2, "0") : undefined);
    const date = mm === undefined ? (m[3] ?? "") : `${m[3]}-${mm}`;
    if (m[1] === "before") out.filters.releasedBefore = date;
    else if (m[1] === "in" || m[1] === "during") {
      out.filters.releasedAfter = date;
      out.filters.releasedBefore = nextPeriod(date);
    } else out.filters.releasedAfter = m[1] === "after" ? nextPeriod(date) : date;
  });
};

const PARAMS = new RegExp(String.raw`(${MORE}|${LESS})\s*${NUM}\s*(?:param(?:eter)?s?)?`, "g");

const paramRules: Rule = (text, out) => {
  for (const m of allMatches(text, PARAMS)) {
    const unit = m[3];
    if (unit !== "b" && unit !== "billion" && unit !== "t" && unit !== "trillion") continue;
    const amount = parseAmount(m[2] ?? "0", unit);
    setBound(out, IS_LESS.test(m[1] ?? "") ? "maxParams" : "minParams", amount, m[1]);
    out.spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
};

const SORTS: [RegExp, SortKey][] = [
  [/\b(?:cheapest|least expensive|lowest price|most affordable|cheap)\b/g, "price-asc"],
  [/\bmost expensive|priciest\b/g, "price-desc"],
  [
    /\b(?:largest|longest|biggest|most|highest|max(?:imum)?) context(?: windows?)?\b/g,
    "context-desc",
  ],
  [/\b(?:newest|latest|most recent|recent|new)\b/g, "release-desc"],
  [/\boldest\b/g, "release-asc"],
  [
    /\b(?:fastest|quickest|speediest|highest (?:throughput|speed|output speed)|most tokens per second)\b/g,
    "speed-desc",
  ],
  [
    /\b(?:lowest|least|smallest|shortest|best) (?:latency|time to first token|ttft)\b/g,
    "latency-asc",
  ],
  // "biggest open source model", "smallest reasoning models": a few words may stand between.
  [/\b(?:largest|biggest) (?:[a-z-]+ ){0,3}models?\b|\bmost parameters\b/g, "params-desc"],
  [/\b(?:smallest|tiniest) (?:[a-z-]+ ){0,3}models?\b|\bfewest parameters\b/g, "params-asc"],
];

const sortRules: Rule = (text, out) => {
  for (const [re, key] of SORTS) {
    each(text, re, out, () => {
      out.filters.sort ??= key;
    });
  }
};

/** Reads every constraint in the prepared question text. */
export function parseFilters(text: string): ParsedFilters {
  const out: ParsedFilters = { filters: {}, spans: [] };
  for (const rule of [
    outputRules,
    contextRules,
    priceRules,
    flagRules,
    kindRules,
    licenseRules,
    dateRules,
    paramRules,
    sortRules,
  ]) {
    rule(text, out);
  }
  const count = COUNT.exec(text);
  if (count) out.count = countValue(count[1] ?? count[2] ?? "");
  return out;
}

/** Counts spelled out ("top seven", "the three cheapest"); "one" is too often "the best one". */
export const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  dozen: 12,
};
const COUNT_WORD = `(?:a )?(?:${Object.keys(NUMBER_WORDS).join("|")})`;
const COUNT = new RegExp(
  String.raw`\b(?:top|first|best|bottom|worst|weakest)\s+(\d{1,3}|${COUNT_WORD})\b|\b(\d{1,2}|${COUNT_WORD})\s+(?:cheapest|newest|latest|best|largest|biggest|smallest|most|worst|weakest|lowest|least)\b`,
);

function countValue(said: string): number {
  const word = said.replace(/^a /, "");
  return NUMBER_WORDS[word] ?? Number(word);
}

/** True when the question put any constraint on the result list. */
export function hasConstraints(f: Filters): boolean {
  return Object.keys(f).some((k) => k !== "sort");
}

/** The first day after a year ("2025" → "2026") or a month ("2025-12" → "2026-01"). */
function nextPeriod(date: string): string {
  const [y, m] = date.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) return date;
  if (m === undefined) return String(y + 1);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}
