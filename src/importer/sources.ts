import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BotError } from "../core/errors.ts";
import type { SourceInfo } from "../core/schema/registry.ts";
import { readCommitDate } from "./files.ts";
import { FMTI_SOURCE } from "./fmti.ts";

/** The card's date: the reference card states its facts as of this day. */
export const CARD_AS_OF = "2026-01-08";

/** What this project says about each source; the date comes from the snapshot's SOURCE.txt. */
const KNOWN: Record<string, Omit<SourceInfo, "asOf"> & { asOf?: string }> = {
  fmti: FMTI_SOURCE,
  "models.dev": {
    id: "models.dev",
    name: "models.dev",
    url: "https://models.dev",
    license: "MIT",
  },
  livebench: {
    id: "livebench",
    name: "LiveBench",
    url: "https://livebench.ai",
    license:
      "Result tables from the LiveBench site repository (no license file); the benchmark's own repository is Apache-2.0",
  },
  "llm-stats": {
    id: "llm-stats",
    name: "LLM Stats",
    url: "https://llm-stats.com",
    license: "CC-BY-4.0",
    attribution:
      "Model, license and benchmark data from LLM Stats (llm-stats.com, github.com/JonathanChavezTamales/llm-leaderboard), licensed CC BY 4.0; reorganized by model-bot.",
  },

  "maxtext-architectures": {
    id: "maxtext",
    name: "MaxText model configs",
    url: "https://github.com/AI-Hypercomputer/maxtext",
    license: "Apache-2.0",
  },
  litellm: {
    id: "litellm",
    name: "LiteLLM model prices and context windows",
    url: "https://github.com/BerriAI/litellm",
    license: "MIT",
  },
  aider: {
    id: "aider",
    name: "Aider leaderboards",
    url: "https://aider.chat/docs/leaderboards/",
    license: "Apache-2.0",
  },
  "epoch-ai": {
    id: "epoch-ai",
    name: "Epoch AI Benchmarking Hub",
    url: "https://epoch.ai/benchmarks",
    license: "CC-BY-4.0 (Epoch AI's hub data); repository MIT",
    attribution:
      "Benchmark data from Epoch AI's Benchmarking Hub (epoch.ai/benchmarks, github.com/epoch-research/benchmark-stitching), licensed CC BY 4.0; credit Epoch AI. Results Epoch transcribed from other leaderboards name who ran them.",
  },
  "vectara-hallucination": {
    id: "vectara",
    name: "Vectara Hallucination Leaderboard",
    url: "https://github.com/vectara/hallucination-leaderboard",
    license: "Apache-2.0",
  },
};

export const CARD_SOURCE: SourceInfo = {
  id: "card",
  name: "Reference model card (gpt-5.1-codex-mini)",
  license: "Facts only; summaries rewritten by model-bot",
  asOf: CARD_AS_OF,
};

/** The source entry of a dataset folder, dated by its SOURCE.txt; undefined when the folder is absent. */
export function readSource(datasetsDir: string, id: keyof typeof KNOWN): SourceInfo | undefined {
  const dir = join(datasetsDir, id);
  if (!existsSync(dir)) return undefined;
  const asOf = readCommitDate(join(dir, "SOURCE.txt"));
  if (asOf === undefined) {
    throw new BotError("IMPORT_INPUT", `${join(dir, "SOURCE.txt")}: no "Commit date" line`);
  }
  const known = KNOWN[id] as SourceInfo;
  return { ...known, asOf };
}

/** The commit a data set's SOURCE.txt names ("Commit : e591f30…"), for links to its files. */
export function readCommit(datasetsDir: string, folder: string): string | undefined {
  const path = join(datasetsDir, folder, "SOURCE.txt");
  if (!existsSync(path)) return undefined;
  return /^(?:Mirror )?Commit\s*:\s*([0-9a-f]{40})/m.exec(readFileSync(path, "utf8"))?.[1];
}
