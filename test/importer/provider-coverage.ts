/**
 * "Where can I run X" for the most-asked models, measured against the providers the raw files
 * list for X: the gold set's models.dev ids of X's label that are not deprecated (each checked
 * against its raw file). `npx tsx test/importer/provider-coverage.ts` prints the table; the test
 * beside it holds every model at 95% or more.
 */
import { join } from "node:path";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { readGold } from "../../src/importer/resolve/score.ts";

/** The 20 models the eval question sets ask about most (record id → gold label, plain name). */
export const MOST_ASKED: [string, string, string][] = [
  ["gpt-5.1-codex-mini", "gpt-5.1-codex-mini", "gpt 5.1 codex mini"],
  ["claude-sonnet-4-5", "claude-sonnet-4.5", "claude sonnet 4.5"],
  ["gemini-2.5-pro", "gemini-2.5-pro", "gemini 2.5 pro"],
  ["gpt-4o", "gpt-4o", "gpt-4o"],
  ["deepseek-r1", "deepseek-r1", "deepseek r1"],
  ["gpt-5", "gpt-5", "gpt-5"],
  ["claude-haiku-4-5", "claude-haiku-4.5", "claude haiku 4.5"],
  ["gpt-oss-120b", "gpt-oss-120b", "gpt-oss-120b"],
  ["gpt-4o-mini", "gpt-4o-mini", "gpt-4o mini"],
  ["o3", "o3", "o3"],
  ["gemini-2.5-flash", "gemini-2.5-flash", "gemini 2.5 flash"],
  ["claude-opus-4-1", "claude-opus-4.1", "claude opus 4.1"],
  ["gpt-4.1", "gpt-4.1", "gpt-4.1"],
  ["llama-3.3-70b-instruct", "llama-3.3-70b", "llama 3.3 70b"],
  ["claude-opus-4-5", "claude-opus-4.5", "claude opus 4.5"],
  ["o4-mini", "o4-mini", "o4-mini"],
  ["glm-4.6", "glm-4.6", "glm 4.6"],
  ["llama-3.1-405b-instruct", "llama-3.1-405b", "llama 3.1 405b"],
  ["kimi-k2-thinking", "kimi-k2-thinking", "kimi k2 thinking"],
  ["qwen3-235b-a22b", "qwen3-235b-a22b", "qwen3 235b a22b"],
];

export interface Coverage {
  question: string;
  answered: string | undefined;
  listed: number;
  named: number;
  missing: string[];
}

export function measureCoverage(root: string): Coverage[] {
  const catalog = loadCatalog(join(root, "data"));
  const engine = createEngine(catalog);
  const gold = readGold(join(root, "test", "importer", "gold", "ids.jsonl"));
  return MOST_ASKED.map(([, label, plain]) => {
    const question = `where can I run ${plain}`;
    const answered = engine.ask(question).models[0];
    const record = answered === undefined ? undefined : catalog.byId.get(answered);
    const shown = new Set(record?.listings.map((l) => l.provider) ?? []);
    const listed = new Set(
      gold
        .filter((g) => g.model === label && g.source === "models.dev" && !g.deprecated)
        .map((g) => g.provider ?? ""),
    );
    const missing = [...listed].filter((p) => !shown.has(p)).sort();
    return {
      question,
      answered,
      listed: listed.size,
      named: listed.size - missing.length,
      missing,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measureCoverage(join(import.meta.dirname, "..", ".."));
  for (const r of rows) {
    const pct = r.listed === 0 ? "-" : `${((r.named / r.listed) * 100).toFixed(1)}%`;
    console.log(
      `${r.question.padEnd(40)} ${String(r.answered).padEnd(26)} ${r.named}/${r.listed} ${pct}${r.missing.length ? `  missing: ${r.missing.join(", ")}` : ""}`,
    );
  }
  const named = rows.reduce((n, r) => n + r.named, 0);
  const listed = rows.reduce((n, r) => n + r.listed, 0);
  console.log(`all: ${named}/${listed} (${((named / listed) * 100).toFixed(1)}%)`);
}
