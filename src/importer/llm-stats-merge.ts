import { IsoDate, type Provenance } from "../core/schema/fact.ts";
import type { SourceInfo } from "../core/schema/registry.ts";
import { categoryOf } from "./benchmark-registry.ts";
import { addDraft, type Build, votesOf } from "./build.ts";
import { CLAIM, type Draft, RANK } from "./draft.ts";
import { toModelId } from "./ids.ts";
import type { LlmStats, StatsModel } from "./llm-stats.ts";
import { toOrgId } from "./orgs.ts";

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/**
 * Merges llm-stats: each model onto the record its id resolves to (or a new record), with its
 * parameter count, license and dates as lower-ranked facts, and its benchmark results. Scores are
 * stored as percent (normalized 0-1 × 100) where the benchmark's maximum is 1 or 100.
 */
export function addLlmStats(build: Build, stats: LlmStats, source: SourceInfo): void {
  const byModel = new Map<string, Draft>();
  const asOf = (day: string | undefined) =>
    day !== undefined && IsoDate.safeParse(day).success ? day : source.asOf;
  for (const m of [...stats.models].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const org = m.org === "unknown" ? undefined : toOrgId(m.org);
    if (org !== undefined) build.orgNames.addStats(m.org, m.orgName);
    const match = build.resolver.find(m.id);
    let draft: Draft;
    const rule = match
      ? (match.rule ?? match.how)
      : "no other source names it: a record of its own";
    if (match) {
      draft = build.twins.get(match.draft) ?? match.draft;
      if (draft === match.draft) {
        const kind = match.how === "snapshot" ? "snapshot" : "alias";
        draft.addName(m.id, kind, match.how === "matched" ? CLAIM.matched : CLAIM.stated);
      }
    } else {
      draft = addDraft(build, toModelId(m.id), m.name, org ?? "other");
    }
    // Resellers spell display names many ways; llm-stats keeps one curated name per model.
    if (!draft.canonical) draft.name = m.name;
    draft.addName(m.name, "alias", CLAIM.display);
    build.resolver.register(draft, m.id);
    draft.trail.push({ source: source.id, id: m.id, rule });
    if (!draft.canonical) votesOf(build, draft).add(org, 4, source.id);
    addStatsFacts(draft, m, { source: source.id, asOf: asOf(m.updated) });
    draft.sources.add(source.id);
    byModel.set(m.id, draft);
  }
  // Provider offers llm-stats knows and models.dev does not (gemini-1.5-pro at Google): a listing
  // from llm-stats for each provider the record has no listing from; the maker's own offer also
  // gives the context window as an llm-stats fact.
  for (const o of stats.offers) {
    const draft = byModel.get(o.model);
    if (!draft) continue;
    const from = { source: source.id, asOf: asOf(o.updated) };
    // Speed is llm-stats' own measurement: kept whoever's listing of that provider wins.
    if (o.tokensPerSecond !== undefined || o.firstTokenSeconds !== undefined) {
      draft.speeds.push({
        provider: o.provider,
        providerName: o.providerName,
        ...(o.tokensPerSecond !== undefined ? { tokensPerSecond: o.tokensPerSecond } : {}),
        ...(o.firstTokenSeconds !== undefined ? { firstTokenSeconds: o.firstTokenSeconds } : {}),
        ...from,
      });
    }
    if (draft.listings.some((l) => l.provider === o.provider)) continue;
    draft.listings.push({
      provider: o.provider,
      providerName: o.providerName,
      providerModelId: o.model,
      ...(o.input !== undefined && o.output !== undefined
        ? { price: { input: o.input, output: o.output } }
        : {}),
      ...(o.context !== undefined && o.context > 0 ? { context: o.context } : {}),
      ...(o.maxOutput !== undefined && o.maxOutput > 0 ? { maxOutput: o.maxOutput } : {}),
      ...(o.functionCalling !== undefined ? { functionCalling: o.functionCalling } : {}),
      ...(o.structuredOutput !== undefined ? { structuredOutput: o.structuredOutput } : {}),
      ...(o.vision !== undefined ? { vision: o.vision } : {}),
      ...from,
    });
    draft.trail.push({
      source: source.id,
      provider: o.provider,
      id: o.model,
      rule: "llm-stats provider file",
    });
    if (o.provider === draft.org && o.context !== undefined && o.context > 0) {
      draft.addFact("context_length", o.context, RANK.llmStats, from);
    }
  }
  for (const r of stats.results) {
    const draft = byModel.get(r.model);
    const bench = stats.benchmarks.get(r.benchmark);
    if (!draft || !bench) continue;
    const percent = bench.maxScore === 1 || bench.maxScore === 100;
    const id = build.registry.define(
      bench.name,
      categoryOf(bench.name, bench.categories),
      percent ? "percent" : "score",
      bench.id,
    );
    draft.benchmarks.push({
      benchmark: id,
      score: percent ? round(r.normalized * 100, 2) : r.score,
      selfReported: r.selfReported,
      source: source.id,
      asOf: asOf(r.updated),
      ...(r.url ? { url: r.url } : {}),
    });
  }
}

function addStatsFacts(draft: Draft, m: StatsModel, from: Provenance): void {
  draft.addFact("parameters", m.parameters, RANK.llmStats, from);
  draft.addFact("license", m.license, RANK.llmStats, from);
  draft.addFact("release_date", m.releaseDate, RANK.llmStats, from);
  draft.addFact("knowledge_cutoff", m.knowledgeCutoff, RANK.llmStats, from);
  draft.addFact("weights_url", m.weightsUrl, RANK.llmStats, from);
  // llm-stats' multimodal flag: the card's short modality label.
  if (m.multimodal !== undefined) {
    draft.addFact("modality", m.multimodal ? "Multimodal" : "Text", RANK.llmStats, from);
  }
}
