import { existsSync } from "node:fs";
import { join } from "node:path";
import { IsoDate } from "../core/schema/fact.ts";
import { asBoolean, asObject, asString, readJson } from "./files.ts";

/** What LiveBench's site says of a table row's model (model_metadata.json, per row name). */
export interface LiveBenchModelInfo {
  /** The site's label of the row: "GPT-5.6 Sol Max Effort" (run settings included). */
  displayName?: string | undefined;
  organization?: string | undefined;
  releaseDate?: string | undefined;
  reasoner?: boolean | undefined;
  openWeights?: boolean | undefined;
  huggingface?: string | undefined;
}

/**
 * Reads model_metadata.json: one entry per row name, and effort variants listed under the entry
 * they share ("variants": [{rawName, displayName}]). Returns a lookup by row name; a variant gets
 * its entry's facts with its own display name.
 */
export function readLiveBenchMetadata(root: string): Map<string, LiveBenchModelInfo> {
  const path = join(root, "model_metadata.json");
  const out = new Map<string, LiveBenchModelInfo>();
  if (!existsSync(path)) return out;
  const entries = Object.entries(asObject(readJson(path))).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [name, raw] of entries) {
    const e = asObject(raw);
    const version = asString(e.version);
    const hf = asString(e.huggingface);
    const info: LiveBenchModelInfo = {
      displayName: asString(e.displayName),
      organization: asString(e.organization),
      releaseDate: version && IsoDate.safeParse(version).success ? version : undefined,
      reasoner: asBoolean(e.reasoner),
      openWeights: asBoolean(e.openweight),
      huggingface: hf && /^https:\/\/huggingface\.co\//.test(hf) ? hf : undefined,
    };
    out.set(name.toLowerCase(), info);
    for (const v of Array.isArray(e.variants) ? e.variants : []) {
      const rawName = asString(asObject(v).rawName)?.toLowerCase();
      if (rawName === undefined || out.has(rawName)) continue;
      out.set(rawName, {
        ...info,
        displayName: asString(asObject(v).displayName) ?? info.displayName,
      });
    }
  }
  return out;
}

/** A run setting in the site's label ("… Max Effort", "… xHigh Effort"). */
export function labelsEffort(displayName: string | undefined, word: string): boolean {
  return displayName !== undefined && new RegExp(`\\b${word} effort\\b`, "i").test(displayName);
}
