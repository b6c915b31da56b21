import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  asBoolean,
  asNumber,
  asObject,
  asString,
  asStringList,
  listFiles,
  readJson,
} from "./files.ts";

export interface StatsModel {
  id: string;
  name: string;
  org: string;
  orgName?: string;
  releaseDate?: string;
  knowledgeCutoff?: string;
  parameters?: number;
  license?: string;
  weightsUrl?: string;
  multimodal?: boolean;
  /** Day the record was last updated (its as-of date). */
  updated?: string;
}

export interface StatsBenchmark {
  id: string;
  name: string;
  categories: string[];
  maxScore: number;
}

export interface StatsResult {
  model: string;
  benchmark: string;
  /** The source's normalized score: 0-1 of the benchmark's maximum. */
  normalized: number;
  score: number;
  selfReported: boolean;
  url?: string;
  updated?: string;
}

export interface LlmStats {
  models: StatsModel[];
  benchmarks: Map<string, StatsBenchmark>;
  results: StatsResult[];
}

const day = (v: unknown) => asString(v)?.slice(0, 10);

/** A link that leads somewhere real: llm-stats uses example.com as a placeholder. */
function realUrl(v: unknown): string | undefined {
  const url = asString(v);
  if (!url || !/^https?:\/\//.test(url)) return undefined;
  try {
    const host = new URL(url).hostname;
    return host === "example.com" || host.endsWith(".example.com") ? undefined : url;
  } catch {
    return undefined;
  }
}

/** Reads llm-stats: organizations, model records, licenses, benchmark definitions and results. */
export function readLlmStats(root: string): LlmStats {
  const data = join(root, "data");
  const licenses = new Map<string, string>();
  for (const f of listFiles(join(data, "licenses"), ".json")) {
    const l = asObject(readJson(join(data, "licenses", f)));
    const id = asString(l.license_id);
    const name = asString(l.name);
    if (id && name) licenses.set(id, name);
  }
  const benchmarks = new Map<string, StatsBenchmark>();
  for (const f of listFiles(join(data, "benchmarks"), ".json")) {
    const b = asObject(readJson(join(data, "benchmarks", f)));
    const id = asString(b.benchmark_id);
    const name = asString(b.name);
    if (!id || !name) continue;
    const categories = asStringList(b.categories) ?? [];
    benchmarks.set(id, { id, name, categories, maxScore: asNumber(b.max_score) ?? 1 });
  }
  const models: StatsModel[] = [];
  const results: StatsResult[] = [];
  for (const f of listFiles(join(data, "organizations"), "model.json")) {
    const m = asObject(readJson(join(data, "organizations", f)));
    const id = asString(m.model_id);
    const name = asString(m.name);
    const org = asString(m.organization_id);
    if (!id || !name || !org) continue;
    const orgFile = join(data, "organizations", org, "organization.json");
    const orgName = existsSync(orgFile) ? asString(asObject(readJson(orgFile)).name) : undefined;
    const params = asNumber(m.param_count);
    const license = licenses.get(asString(m.license_id) ?? "");
    const model: StatsModel = { id, name, org };
    if (orgName && org !== "unknown") model.orgName = orgName;
    const set = <K extends keyof StatsModel>(k: K, v: StatsModel[K] | undefined) => {
      if (v !== undefined) model[k] = v;
    };
    set("releaseDate", day(m.release_date));
    set("knowledgeCutoff", day(m.knowledge_cutoff));
    set("parameters", params !== undefined && params > 0 ? params : undefined);
    set("license", license && license !== "Unknown" ? license : undefined);
    set("weightsUrl", realUrl(m.source_weights_link));
    set("multimodal", asBoolean(m.multimodal));
    set("updated", day(m.updated_at));
    models.push(model);
    const resultsFile = join(data, "organizations", f.replace(/model\.json$/, "benchmarks.json"));
    if (!existsSync(resultsFile)) continue;
    const list = readJson(resultsFile);
    for (const raw of Array.isArray(list) ? list : []) {
      const r = asObject(raw);
      const benchmark = asString(r.benchmark_id);
      const score = asNumber(r.score);
      const normalized = asNumber(r.normalized_score);
      if (!benchmark || score === undefined || normalized === undefined) continue;
      const result: StatsResult = {
        model: id,
        benchmark,
        normalized,
        score,
        selfReported: asBoolean(r.is_self_reported) ?? true,
      };
      const url = realUrl(r.self_reported_source_link);
      if (url) result.url = url;
      const updated = day(r.updated_at);
      if (updated) result.updated = updated;
      results.push(result);
    }
  }
  return { models, benchmarks, results };
}
