/**
 * Licenses as people name them and as the catalog writes them. A record's license is free text
 * from its sources ("Apache 2.0", "MIT", "Llama 3.1 Community License", "CC BY-NC"); a question names
 * one by SPDX id ("apache-2.0", "cc-by-nc-4.0") or common name ("MIT license", "llama license",
 * "permissive"). Both map to the same small set of keys.
 */

export interface License {
  key: string;
  title: string;
  /** How the catalog's license text names it. */
  inCatalog: RegExp;
}

export const LICENSES: readonly License[] = [
  { key: "apache-2.0", title: "Apache 2.0", inCatalog: /\bapache\b/i },
  { key: "mit", title: "MIT", inCatalog: /\bmit\b/i },
  { key: "bsd", title: "BSD", inCatalog: /\bbsd\b/i },
  { key: "gpl", title: "GPL", inCatalog: /\ba?gpl\b/i },
  {
    key: "cc-by-nc",
    title: "CC BY-NC",
    inCatalog: /\bcc[- ]by[- ]nc\b|creative commons\b.*\bnon-?commercial/i,
  },
  {
    key: "cc-by",
    title: "CC BY",
    inCatalog: /\bcc[- ]by\b(?![- ]nc)|creative commons attribution(?!.*non-?commercial)/i,
  },
  { key: "openrail", title: "OpenRAIL", inCatalog: /\bopenrail/i },
  { key: "llama", title: "Llama community license", inCatalog: /\bllama\b/i },
  { key: "gemma", title: "Gemma license", inCatalog: /\bgemma\b/i },
  { key: "qwen", title: "Qwen license", inCatalog: /\bqwen\b|tongyi/i },
  { key: "deepseek", title: "DeepSeek license", inCatalog: /\bdeepseek\b/i },
  {
    key: "mistral-research",
    title: "Mistral research license",
    inCatalog: /mistral research|\bmrl\b|\bmnpl\b/i,
  },
  { key: "nvidia-open", title: "NVIDIA open model license", inCatalog: /nvidia open model/i },
  { key: "jamba-open", title: "Jamba open model license", inCatalog: /jamba open model/i },
  { key: "proprietary", title: "proprietary", inCatalog: /\bproprietary\b/i },
];

/** Licenses that allow commercial use, change and redistribution with little more than notice. */
export const PERMISSIVE = ["apache-2.0", "mit", "bsd"];

/** The license keys a catalog license text names (usually one). */
export function licenseKeysOf(text: string | undefined): string[] {
  if (text === undefined) return [];
  const keys = LICENSES.filter((l) => l.inCatalog.test(text)).map((l) => l.key);
  // "CC BY-NC" is no plain CC BY.
  return keys.includes("cc-by-nc") ? keys.filter((k) => k !== "cc-by") : keys;
}

export function licenseTitle(key: string): string {
  return LICENSES.find((l) => l.key === key)?.title ?? key;
}

const LICENSED = String.raw`(?:[- ]?licen[cs](?:ed|es?))`;
/**
 * A license named in a question (prepared text). The family names ("llama", "gemma", "qwen") count
 * only with a license word after them: alone they name models. Group 1 is the name.
 */
export const LICENSE_PATTERN = new RegExp(
  String.raw`\b(?:under (?:the |an? )?)?(apache(?:[- ]?(?:license|licence))?(?:[- ]?v?2(?:\.0)?)?|mit|bsd(?:[- ]?[23](?:[- ]clause)?)?|a?gpl(?:[- ]?v?[23](?:\.0)?)?|cc[- ]by(?:[- ]nc)?(?:[- ]sa)?(?:[- ]4(?:\.0)?)?|openrail(?:[- ]?m)?|permissive(?:ly)?)${LICENSED}?\b|\b(llama|gemma|qwen|deepseek|nvidia open model|mistral research|jamba open model)(?: community)?${LICENSED}\b`,
  "g",
);

/** The license keys a matched name asks for ("permissive" is several). */
export function licenseKeysAsked(name: string): string[] {
  if (name.startsWith("permissive")) return PERMISSIVE;
  if (name.startsWith("apache")) return ["apache-2.0"];
  if (name.startsWith("nvidia")) return ["nvidia-open"];
  if (name.startsWith("mistral")) return ["mistral-research"];
  if (name.startsWith("jamba")) return ["jamba-open"];
  if (/^cc[- ]by[- ]nc/.test(name)) return ["cc-by-nc"];
  if (/^cc[- ]by/.test(name)) return ["cc-by"];
  if (name.startsWith("openrail")) return ["openrail"];
  if (/^a?gpl/.test(name)) return ["gpl"];
  if (name.startsWith("bsd")) return ["bsd"];
  return LICENSES.some((l) => l.key === name) ? [name] : [];
}
