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

type OrgMap = (org: string) => string;
const same: OrgMap = (org) => org;

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
  /** Every org voted for. */
  orgs(): string[] {
    return [...this.votes.keys()];
  }
  /** The source that named this org (or a spelling `canon` maps to it), if one did. */
  sourceOf(org: string, canon: OrgMap = same): string | undefined {
    for (const [o, source] of this.sources) if (canon(o) === org) return source;
    return undefined;
  }
  /** The heaviest org, votes for spellings `canon` maps together counted as one. */
  winner(canon: OrgMap = same): string | undefined {
    const sums = new Map<string, number>();
    for (const [o, w] of this.votes) sums.set(canon(o), (sums.get(canon(o)) ?? 0) + w);
    let best: [string, number] | undefined;
    for (const entry of [...sums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (best === undefined || entry[1] > best[1]) best = entry;
    }
    return best?.[0];
  }
}

/**
 * What two spellings of one maker share: separators and a closing "ai" dropped ("Mistral AI",
 * "mistral-ai", "mistralai" → "mistral"; "abacus-ai", "abacusai" → "abacus"; "arcee-ai" →
 * "arcee"). A stem under three letters keeps its "ai" ("xai", "01-ai", "baai").
 */
export function orgKey(org: string): string {
  const compact = org.toLowerCase().replace(/[^a-z0-9]/g, "");
  const stem = compact.replace(/ai$/, "");
  return stem.length >= 3 ? stem : compact;
}

/** The org ids this module's tables name as a maker's own: they win over other spellings. */
const TABLE_ORGS = new Set([...Object.values(ORG_ALIASES), ...Object.values(FAMILY_ORGS)]);

/**
 * One id per maker, from the ids an import met and how many records each holds: spellings with
 * the same `orgKey` go to the table's id if one is, else the id most records use (then the
 * shorter, then the alphabetically first), so "mistral-ai" joins "mistral" and "abacus-ai"
 * joins "abacusai" without a table entry each.
 */
export function orgMerger(uses: ReadonlyMap<string, number>): OrgMap {
  const groups = new Map<string, string[]>();
  for (const org of uses.keys()) {
    const key = orgKey(org);
    groups.set(key, [...(groups.get(key) ?? []), org]);
  }
  const to = new Map<string, string>();
  for (const ids of groups.values()) {
    const [head] = [...ids].sort(
      (a, b) =>
        Number(TABLE_ORGS.has(b)) - Number(TABLE_ORGS.has(a)) ||
        (uses.get(b) ?? 0) - (uses.get(a) ?? 0) ||
        a.length - b.length ||
        (a < b ? -1 : a > b ? 1 : 0),
    );
    if (head !== undefined) for (const id of ids) to.set(id, head);
  }
  return (org) => to.get(org) ?? org;
}

/**
 * A display name for an org id when no source names it: "black-forest-labs" → "Black Forest
 * Labs", "arcee-ai" → "Arcee AI".
 */
export function titleCase(org: string): string {
  return org
    .split(/[-_.]/)
    .filter((w) => w.length > 0)
    .map((w) => (w === "ai" ? "AI" : w[0]?.toUpperCase() + w.slice(1)))
    .join(" ");
}
