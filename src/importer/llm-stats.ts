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

/** One provider's offer of a model in llm-stats' providers/<p>/models.json. */
export interface StatsOffer {
  model: string;
  /** The provider id as models.dev spells it ("bedrock" → "amazon-bedrock"). */
  provider: string;
  providerName: string;
  /** USD per 1M tokens (llm-stats gives cents). */
  input?: number;
  output?: number;
  context?: number;
  maxOutput?: number;
  functionCalling?: boolean;
  structuredOutput?: boolean;
  vision?: boolean;
  /** Output tokens per second and seconds to the first token, as llm-stats measured them. */
  tokensPerSecond?: number;
  firstTokenSeconds?: number;
  updated?: string;
}

/** llm-stats provider ids that models.dev spells otherwise. */
const PROVIDER_IDS: Record<string, string> = {
  bedrock: "amazon-bedrock",
  fireworks: "fireworks-ai",
  novita: "novita-ai",
  together: "togetherai",
};

export interface LlmStats {
  offers: StatsOffer[];
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
  return { models, benchmarks, results, offers: readOffers(data) };
}

/** Provider offers, except llm-stats' own evaluation endpoint (zeroeval) and deprecated ones. */
function readOffers(data: string): StatsOffer[] {
  const offers: StatsOffer[] = [];
  for (const f of listFiles(join(data, "providers"), "models.json")) {
    const dir = f.split(/[\\/]/)[0] ?? "";
    if (dir === "zeroeval" || f !== join(dir, "models.json")) continue;
    const infoFile = join(data, "providers", dir, "provider.json");
    const providerName =
      (existsSync(infoFile) ? asString(asObject(readJson(infoFile)).name) : undefined) ?? dir;
    const list = readJson(join(data, "providers", f));
    for (const raw of Array.isArray(list) ? list : []) {
      const o = asObject(raw);
      const model = asString(o.model_id);
      if (!model || asString(o.deprecated_at)) continue;
      const cents = (v: unknown) => {
        const n = asNumber(v);
        return n === undefined ? undefined : n / 100;
      };
      const offer: StatsOffer = { model, provider: PROVIDER_IDS[dir] ?? dir, providerName };
      const set = <K extends keyof StatsOffer>(k: K, v: StatsOffer[K] | undefined) => {
        if (v !== undefined) offer[k] = v;
      };
      set("input", cents(o.input_cents_per_million_tokens));
      set("output", cents(o.output_cents_per_million_tokens));
      set("context", asNumber(o.max_input_tokens));
      set("maxOutput", asNumber(o.max_output_tokens));
      set("functionCalling", asBoolean(o.feature_function_calling));
      set("structuredOutput", asBoolean(o.feature_structured_output));
      set("vision", asBoolean(o.input_modality_image));
      const tps = asNumber(o.throughput);
      if (tps !== undefined && tps > 0) set("tokensPerSecond", tps);
      const ttft = asNumber(o.latency);
      if (ttft !== undefined && ttft >= 0) set("firstTokenSeconds", ttft);
      set("updated", day(o.updated_at));
      offers.push(offer);
    }
  }
  return offers.sort(
    (a, b) =>
      (a.model < b.model ? -1 : a.model > b.model ? 1 : 0) ||
      (a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0),
  );
}
