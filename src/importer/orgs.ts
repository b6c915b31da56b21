import { tokensOf } from "./ids.ts";

/** Organization spellings in provider ids and sources → this catalog's lowercase org id. */
const ORG_ALIASES: Readonly<Record<string, string>> = {
  "meta-llama": "meta",
  facebook: "meta",
  mistralai: "mistral",
  qwen: "alibaba",
  qwenlm: "alibaba",
  "alibaba-cloud": "alibaba",
  "deepseek-ai": "deepseek",
  "zai-org": "zhipuai",
  "z-ai": "zhipuai",
  zai: "zhipuai",
  thudm: "zhipuai",
  zhipu: "zhipuai",
  moonshot: "moonshotai",
  "x-ai": "xai",
  "google-deepmind": "google",
  minimaxai: "minimax",
  cohereforai: "cohere",
  coherelabs: "cohere",
  aws: "amazon",
  "ibm-granite": "ibm",
  ai21labs: "ai21",
  "bytedance-seed": "bytedance",
  "bytedance-research": "bytedance",
  "stepfun-ai": "stepfun",
  xiaomimimo: "xiaomi",
  "perplexity-ai": "perplexity",
  liquidai: "liquid",
  bfl: "black-forest-labs",
  "nvidia-nim": "nvidia",
  "ai21-labs": "ai21",
  sarvamai: "sarvam",
  "alibaba-nlp": "alibaba",
  "tongyi-zhiwen": "alibaba",
  volcengine: "bytedance",
};

/** Path prefixes that name a provider's account or tier, not a maker. */
const NOT_AN_ORG = new Set([
  "pro",
  "accounts",
  "fireworks",
  "models",
  "main",
  "@cf",
  "@hf",
  "hf",
  "lpt",
  "deployments",
  "openrouter",
  "free",
  "community",
  "routers",
  "public",
  "tee",
  "route",
  "workers-ai",
  "chat-completion",
  "completion",
  "tts",
]);

/** A model's first name token → its maker, for ids that carry no organization. */
const FAMILY_ORGS: Readonly<Record<string, string>> = {
  anthropic: "anthropic",
  openai: "openai",
  google: "google",
  meta: "meta",
  claude: "anthropic",
  gpt: "openai",
  chatgpt: "openai",
  o: "openai",
  codex: "openai",
  whisper: "openai",
  dall: "openai",
  sora: "openai",
  gemini: "google",
  gemma: "google",
  medgemma: "google",
  palm: "google",
  imagen: "google",
  veo: "google",
  llama: "meta",
  qwen: "alibaba",
  qwq: "alibaba",
  qvq: "alibaba",
  glm: "zhipuai",
  chatglm: "zhipuai",
  deepseek: "deepseek",
  mistral: "mistral",
  mixtral: "mistral",
  codestral: "mistral",
  devstral: "mistral",
  magistral: "mistral",
  pixtral: "mistral",
  ministral: "mistral",
  voxtral: "mistral",
  grok: "xai",
  kimi: "moonshotai",
  minimax: "minimax",
  command: "cohere",
  aya: "cohere",
  c: "cohere",
  nova: "amazon",
  titan: "amazon",
  phi: "microsoft",
  nemotron: "nvidia",
  granite: "ibm",
  jamba: "ai21",
  ernie: "baidu",
  hunyuan: "tencent",
  doubao: "bytedance",
  seed: "bytedance",
  step: "stepfun",
  mimo: "xiaomi",
  sonar: "perplexity",
  olmo: "allenai",
  hermes: "nousresearch",
  flux: "black-forest-labs",
};

/** Lowercase org id for a spelling found in a source, or undefined for a non-org prefix. */
export function toOrgId(spelling: string): string | undefined {
  const s = spelling.toLowerCase();
  if (NOT_AN_ORG.has(s) || !/^[a-z0-9][a-z0-9._-]*$/.test(s)) return undefined;
  return ORG_ALIASES[s] ?? s;
}

/** Org ids this table knows as makers; a path segment naming one beats any other segment. */
const KNOWN_ORGS = new Set([
  ...Object.keys(ORG_ALIASES),
  ...Object.values(ORG_ALIASES),
  ...Object.values(FAMILY_ORGS),
]);

/**
 * The org named by a provider model id's path ("meta-llama/Llama-3.3-70B" → "meta"): a segment
 * naming a known maker, else the first segment that is not an account or route word.
 */
export function orgFromPath(providerModelId: string): string | undefined {
  const parts = providerModelId.toLowerCase().split("/").slice(0, -1);
  const known = parts.find((p) => KNOWN_ORGS.has(p));
  if (known !== undefined) return toOrgId(known);
  for (const p of parts) {
    const org = toOrgId(p);
    if (org !== undefined) return org;
  }
  return undefined;
}

/** The maker a model's name points to ("llama-3.1-405b" → "meta"). */
export function orgFromName(name: string): string | undefined {
  const first = tokensOf(name)[0];
  return first === undefined ? undefined : FAMILY_ORGS[first];
}

/** Weighted votes for a model's org; the heaviest wins, ties go to the alphabetically first. */
export class OrgVotes {
  private readonly votes = new Map<string, number>();
  private readonly sources = new Map<string, string>();
  /** `source`: the data set that names the org outright; absent when inferred from a name. */
  add(org: string | undefined, weight: number, source?: string): void {
    if (org === undefined) return;
    this.votes.set(org, (this.votes.get(org) ?? 0) + weight);
    if (source !== undefined && !this.sources.has(org)) this.sources.set(org, source);
  }
  /** The source that named this org, if one did. */
  sourceOf(org: string): string | undefined {
    return this.sources.get(org);
  }
  winner(): string | undefined {
    let best: [string, number] | undefined;
    for (const entry of [...this.votes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (best === undefined || entry[1] > best[1]) best = entry;
    }
    return best?.[0];
  }
}

/** A display name for an org id when no source names it: "black-forest-labs" → "Black Forest Labs". */
export function titleCase(org: string): string {
  return org
    .split(/[-_.]/)
    .filter((w) => w.length > 0)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join(" ");
}
