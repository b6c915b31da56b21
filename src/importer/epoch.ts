import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchmarkCategory, SourceInfo } from "../core/schema/registry.ts";
import { type BoardCoverage, placeBoardModel } from "./board-place.ts";
import type { Build } from "./build.ts";
import { parseCsv } from "./csv.ts";
import type { Draft } from "./draft.ts";
import { listFiles } from "./files.ts";

/** One result: Epoch's own run, or a row Epoch transcribed from another organization's board. */
export interface EpochResult {
  benchmark: string;
  category: BenchmarkCategory;
  unit: "percent" | "score" | "elo";
  /** Epoch's model version id: the API id with the effort after "_" ("o3-2025-04-16_high"). */
  model: string;
  score: number;
  /** Who ran it: "Epoch AI" for Epoch's runs, else the board Epoch copied ("ARC Prize Leaderboard"). */
  ranBy: string;
  url?: string;
  /** The run's day, for Epoch's own runs. */
  date?: string;
  /** The agent or scaffold a board names ("Apex2"). */
  agent?: string;
}

/** Epoch's own tasks (benchmarks_runs.csv) → benchmark names; public splits are left out. */
const OWN_TASKS: Record<string, [string, BenchmarkCategory]> = {
  "GPQA diamond": ["GPQA Diamond", "knowledge"],
  "MATH level 5": ["MATH Level 5", "math"],
  "OTIS Mock AIME 2024-2025": ["OTIS Mock AIME 2024-2025", "math"],
  "FrontierMath-2025-02-28-Private": ["FrontierMath", "math"],
  "FrontierMath-Tier-4-2025-07-01-Private": ["FrontierMath Tier 4", "math"],
  "SWE-Bench verified": ["SWE-bench Verified", "coding"],
};

interface External {
  name: string;
  category: BenchmarkCategory;
  column: string;
  unit?: "percent" | "score" | "elo";
  /** The column naming the agent or scaffold, where a board ranks agents. */
  agent?: string;
}

/**
 * Epoch's transcriptions of outside boards (external_benchmark_<file>.csv): the headline column
 * of each. Left out: Aider and LiveBench (read from their own data here), and boards whose
 * headline is split over many columns (Fiction.LiveBench, GeoBench).
 */
const EXTERNAL: Record<string, External> = {
  arc_agi: { name: "ARC-AGI", category: "reasoning", column: "Score" },
  terminal_bench: {
    name: "Terminal-Bench",
    category: "agentic",
    column: "Accuracy mean",
    agent: "Agent",
  },
  metr: {
    name: "METR Time Horizon (minutes)",
    category: "agentic",
    column: "Time horizon",
    unit: "score",
  },
  simple_bench: { name: "SimpleBench", category: "reasoning", column: "Score (AVG@5)" },
  weirdml: { name: "WeirdML", category: "coding", column: "Accuracy" },
  os_world: { name: "OSWorld", category: "agentic", column: "Score", agent: "Agent" },
  the_agent_company: { name: "TheAgentCompany", category: "agentic", column: "% Resolved" },
  gso_bench: { name: "GSO-Bench", category: "coding", column: "Score OPT@1", agent: "Scaffold" },
  cybench: { name: "Cybench", category: "safety", column: "Unguided % Solved" },
  lech_mazur_writing: {
    name: "Lech Mazur Creative Writing",
    category: "language",
    column: "Mean score",
    unit: "score",
  },
  vpct: { name: "VPCT", category: "multimodal", column: "Correct" },
  videomme: { name: "Video-MME", category: "multimodal", column: "Overall (no subtitles)" },
  balrog: { name: "BALROG", category: "agentic", column: "Average progress" },
  deepresearch: {
    name: "DeepResearch Bench",
    category: "agentic",
    column: "Average score",
    unit: "score",
    agent: "Agent",
  },
  factorio_learning_environment: {
    name: "Factorio Learning Environment",
    category: "agentic",
    column: "Lab Success %",
  },
  osuniverse: { name: "OSUniverse", category: "agentic", column: "Weighted Score", agent: "Agent" },
  mcbench: { name: "MC-Bench", category: "coding", column: "ELO", unit: "elo" },
  cadeval: { name: "CadEval", category: "coding", column: "Overall pass (%)" },
  mmlu: { name: "MMLU", category: "knowledge", column: "EM" },
  gsm8k: { name: "GSM8K", category: "math", column: "EM" },
  boolq: { name: "BoolQ", category: "language", column: "Score" },
  arc_ai2: { name: "ARC (AI2) Challenge", category: "reasoning", column: "Challenge score" },
  winogrande: { name: "WinoGrande", category: "reasoning", column: "Accuracy" },
  piqa: { name: "PIQA", category: "reasoning", column: "Score" },
  hellaswag: { name: "HellaSwag", category: "reasoning", column: "Overall accuracy" },
  triviaqa: { name: "TriviaQA", category: "knowledge", column: "EM" },
  scienceqa: { name: "ScienceQA", category: "knowledge", column: "Score" },
  bbh: { name: "BIG-Bench Hard", category: "reasoning", column: "Average" },
  lambada: { name: "LAMBADA", category: "language", column: "Score" },
  openbookqa: { name: "OpenBookQA", category: "knowledge", column: "Accuracy" },
  anli: { name: "ANLI", category: "reasoning", column: "Score" },
  superglue: { name: "SuperGLUE", category: "language", column: "Score" },
  csqa2: { name: "CommonsenseQA 2.0", category: "reasoning", column: "Score" },
};

const MONTHS =
  "January February March April May June July August September October November December".split(
    " ",
  );

/** "16 November 2025 8:17pm" → "2025-11-16". */
function dayOf(text: string): string | undefined {
  const m = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})/.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2] ?? "") + 1 : 0;
  if (!m || month === 0) return undefined;
  return `${m[3]}-${String(month).padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}`;
}

/**
 * A cell as a percent or plain number: "64.5%" → 64.5; in a percent column a fraction ("0.85")
 * is scaled when every value of the column is at most 1.
 */
function cellNumber(cell: string | undefined): number | undefined {
  const t = cell?.trim().replace(/%$/, "").replace(/^\$/, "");
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function readTable(path: string): { header: string[]; rows: string[][] } {
  const table = parseCsv(readFileSync(path, "utf8"));
  return { header: (table[0] ?? []).map((h) => h.trim()), rows: table.slice(1) };
}

/** Reads Epoch's own runs and the transcribed boards this project reads. */
export function readEpoch(root: string): EpochResult[] {
  const dir = join(root, "data");
  const out: EpochResult[] = [];
  const runs = readTable(join(dir, "benchmarks_runs.csv"));
  const at = (name: string) => runs.header.indexOf(name);
  for (const row of runs.rows) {
    const task = OWN_TASKS[row[at("task")]?.trim() ?? ""];
    const score = cellNumber(row[at("Best score (across scorers)")]);
    const model = row[at("model")]?.trim();
    if (!task || score === undefined || !model) continue;
    if ((row[at("Status")]?.trim() ?? "Success") !== "Success") continue;
    const date = dayOf(row[at("started_at")] ?? "");
    const log = row[at("log viewer")]?.trim();
    out.push({
      benchmark: task[0],
      category: task[1],
      unit: "percent",
      model,
      score: score * 100,
      ranBy: "Epoch AI",
      ...(log && /^https:\/\//.test(log) ? { url: log } : {}),
      ...(date ? { date } : {}),
    });
  }
  for (const file of listFiles(dir, ".csv")) {
    const key = /^external_benchmark_(.+)\.csv$/.exec(file)?.[1];
    const spec = key ? EXTERNAL[key] : undefined;
    if (!spec) continue;
    const t = readTable(join(dir, file));
    const col = (row: string[], name: string) => row[t.header.indexOf(name)]?.trim() ?? "";
    const linkCol = t.header.find((h) => h.startsWith("Source link")) ?? "Source link";
    const values = t.rows.map((r) => cellNumber(col(r, spec.column)));
    const percent = (spec.unit ?? "percent") === "percent";
    const hasPercentSign = t.rows.some((r) => col(r, spec.column).endsWith("%"));
    const fractions = percent && !hasPercentSign && values.every((v) => v === undefined || v <= 1);
    t.rows.forEach((row, i) => {
      const value = values[i];
      const model = col(row, "Model version");
      if (value === undefined || !model) return;
      const link = col(row, linkCol);
      const agent = spec.agent ? col(row, spec.agent) : "";
      out.push({
        benchmark: spec.name,
        category: spec.category,
        unit: spec.unit ?? "percent",
        model,
        score: fractions ? value * 100 : value,
        ranBy: col(row, "Source") || "an outside leaderboard",
        ...(/^https?:\/\//.test(link) ? { url: link } : {}),
        ...(agent ? { agent } : {}),
      });
    });
  }
  return out;
}

/**
 * Makers' own publications among the boards Epoch transcribed: a result there is the maker's
 * claim about its own model (self-reported); about another maker's model it is independent.
 */
const MAKER_PAPERS: [RegExp, string][] = [
  [/^Qwen/i, "alibaba"],
  [/^(Llama 2|LLaMA|The Llama 3 Herd)/i, "meta"],
  [/^(Phi-\d|Textbooks Are All You Need)/i, "microsoft"],
  [
    /^(Gemma|PaLM|GLaM|Exploring the Limits of Transfer|Training Compute-Optimal|Scaling Language Models: Methods|Switch Transformers)/i,
    "google",
  ],
  [/^Mixtral of Experts/i, "mistral"],
  [/^(Language Models are Few-Shot|GPT-4 Technical)/i, "openai"],
  [/Claude/i, "anthropic"],
  [/^DeepSeek/i, "deepseek"],
  [/^Nemotron/i, "nvidia"],
  [/^Yi:/i, "01-ai"],
  [/^(The Falcon|Falcon2)/i, "tii"],
  [/^Baichuan/i, "baichuan"],
  [/^XGen/i, "salesforce"],
  [/^InternLM/i, "internlm"],
];

function paperMaker(ranBy: string): string | undefined {
  return MAKER_PAPERS.find(([p]) => p.test(ranBy))?.[1];
}

/** The org a record has at this point of the import (resellers' records vote at the end). */
function orgNow(build: Build, draft: Draft): string {
  return draft.canonical ? draft.org : (build.votes.get(draft)?.winner() ?? draft.org);
}

/**
 * Adds Epoch's results to the records their model ids name. Every result says who ran it in its
 * variant ("o3-2025-04-16_high, run by Epoch AI"; "…, run by ARC Prize Leaderboard"): the source
 * is Epoch AI, which transcribed the outside ones; a maker's own paper about its model is marked
 * self-reported. No row makes a record.
 */
export function addEpoch(build: Build, results: EpochResult[], source: SourceInfo): BoardCoverage {
  const coverage: BoardCoverage = { rows: results.length, mapped: 0, unmapped: [] };
  const unmapped = new Set<string>();
  for (const r of results) {
    const draft = placeBoardModel(build, r.model);
    if (!draft) {
      unmapped.add(r.model);
      continue;
    }
    coverage.mapped++;
    const id = build.registry.define(r.benchmark, r.category, r.unit);
    const variant = [r.model, r.agent ? `agent ${r.agent}` : undefined, `run by ${r.ranBy}`]
      .filter((v) => v !== undefined)
      .join(", ");
    draft.benchmarks.push({
      benchmark: id,
      score: r.score,
      variant: variant.slice(0, 200),
      ...(paperMaker(r.ranBy) === orgNow(build, draft) ? { selfReported: true } : {}),
      source: source.id,
      asOf: r.date ?? source.asOf,
      ...(r.url ? { url: r.url } : {}),
    });
    draft.sources.add(source.id);
  }
  coverage.unmapped = [...unmapped].sort();
  return coverage;
}
