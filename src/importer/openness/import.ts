import { existsSync } from "node:fs";
import { join } from "node:path";
import { OpennessData } from "../../core/schema/openness.ts";
import type { SourceInfo } from "../../core/schema/registry.ts";
import { readCommitDate } from "../files.ts";
import { MOF_SOURCE, readMof } from "./mof.ts";
import { OSAI_SOURCE, readOsaiIndex } from "./osai-index.ts";

const READERS = [
  { folder: "model-openness", source: MOF_SOURCE, read: readMof },
  { folder: "open-source-ai-index", source: OSAI_SOURCE, read: readOsaiIndex },
] as const;

/**
 * Reads the openness data sets present under `datasetsDir` into data/openness.json's shape, with
 * the source entries it cites. Undefined when neither data set is there.
 */
export function importOpenness(datasetsDir: string): OpennessData | undefined {
  const entries: OpennessData["entries"] = [];
  const sources: SourceInfo[] = [];
  for (const { folder, source, read } of READERS) {
    const dir = join(datasetsDir, folder);
    if (!existsSync(dir)) continue;
    const asOf = readCommitDate(join(dir, "SOURCE.txt"));
    if (asOf === undefined) throw new Error(`${join(dir, "SOURCE.txt")}: no "Commit date" line`);
    sources.push({ ...source, asOf });
    entries.push(...read(dir, asOf));
  }
  if (sources.length === 0) return undefined;
  const parsed = OpennessData.safeParse({ sources, entries });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`openness data: ${issue?.path.join(".")}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}
