/** Human formatting of values: "400K tokens", "$0.25 in / $2.00 out per 1M tokens", "13 Nov 2025". */

// Intl with fixed settings: en-US month names ("Sep", where en-GB now says "Sept"), UTC so a
// date never shifts by a day, and the parts assembled in one order on every Node version.
const MONTH = new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" });
/** The twelve names, read from MONTH once: a format call per date cost ~1 µs of every answer. */
const MONTH_NAMES = Array.from({ length: 12 }, (_, i) => MONTH.format(Date.UTC(2000, i, 1)));
const GROUPED = new Intl.NumberFormat("en-US");

/** 400000 → "400,000". */
export function formatGrouped(n: number): string {
  // Whole counts (token limits, parameters: nearly every call) are grouped by hand, as GROUPED
  // groups them: a format call costs ~0.8 µs, and an overview or a list formats several.
  if (!Number.isSafeInteger(n) || n < 0 || Object.is(n, -0)) return GROUPED.format(n);
  const digits = String(n);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

function trimmed(n: number, digits: number): string {
  return n.toFixed(digits).replace(/\.?0+$/, "");
}

/** 400000 → "400K"; 1048576 → "1.05M"; 8192 → "8.2K"; 512 → "512". */
export function formatCount(n: number): string {
  if (n >= 1e12) return `${trimmed(n / 1e12, 2)}T`;
  if (n >= 1e9) return `${trimmed(n / 1e9, 2)}B`;
  if (n >= 1e6) return `${trimmed(n / 1e6, 2)}M`;
  if (n >= 1e3) return `${trimmed(n / 1e3, 1)}K`;
  return String(n);
}

export function formatTokens(n: number): string {
  return `${formatCount(n)} tokens`;
}

/** 405e9 → "405B"; 7.6e9 → "7.6B"; 1.5e12 → "1.5T"; 350e6 → "350M". */
export function formatParams(n: number): string {
  return formatCount(n);
}

/** USD with cents, more digits for sub-cent prices: 0.25 → "$0.25"; 0.0375 → "$0.0375". */
export function formatUsd(n: number): string {
  if (n === 0) return "$0";
  if (n < 0.01) return `$${trimmed(n, 4)}`;
  return `$${n.toFixed(2)}`;
}

export function formatPrice(input: number, output: number): string {
  if (input === 0 && output === 0) return "free (listed at $0 per 1M tokens)";
  return `${formatUsd(input)} in / ${formatUsd(output)} out per 1M tokens`;
}

/** "2025-11-13" → "13 Nov 2025"; "2024-09" → "Sep 2024"; "2025" → "2025". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  const monthNumber = Number(m);
  if (m === undefined || !(monthNumber >= 1 && monthNumber <= 12)) return y ?? iso;
  const month = MONTH_NAMES[Math.trunc(monthNumber) - 1];
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

export function formatBool(b: boolean): string {
  return b ? "Yes" : "No";
}

/** Scores as their unit reads: 69.9 (percent, out of 100), 1239 (elo), 34.6 (index). */
export function formatScore(score: number, unit: string): string {
  if (unit === "elo") return String(Math.round(score));
  const digits = Math.abs(score) >= 100 ? 0 : 1;
  return score.toFixed(digits);
}

/** "1" → "1st", "2" → "2nd", "11" → "11th". */
export function ordinal(n: number): string {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

/** Capitalizes the first letter: "text" → "Text". */
export function capitalize(s: string): string {
  return s.length === 0 ? s : (s[0]?.toUpperCase() ?? "") + s.slice(1);
}
