import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "./csv.ts";
import { asObject, asStringList, listFiles, readJson } from "./files.ts";
import { type LiveBenchModelInfo, readLiveBenchMetadata } from "./livebench-metadata.ts";

/** LiveBench category names (categories_<date>.json) → this project's benchmark ids. */
export const LIVEBENCH_CATEGORIES: Readonly<Record<string, string>> = {
  Coding: "livebench-coding",
  "Agentic Coding": "livebench-agentic-coding",
  Mathematics: "livebench-mathematics",
  Reasoning: "livebench-reasoning",
  "Data Analysis": "livebench-data-analysis",
  Language: "livebench-language",
  IF: "livebench-instruction-following",
};
export const LIVEBENCH_GLOBAL = "livebench";

/** One row of one release: the row's name and its scores keyed by benchmark id (0-100). */
export interface LiveBenchRow {
  release: string;
  name: string;
  scores: Map<string, number>;
}

export interface LiveBenchRelease {
  /** YYYY-MM-DD, from the file name. */
  date: string;
  rows: LiveBenchRow[];
}

export interface LiveBench {
  releases: LiveBenchRelease[];
  /** The site's facts per row name (model_metadata.json), empty when the file is absent. */
  metadata: Map<string, LiveBenchModelInfo>;
}

/** Every release and the site's model metadata. */
export function readLiveBenchAll(root: string): LiveBench {
  return { releases: readLiveBench(root), metadata: readLiveBenchMetadata(root) };
}

/**
 * Reads every release. A category score is the mean of its task columns and the global score the
 * mean of the categories, as the LiveBench site computes them; a category with a missing task
 * cell is left out (and with it the global score), rather than averaged over fewer tasks.
 */
export function readLiveBench(root: string): LiveBenchRelease[] {
  const dir = join(root, "public");
  const releases: LiveBenchRelease[] = [];
  for (const file of listFiles(dir, ".csv")) {
    const m = /^table_(\d{4})_(\d{2})_(\d{2})\.csv$/.exec(file);
    if (!m) continue;
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    const categories = asObject(readJson(join(dir, `categories_${m[1]}_${m[2]}_${m[3]}.json`)));
    const table = parseCsv(readFileSync(join(dir, file), "utf8"));
    const header = table[0] ?? [];
    const column = new Map(header.map((h, i) => [h, i]));
    const rows: LiveBenchRow[] = [];
    for (const cells of table.slice(1)) {
      const name = cells[column.get("model") ?? 0]?.trim();
      if (!name) continue;
      const scores = new Map<string, number>();
      const categoryMeans: number[] = [];
      let complete = true;
      for (const [category, tasks] of Object.entries(categories)) {
        const id = LIVEBENCH_CATEGORIES[category];
        const values = (asStringList(tasks) ?? []).map((t) =>
          cellNumber(cells[column.get(t) ?? -1]),
        );
        if (id === undefined || values.length === 0 || values.some((v) => v === undefined)) {
          complete = false;
          continue;
        }
        const mean = average(values as number[]);
        scores.set(id, mean);
        categoryMeans.push(mean);
      }
      if (complete && categoryMeans.length > 0)
        scores.set(LIVEBENCH_GLOBAL, average(categoryMeans));
      rows.push({ release: date, name, scores });
    }
    releases.push({ date, rows });
  }
  return releases.sort((a, b) => a.date.localeCompare(b.date));
}

function cellNumber(cell: string | undefined): number | undefined {
  if (cell === undefined || cell.trim() === "") return undefined;
  const n = Number(cell);
  return Number.isFinite(n) ? n : undefined;
}

function average(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}
