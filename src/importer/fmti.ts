import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  FmtiData,
  type FmtiDeveloper,
  type FmtiIndicator,
  type FmtiRelease,
} from "../core/schema/fmti.ts";
import type { SourceInfo } from "../core/schema/registry.ts";
import { parseCsv } from "./csv.ts";

/** The sources.json entry for FMTI; the importer writes it next to the other sources. */
export const FMTI_SOURCE: SourceInfo = {
  id: "fmti",
  name: "Foundation Model Transparency Index (Stanford CRFM)",
  url: "https://github.com/stanford-crfm/fmti",
  license: "CC-BY-4.0",
  asOf: "2025-12-09",
  attribution:
    "Developer indicator scores from the Foundation Model Transparency Index by Stanford CRFM, licensed CC BY 4.0.",
};

/**
 * The three FMTI releases the data set holds, newest first. The May 2024 scores file lists only
 * indicator names; its domains come row by row from the v1 indicator list, which it follows.
 */
const RELEASES = [
  { id: "Dec2025", asOf: "2025-12", scores: "Dec2025/Dec2025_scores.csv" },
  { id: "May2024", asOf: "2024-05", scores: "May2024/May2024_scores.csv" },
  { id: "October2023", asOf: "2023-10", scores: "October2023/October2023_scores.csv" },
] as const;

/** FMTI's developer names → the catalog's organization ids (models.dev lab names where one exists). */
const ORG_OF_DEVELOPER: Record<string, string> = {
  adept: "adept",
  "ai21 labs": "ai21",
  "aleph alpha": "aleph-alpha",
  alibaba: "alibaba",
  amazon: "amazon",
  anthropic: "anthropic",
  bigcode: "bigcode",
  cohere: "cohere",
  deepseek: "deepseek",
  google: "google",
  "hugging face": "huggingface",
  ibm: "ibm",
  inflection: "inflection",
  meta: "meta",
  microsoft: "microsoft",
  midjourney: "midjourney",
  mistral: "mistral",
  openai: "openai",
  stability: "stability",
  "stability ai": "stability",
  writer: "writer",
  xai: "xai",
};

/** Columns of a scores file that are not developers. */
const NON_DEVELOPER_COLUMNS = new Set(["domain", "subdomain", "indicator", "total"]);

/**
 * Reads `<datasetsDir>/fmti` and returns every release's indicator names and per-developer 0/1
 * scores. Facts only: definitions, notes and justifications are not read. Output order follows the
 * files, so the same input always gives the same data.
 */
export function importFmti(datasetsDir: string): FmtiData {
  const dir = join(datasetsDir, "fmti");
  const v1Indicators = readIndicatorList(join(dir, "fmti-indicators.csv"));
  const dec2025Indicators = readIndicatorList(join(dir, "Dec2025", "Dec2025_indicators.csv"));
  const releases: FmtiRelease[] = [];
  for (const spec of RELEASES) {
    const file = join(dir, spec.scores);
    if (!existsSync(file)) continue;
    const known = spec.id === "Dec2025" ? dec2025Indicators : v1Indicators;
    releases.push(readRelease(file, spec.id, spec.asOf, known));
  }
  const parsed = FmtiData.safeParse({ source: FMTI_SOURCE.id, releases });
  if (!parsed.success) throw new Error(`${dir}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

function readRelease(file: string, id: string, asOf: string, known: FmtiIndicator[]): FmtiRelease {
  const [header, ...body] = readCsv(file);
  if (!header) throw new Error(`${file}: empty file`);
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const nameCol = col("indicator");
  if (nameCol < 0) throw new Error(`${file}: no Indicator column`);
  const domainCol = col("domain");
  const subdomainCol = col("subdomain");
  const rows = body.filter((r) => {
    const name = r[nameCol]?.trim() ?? "";
    return name !== "" && name.toLowerCase() !== "total";
  });
  const indicators = rows.map((r, i): FmtiIndicator => {
    const name = (r[nameCol] ?? "").trim();
    // Where the file has no domain columns, the indicator list in the same order supplies them.
    const fallback = known.find((k) => k.name === name) ?? known[i];
    const domain = (r[domainCol] ?? "").trim() || fallback?.domain;
    const subdomain = (r[subdomainCol] ?? "").trim() || fallback?.subdomain;
    if (!domain || !subdomain) throw new Error(`${file}: no domain for indicator "${name}"`);
    return { name, domain, subdomain };
  });
  const developers: FmtiDeveloper[] = [];
  header.forEach((h, c) => {
    const name = h.trim();
    if (name === "" || NON_DEVELOPER_COLUMNS.has(name.toLowerCase())) return;
    const scores = rows.map((r, i) => parseScore(r[c], file, name, indicators[i]?.name));
    developers.push({ name, org: orgIdOf(name), scores });
  });
  return { id, asOf, indicators, developers };
}

function readIndicatorList(file: string): FmtiIndicator[] {
  if (!existsSync(file)) return [];
  const [header, ...body] = readCsv(file);
  const col = (name: string) => (header ?? []).findIndex((h) => h.trim().toLowerCase() === name);
  const [d, s, n] = [col("domain"), col("subdomain"), col("indicator")];
  return body
    .filter((r) => (r[n] ?? "").trim() !== "")
    .map((r) => ({
      name: (r[n] ?? "").trim(),
      domain: (r[d] ?? "").trim(),
      subdomain: (r[s] ?? "").trim(),
    }));
}

function parseScore(cell: string | undefined, file: string, dev: string, ind?: string): 0 | 1 {
  const v = cell?.trim();
  if (v === "0") return 0;
  if (v === "1") return 1;
  throw new Error(`${file}: ${dev} / ${ind ?? "?"}: expected 0 or 1, got "${cell ?? ""}"`);
}

/** The catalog org id of an FMTI developer; unknown names get a slug of their own. */
export function orgIdOf(developer: string): string {
  const key = developer.trim().toLowerCase();
  return ORG_OF_DEVELOPER[key] ?? key.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** A CSV file's rows; the shared reader drops a byte-order mark and blank lines. */
function readCsv(file: string): string[][] {
  return parseCsv(readFileSync(file, "utf8"));
}

/**
 * data/fmti.json as text: two-space JSON with each score list on one line, so a re-import diff
 * shows which developer's scores changed. Ends with a newline.
 */
export function formatFmtiJson(data: FmtiData): string {
  const text = JSON.stringify(
    data,
    (key, value) => (key === "scores" && Array.isArray(value) ? `@@${value.join(",")}@@` : value),
    2,
  );
  return `${text.replace(/"@@([01,]*)@@"/g, "[$1]")}\n`;
}
