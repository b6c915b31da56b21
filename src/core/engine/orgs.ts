import type { Catalog } from "../catalog/catalog.ts";
import { compactKey } from "./normalize.ts";

/**
 * What people call the makers, beyond the catalog's own ids and names: short and local forms
 * ("zhipu", "z.ai"), the company behind a brand ("kimi" is Moonshot AI's), and the name with or
 * without its "AI"/"Labs" suffix. Keys are org ids of the catalog; an org the catalog lacks is
 * skipped. Product-line words that are also model-family words ("kimi", "glm", "gemini", "llama")
 * are left out on purpose: "gemini models" lists the Gemini family by its name word (route.ts),
 * not every Google model, and "kimi context" asks which Kimi.
 */
const SPOKEN_NAMES: Record<string, string[]> = {
  zhipuai: ["zhipu", "zhipu ai", "z.ai", "zai", "z ai", "bigmodel", "chatglm", "thudm"],
  moonshotai: ["moonshot", "moonshot ai", "kimi ai"],
  meta: ["meta ai", "facebook"],
  google: ["google deepmind", "deepmind", "google ai", "alphabet"],
  ibm: ["ibm research"],
  openai: ["open ai"],
  anthropic: ["anthropic ai"],
  alibaba: ["alibaba cloud", "tongyi", "aliyun", "qwen team"],
  mistral: ["mistral ai", "mistralai"],
  xai: ["x.ai", "x ai"],
  nvidia: ["nvda"],
  microsoft: ["msft", "microsoft research"],
  cohere: ["cohere ai", "cohere for ai", "cohere labs"],
  deepseek: ["deepseek ai", "deep seek"],
  amazon: ["aws", "amazon web services"],
  ai21: ["ai21 labs", "ai 21"],
  minimax: ["minimax ai", "hailuo"],
  stepfun: ["step fun", "stepfun ai"],
  bytedance: ["byte dance"],
  allenai: ["ai2", "allen ai", "allen institute"],
  nousresearch: ["nous", "nous research"],
  liquid: ["liquid ai"],
  stabilityai: ["stability", "stability ai"],
  huggingface: ["hf"],
  rekaai: ["reka", "reka ai"],
  upstage: ["upstage ai"],
  inception: ["inception labs"],
  sakana: ["sakana ai"],
  sarvam: ["sarvam ai"],
};

/** Compact organization names, ids and spoken forms → org id. */
export function buildOrgIndex(catalog: Catalog): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, org: string) => {
    const key = compactKey(name);
    if (key.length > 0 && !out.has(key)) out.set(key, org);
  };
  // Ids first, then names, then names without their suffix: a shorter form never takes a key
  // that names another org outright ("Mistral AI" without "AI" is no key over the org "mistral").
  const names = catalog.records.flatMap((r) => {
    const name = r.facts.organization;
    return name && "value" in name ? [[name.value, r.org] as const] : [];
  });
  for (const r of catalog.records) add(r.org, r.org);
  for (const [name, org] of names) add(name, org);
  // "Sakana AI" → "sakana", "Black Forest Labs" → "black forest".
  for (const [name, org] of names) add(name.replace(/\s+(?:ai|labs?|inc\.?|research)$/i, ""), org);
  for (const [org, names] of Object.entries(SPOKEN_NAMES)) {
    if (!out.has(org) && ![...out.values()].includes(org)) continue;
    for (const name of names) add(name, org);
  }
  return out;
}
