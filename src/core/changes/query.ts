import { compactKey } from "../engine/normalize.ts";

export type ChangeKind = "models" | "prices" | "limits" | "benchmarks";

/** A "what changed" question: which kinds of change, since when, from which maker. */
export interface ChangesQuery {
  /** Empty: every kind. */
  kinds: Set<ChangeKind>;
  /** YYYY-MM-DD: only changes dated on or after it. */
  since?: string;
  /** How the question put the period ("this week", "since 1 Nov 2026"), for the answer's title. */
  period?: string;
  /** An organization id ("anthropic"). */
  org?: string;
  /** A benchmark word the question names ("livebench"): boards whose id starts with it. */
  benchmark?: string;
}

// Phrases that ask what changed, rather than about a model: "what's new", "what changed since
// 1 nov", "new models this week", "price changes", "new leaders".
const TRIGGER =
  /\b(?:what'?s|what is|anything|any) new\b|\bwhat(?:'?s| has| have)? changed\b|\b(?:recent|latest|last) (?:changes|updates)\b|\bchangelog\b|\bchang(?:e|es|ed) since\b|\bthe (?:latest |recent )?changes\b|\bnew models?\b|\bnewly (?:added|listed)\b|\bmodels? (?:were |have been |got )?(?:added|removed)\b|\bprice (?:changes?|cuts?|drops?|increases?|hikes?|updates?)\b|\bprices? (?:changed|went|dropped|rose)\b|\bnew (?:leaders?|releases?|results?|benchmark releases?)\b/;

// "What came out this week", "anything released lately": a release verb with a recent period
// asks for new models (a period that is a year or month, "released in 2025", is a list filter).
const RELEASED = /\b(?:came out|come out|released|launched|dropped|shipped|announced)\b/;
const RECENTLY = /\b(?:recently|lately|recent)\b/;

const KIND_WORDS: [ChangeKind, RegExp][] = [
  ["prices", /\bpric(?:e|es|ing)\b|\bcheaper\b|\bcosts?\b/],
  ["models", /\bmodels?\b|\badded\b|\bremoved\b/],
  ["limits", /\bcontext\b|\blimits?\b|\bmax(?:imum)? output\b/],
  [
    "benchmarks",
    /\bleaders?\b|\bleaderboards?\b|\bbenchmarks?\b|\breleases?\b|\bresults?\b|\blivebench\b|\baider\b/,
  ],
];

// Words of the question itself, never a maker's name even where one is spelled so.
const STOP = new Set(
  "what whats what's is are new any anything model models price prices pricing change changes changed since this last past week month day days today the from by on in for has have been recent latest and or with added removed leaders leader releases release results benchmark benchmarks".split(
    " ",
  ),
);

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = Object.keys(MONTHS).join("|");

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** `today` minus `days`, as YYYY-MM-DD (dates only: no clock, no time zone). */
export function daysBefore(today: string, days: number): string {
  const t = Date.UTC(
    Number(today.slice(0, 4)),
    Number(today.slice(5, 7)) - 1,
    Number(today.slice(8, 10)),
  );
  return new Date(t - days * 86_400_000).toISOString().slice(0, 10);
}

/** A day and month without a year is the latest such day on or before today. */
function dayMonth(day: number, month: number, today: string): string | undefined {
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  const year = Number(today.slice(0, 4));
  const candidate = iso(year, month, day);
  return candidate <= today ? candidate : iso(year - 1, month, day);
}

/** "since 1 nov", "since november 1st", "since 2026-11-01", "this week", "last 3 days", "today". */
function readPeriod(text: string, today: string): { since: string; period: string } | undefined {
  let m = /\bsince (\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) return { since: `${m[1]}-${m[2]}-${m[3]}`, period: `since ${m[1]}-${m[2]}-${m[3]}` };
  m = new RegExp(`\\bsince (?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${MONTH})\\b`).exec(text);
  if (m) {
    const since = dayMonth(Number(m[1]), MONTHS[m[2] as string] ?? 0, today);
    if (since) return { since, period: `since ${since}` };
  }
  m = new RegExp(`\\bsince (${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?\\b`).exec(text);
  if (m) {
    const since = dayMonth(Number(m[2]), MONTHS[m[1] as string] ?? 0, today);
    if (since) return { since, period: `since ${since}` };
  }
  m = new RegExp(`\\bsince (${MONTH})\\b`).exec(text);
  if (m) {
    const since = dayMonth(1, MONTHS[m[1] as string] ?? 0, today);
    if (since) return { since, period: `since ${since}` };
  }
  m = /\b(?:last|past) (\d{1,3}) days?\b/.exec(text);
  if (m)
    return { since: daysBefore(today, Number(m[1])), period: `in the last ${Number(m[1])} days` };
  if (/\b(?:this|last|past) week\b/.test(text))
    return { since: daysBefore(today, 7), period: "in the last 7 days" };
  if (/\b(?:this|last|past) month\b/.test(text))
    return { since: daysBefore(today, 30), period: "in the last 30 days" };
  if (/\btoday\b/.test(text)) return { since: today, period: "today" };
  if (/\byesterday\b/.test(text)) return { since: daysBefore(today, 1), period: "since yesterday" };
  return undefined;
}

/**
 * Reads a question about what changed; undefined when it is not one. `orgs` maps compact
 * organization names to org ids (the engine's index); `today` (YYYY-MM-DD) anchors "this week".
 */
export function parseChangesQuery(
  question: string,
  orgs: ReadonlyMap<string, string>,
  today: string,
): ChangesQuery | undefined {
  // Most questions name none of these words: skip the normalizing for them (every question
  // passes here first).
  if (
    !/new|chang|pric|updat|added|removed|came|come|launch|releas|drop|ship|announc/i.test(question)
  ) {
    return undefined;
  }
  const text = question
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9' -]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const changes = TRIGGER.test(text);
  const released = RELEASED.test(text);
  if (!changes && !released) return undefined;
  // The period's patterns run only for a question that may be about changes.
  const period = readPeriod(text, today);
  const releases = released && (period !== undefined || RECENTLY.test(text));
  if (!releases && !changes) return undefined;
  const query: ChangesQuery = { kinds: new Set() };
  for (const [kind, re] of KIND_WORDS) if (re.test(text)) query.kinds.add(kind);
  // "what's new" names no kind; "new models" names one; "new models and prices" two; "what
  // came out" asks for models.
  if (releases && !changes) query.kinds = new Set(["models"]);
  if (period) Object.assign(query, period);
  const words = text.split(" ");
  for (let i = 0; i < words.length && query.org === undefined; i++) {
    for (const span of [2, 1]) {
      const phrase = words.slice(i, i + span).join(" ");
      const org = orgs.get(compactKey(phrase));
      // "other" is the catalog's bucket for unknown makers, never what a user means.
      if (org !== undefined && org !== "other" && !STOP.has(phrase)) {
        query.org = org;
        break;
      }
    }
  }
  const bench = /\b(livebench|aider|swe-bench|arena)\b/.exec(text);
  if (bench) query.benchmark = bench[1] as string;
  return query;
}
