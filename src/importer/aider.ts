import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { BotError } from "../core/errors.ts";
import { IsoDate } from "../core/schema/fact.ts";
import type { SourceInfo } from "../core/schema/registry.ts";
import { type BoardCoverage, placeBoardModel } from "./board-place.ts";
import type { Build } from "./build.ts";
import { asNumber, asObject, asString } from "./files.ts";

/** One run on Aider's polyglot board (aider/website/_data/polyglot_leaderboard.yml). */
export interface AiderRun {
  /** The board's label: "gpt-5 (high)". */
  label: string;
  /** The API id after --model in the run's command, provider prefix kept: "openai/gpt-5". */
  modelId: string;
  editFormat?: string | undefined;
  /** Percent of the 225 exercises solved within two tries. */
  passRate2: number;
  /** USD for the whole run; absent when the board gives 0 or nothing (unknown or free). */
  cost?: number;
  date?: string;
}

const POLYGLOT = join("aider", "website", "_data", "polyglot_leaderboard.yml");

/**
 * Reads the polyglot board. Runs that pair an architect with an editor model (`editor_model`)
 * measure two models together and are left out; so are runs without a `--model` in their command.
 */
export function readAider(root: string): AiderRun[] {
  const path = join(root, POLYGLOT);
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new BotError("IMPORT_INPUT", `${path}: ${(e as Error).message}`);
  }
  const runs: AiderRun[] = [];
  for (const raw of Array.isArray(doc) ? doc : []) {
    const e = asObject(raw);
    const label = asString(e.model);
    const modelId = /--model\s+(\S+)/.exec(asString(e.command) ?? "")?.[1];
    const passRate2 = asNumber(e.pass_rate_2);
    if (!label || !modelId || passRate2 === undefined || e.editor_model !== undefined) continue;
    const cost = asNumber(e.total_cost);
    const date = e.date instanceof Date ? e.date.toISOString().slice(0, 10) : asString(e.date);
    runs.push({
      label,
      modelId,
      passRate2,
      ...(asString(e.edit_format) ? { editFormat: asString(e.edit_format) } : {}),
      ...(cost !== undefined && cost > 0 ? { cost } : {}),
      ...(date && IsoDate.safeParse(date).success ? { date } : {}),
    });
  }
  return runs;
}

/**
 * Adds each run as an Aider Polyglot result of the model its `--model` id names (the provider
 * prefix dropped by resolution): score = percent correct, variant = the board's label, edit format
 * and the run's cost, dated by the run. Aider's maintainers ran these: not self-reported.
 */
export function addAider(build: Build, runs: AiderRun[], source: SourceInfo): BoardCoverage {
  const id = build.registry.define("Aider Polyglot", "coding", "percent");
  const coverage: BoardCoverage = { rows: runs.length, mapped: 0, unmapped: [] };
  for (const run of runs) {
    const draft = placeBoardModel(build, run.modelId);
    if (!draft) {
      coverage.unmapped.push(run.modelId);
      continue;
    }
    coverage.mapped++;
    const details = [
      run.label,
      run.editFormat ? `${run.editFormat} format` : undefined,
      run.cost !== undefined ? `run cost $${run.cost.toFixed(2)}` : undefined,
    ].filter((d) => d !== undefined);
    draft.benchmarks.push({
      benchmark: id,
      score: run.passRate2,
      variant: details.join(", "),
      source: source.id,
      asOf: run.date ?? source.asOf,
      url: "https://aider.chat/docs/leaderboards/",
    });
    draft.sources.add(source.id);
  }
  coverage.unmapped.sort();
  return coverage;
}
