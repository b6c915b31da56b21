import { IsoDate, type Provenance } from "../core/schema/fact.ts";
import { type BenchmarkRegistry, categoryOf } from "./benchmark-registry.ts";
import type { Draft } from "./draft.ts";
import { asNumber, asObject, asString } from "./files.ts";
import type { Toml } from "./models-dev.ts";

/** A models.dev [[benchmarks]] entry's unit, from its metric and score. */
function unitOf(metric: string, score: number): "percent" | "index" | "elo" | "score" {
  if (/index/i.test(metric)) return "index";
  if (/elo/i.test(metric)) return "elo";
  return score >= 0 && score <= 100 ? "percent" : "score";
}

/**
 * Makers' own sites: a result linked there is the maker's claim about its model. The addendum's
 * results are all the makers' (its SOURCE.txt: system cards and blogs).
 */
const MAKER_HOSTS =
  /(^|\.)(anthropic\.com|openai\.com|mistral\.ai|x\.ai|deepseek\.com|meta\.ai|blog\.google|deepmind\.google|qwenlm\.github\.io|moonshot\.ai|z\.ai|mi\.com)$/;

function isMakersClaim(url: string | undefined, from: Provenance): boolean {
  if (from.source === "models.dev-addendum") return true;
  if (url === undefined) return false;
  try {
    return MAKER_HOSTS.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Benchmark results a canonical models.dev file lists, with their own date and link. */
export function addModelsDevBenchmarks(
  registry: BenchmarkRegistry,
  draft: Draft,
  data: Toml,
  from: Provenance,
): void {
  const entries = Array.isArray(data.benchmarks) ? data.benchmarks : [];
  for (const raw of entries) {
    const e = asObject(raw);
    const name = asString(e.name);
    const score = asNumber(e.score);
    if (!name || score === undefined) continue;
    const id = registry.define(name, categoryOf(name), unitOf(asString(e.metric) ?? "", score));
    const date = asString(e.date);
    const url = asString(e.source);
    const variant = [asString(e.variant), asString(e.dataset), asString(e.harness)]
      .filter((v) => v !== undefined)
      .join(" / ");
    draft.benchmarks.push({
      benchmark: id,
      score,
      ...(variant ? { variant } : {}),
      source: from.source,
      asOf: date && IsoDate.safeParse(date).success ? date : from.asOf,
      ...(url && /^https?:\/\//.test(url) ? { url } : {}),
      ...(isMakersClaim(url, from) ? { selfReported: true } : {}),
    });
  }
}
