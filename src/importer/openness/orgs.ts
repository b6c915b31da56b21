/**
 * Producer names in the openness data sets → the catalog's organization ids. Only makers the
 * catalog has models of are worth mapping: an entry's org is what lets a maker's other models
 * read it as weaker, developer-level evidence.
 */
const BY_NAME: Record<string, string> = {
  google: "google",
  deepmind: "google",
  "google deepmind": "google",
  ibm: "ibm",
  alibaba: "alibaba",
  "alibaba cloud": "alibaba",
  meta: "meta",
  "facebook research": "meta",
  "fair (fundamental artificial intelligence research)": "meta",
  apple: "apple",
  salesforce: "salesforce",
  mistral: "mistral",
  "mistral ai": "mistral",
  openai: "openai",
  baidu: "baidu",
  nvidia: "nvidia",
  microsoft: "microsoft",
  "stability ai": "stabilityai",
  "deepseek ai": "deepseek",
  deepseek: "deepseek",
  "allen institute for ai": "allenai",
  ai2: "allenai",
  allenai: "allenai",
  baai: "baai",
  llm360: "llm360",
  anthropic: "anthropic",
  cohere: "cohere",
  "cohere ai": "cohere",
  ai21: "ai21",
  "ai21 labs": "ai21",
  cerebras: "cerebras",
  inflection: "inflection",
  xai: "xai",
  bytedance: "bytedance",
  "baichuan ai": "baichuan",
  "ai singapore": "aisingapore",
  writer: "writer",
  "01.ai": "01-ai",
  "tsinghua university": "zhipuai",
  thudm: "zhipuai",
};

/** Hugging Face namespaces → organization ids, for entries whose producer is blank or generic. */
const BY_NAMESPACE: Record<string, string> = {
  google: "google",
  "google-t5": "google",
  "ibm-granite": "ibm",
  qwen: "alibaba",
  "meta-llama": "meta",
  facebook: "meta",
  mistralai: "mistral",
  microsoft: "microsoft",
  "deepseek-ai": "deepseek",
  allenai: "allenai",
  llm360: "llm360",
  nvidia: "nvidia",
  openai: "openai",
  coherefor: "cohere",
  cohereforai: "cohere",
  ai21labs: "ai21",
  stabilityai: "stabilityai",
  "baichuan-inc": "baichuan",
  thudm: "zhipuai",
  cerebras: "cerebras",
  aisingapore: "aisingapore",
  writer: "writer",
  salesforce: "salesforce",
};

/** The catalog org of a release's producer (or, failing that, its Hugging Face namespace). */
export function orgOfProducer(
  producer: string | undefined,
  huggingface?: string,
): string | undefined {
  const byName = producer ? BY_NAME[producer.trim().toLowerCase()] : undefined;
  if (byName) return byName;
  const namespace = huggingface?.split("/")[0]?.toLowerCase();
  return namespace ? BY_NAMESPACE[namespace] : undefined;
}
