import type { ProviderListing } from "../core/schema/record.ts";
import type { SourceInfo } from "../core/schema/registry.ts";
import type { BoardCoverage } from "./board-place.ts";
import type { Build } from "./build.ts";
import type { Draft } from "./draft.ts";
import { lastSegment } from "./ids.ts";
import { type LiteLlmEntry, TEXT_MODES } from "./litellm.ts";

/**
 * LiteLLM providers → this catalog's provider ids and names. Clouds models.dev also lists map to
 * its ids, so a LiteLLM listing is added only where models.dev has none for that model there;
 * the others are providers only LiteLLM covers. Providers not named here (resellers models.dev
 * already lists, gateways) are left to models.dev.
 */
const PROVIDERS: Record<string, [id: string, name: string]> = {
  bedrock: ["amazon-bedrock", "Amazon Bedrock"],
  bedrock_converse: ["amazon-bedrock", "Amazon Bedrock"],
  "vertex_ai-language-models": ["google-vertex", "Vertex"],
  "vertex_ai-anthropic_models": ["google-vertex-anthropic", "Vertex (Anthropic)"],
  "vertex_ai-mistral_models": ["google-vertex", "Vertex"],
  "vertex_ai-llama_models": ["google-vertex", "Vertex"],
  "vertex_ai-qwen_models": ["google-vertex", "Vertex"],
  "vertex_ai-deepseek_models": ["google-vertex", "Vertex"],
  "vertex_ai-openai_models": ["google-vertex", "Vertex"],
  "vertex_ai-ai21_models": ["google-vertex", "Vertex"],
  azure: ["azure", "Azure"],
  azure_ai: ["azure", "Azure"],
  watsonx: ["watsonx", "IBM watsonx.ai"],
  sambanova: ["sambanova", "SambaNova Cloud"],
  replicate: ["replicate", "Replicate"],
  oci: ["oci", "Oracle Cloud Infrastructure"],
  lambda_ai: ["lambda", "Lambda"],
  hyperbolic: ["hyperbolic", "Hyperbolic"],
  nscale: ["nscale", "Nscale"],
  ai21: ["ai21", "AI21"],
  volcengine: ["volcengine", "Volcengine"],
  crusoe: ["crusoe", "Crusoe"],
  sagemaker: ["sagemaker", "Amazon SageMaker"],
  heroku: ["heroku", "Heroku"],
  gigachat: ["gigachat", "GigaChat"],
  featherless_ai: ["featherless", "Featherless"],
};

/**
 * The model's own id inside a routing id: "bedrock/us.anthropic.claude-…-v1:0" → its last part.
 * A Vertex "@20240620" tail is the snapshot, kept as "-20240620" ("claude-3-5-sonnet@20240620" is
 * the June model, not the undated name's newest); "@default" and the like are dropped.
 */
function modelPart(id: string): string {
  return lastSegment(id.replace(/@(20\d{6})$/, "-$1").replace(/@[\w.-]+$/, ""));
}

/**
 * Adds LiteLLM's text-model listings: one per record and provider (a cloud's regional copies of one
 * model are one listing, the shortest id kept), for providers models.dev lacks or models it lacks
 * there, below models.dev in trust (a listing never replaces one). Entries past their deprecation
 * date (as of the snapshot) give no listing. Ids no record answers to are counted, never made
 * records: LiteLLM names routes, not models.
 */
export function addLiteLlm(
  build: Build,
  entries: LiteLlmEntry[],
  source: SourceInfo,
): BoardCoverage {
  const coverage: BoardCoverage = { rows: 0, mapped: 0, unmapped: [] };
  const taken = new Set<string>();
  for (const d of build.drafts.values())
    for (const l of d.listings) taken.add(`${l.provider}|${d.id}`);
  const ordered = [...entries].sort((a, b) => a.id.length - b.id.length || (a.id < b.id ? -1 : 1));
  noteModes(build, ordered);
  for (const e of ordered) {
    const provider = PROVIDERS[e.provider];
    if (!provider || !TEXT_MODES.has(e.mode)) continue;
    if (e.deprecationDate !== undefined && e.deprecationDate <= source.asOf) continue;
    coverage.rows++;
    const match = build.resolver.find(modelPart(e.id));
    if (!match) {
      coverage.unmapped.push(e.id);
      continue;
    }
    const draft: Draft = build.twins.get(match.draft) ?? match.draft;
    coverage.mapped++;
    // Each LiteLLM id placed, and why (data/resolution.jsonl; the gold set scores them).
    draft.trail.push({
      source: source.id,
      provider: provider[0],
      id: e.id,
      rule: match.rule ?? match.how,
    });
    const key = `${provider[0]}|${draft.id}`;
    if (taken.has(key)) continue;
    taken.add(key);
    draft.listings.push(listingOf(e, provider, source));
    draft.sources.add(source.id);
  }
  coverage.unmapped.sort();
  return coverage;
}

/**
 * Each entry's mode, on the record its model id names exactly or as a dated snapshot (the shortest
 * such id kept): what the record is served as is evidence of its kind, whatever the provider.
 * Looser matches (cleaned keys, short forms, serving tiers) are left out: a mode is evidence only
 * about the model the id surely names.
 */
function noteModes(build: Build, ordered: LiteLlmEntry[]): void {
  for (const e of ordered) {
    const match = build.resolver.find(modelPart(e.id));
    if (match === undefined || match.how === "matched") continue;
    const draft = build.twins.get(match.draft) ?? match.draft;
    if (!draft.servedModes.has(e.mode)) draft.servedModes.set(e.mode, e.id);
  }
}

function listingOf(
  e: LiteLlmEntry,
  [provider, name]: [string, string],
  source: SourceInfo,
): ProviderListing {
  const listing: ProviderListing = {
    provider,
    providerName: name,
    providerModelId: e.id,
    source: source.id,
    asOf: source.asOf,
  };
  if (e.input !== undefined && e.output !== undefined) {
    listing.price = { input: e.input, output: e.output };
    if (e.cacheRead !== undefined) listing.price.cacheRead = e.cacheRead;
    if (e.cacheWrite !== undefined) listing.price.cacheWrite = e.cacheWrite;
  }
  if (e.maxInput !== undefined) listing.context = e.maxInput;
  if (e.maxOutput !== undefined) listing.maxOutput = e.maxOutput;
  const flags: [keyof ProviderListing, boolean | undefined][] = [
    ["functionCalling", e.functionCalling],
    ["structuredOutput", e.structuredOutput],
    ["reasoning", e.reasoning],
    ["vision", e.vision],
  ];
  for (const [k, v] of flags) if (v !== undefined) Object.assign(listing, { [k]: v });
  const { source: s, asOf, ...rest } = listing;
  return { ...rest, source: s, asOf };
}
