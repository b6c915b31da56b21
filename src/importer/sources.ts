import { existsSync } from "node:fs";
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
