/**
 * A leaderboard release named in a question ("top 5 on livebench in the 2025-04-25 release",
 * "livebench coding as of april 2025", "gpt-4o on livebench 2024-06-24"). A date counts as a
 * release when a word says so ("release", "edition", "as of", "in the") or when it is exactly the
 * date of a release; a model's own release date ("released after 2025-06") is a filter instead.
 */

import { allMatches } from "./matches.ts";

/** The asked release: a day, a month or a year, as "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
export interface ReleaseAsk {
  date: string;
  /** Where it is in the text, so the words are not read as a model name or a filter. */
  span: [number, number];
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(${MONTHS.join("|")})[a-z]*\.?`;
const ISO = String.raw`(20\d\d)[-_/.](\d{1,2})(?:[-_/.](\d{1,2}))?`;
const LEAD = String.raw`(?:(as of|in|from|of|at|on)\s+(?:the\s+)?)?`;
const TAIL = String.raw`(?:\s+(release|edition|table|leaderboard|version|run))?`;

const FORMS: { re: RegExp; read: (m: RegExpExecArray) => string | undefined }[] = [
  {
    re: new RegExp(String.raw`\b${LEAD}${ISO}\b${TAIL}`, "g"),
    read: (m) => ymd(m[2], m[3], m[4]),
  },
  {
    // "april 2025", "apr 25 2025", "april 25th, 2025"
    re: new RegExp(
      String.raw`\b${LEAD}${MONTH}\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(20\d\d)\b${TAIL}`,
      "g",
    ),
    read: (m) => ymd(m[4], monthNumber(m[2]), m[3]),
  },
  {
    // "25 april 2025"
    re: new RegExp(
      String.raw`\b${LEAD}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(20\d\d)\b${TAIL}`,
      "g",
    ),
    read: (m) => ymd(m[4], monthNumber(m[3]), m[2]),
  },
  {
    // A bare year needs a release word: "the 2025 release", "as of 2025" ("from 2025" is
    // ambiguous with a model's release year, which the filters read).
    re: new RegExp(String.raw`\b${LEAD}(20\d\d)\b${TAIL}`, "g"),
    read: (m) => (m[1] === "as of" || m[3] !== undefined ? m[2] : undefined),
  },
];

/** Words that make a date the model's own release, read by the filters instead. */
const MODEL_RELEASE =
  /\b(?:released|launched|published|out)\s+(?:after|since|from|before|in|during)?\s*$/;

/**
 * The first release named in `text` (prepared question text with pinned model names blanked),
 * given the release dates the catalog has (YYYY-MM-DD).
 */
export function findRelease(text: string, known: ReadonlySet<string>): ReleaseAsk | undefined {
  let best: ReleaseAsk | undefined;
  for (const { re, read } of FORMS) {
    for (const m of allMatches(text, re)) {
      const date = read(m);
      if (date === undefined) continue;
      const start = m.index ?? 0;
      if (MODEL_RELEASE.test(text.slice(0, start))) continue;
      const cued = m[1] !== undefined || m[m.length - 1] !== undefined;
      if (!cued && !known.has(date)) continue;
      if (best === undefined || start < best.span[0]) {
        best = { date, span: [start, start + m[0].length] };
      }
      break;
    }
  }
  return best;
}

function monthNumber(word: string | undefined): string | undefined {
  const i = word === undefined ? -1 : MONTHS.indexOf(word.slice(0, 3));
  return i < 0 ? undefined : String(i + 1);
}

/** "2025", "4", "25" → "2025-04-25"; an impossible month or day → undefined. */
function ymd(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): string | undefined {
  if (year === undefined || month === undefined) return undefined;
  const mm = Number(month);
  if (!(mm >= 1 && mm <= 12)) return undefined;
  const ym = `${year}-${String(mm).padStart(2, "0")}`;
  if (day === undefined) return ym;
  const dd = Number(day);
  if (!(dd >= 1 && dd <= 31)) return undefined;
  return `${ym}-${String(dd).padStart(2, "0")}`;
}

/**
 * The release a question means among a benchmark's releases (newest first): the day itself; for
 * a month or year, its latest release; for a day with none, the latest release before it.
 * `exact` says whether the release is the one asked for.
 */
export function pickRelease(
  asked: string,
  releases: readonly string[],
): { release: string; exact: boolean } | undefined {
  if (releases.includes(asked)) return { release: asked, exact: true };
  if (asked.length < 10) {
    const within = releases.find((r) => r.startsWith(`${asked}-`));
    if (within !== undefined) return { release: within, exact: true };
  }
  // A period is "as of" its end; a day, as of itself.
  const end = asked.length === 4 ? `${asked}-12-31` : asked.length === 7 ? `${asked}-31` : asked;
  const before = releases.find((r) => r <= end);
  return before === undefined ? undefined : { release: before, exact: false };
}
