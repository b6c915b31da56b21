/**
 * Name normalization for entity resolution. Sources spell one model many ways
 * ("Meta-Llama-3.1-405B-Instruct-Turbo", "llama3.1:405b", "Llama 3.1 405B Instruct"); a key built
 * from lowercase alphanumeric tokens, split at letter/digit boundaries, makes those spellings meet
 * while keeping every real difference (a size, a tier, a version) in the key.
 */

/** Lowercase tokens: "Llama-3.1-405B" → ["llama", "3", "1", "405", "b"]. */
export function tokensOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/([a-z])(?=\d)|(\d)(?=[a-z])/g, "$1$2 ")
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** The matching key of a name: its tokens joined by "-". */
export function keyOf(text: string): string {
  return tokensOf(text).join("-");
}

/** The last path segment of a provider model id ("meta-llama/Llama-3.3-70B" → "Llama-3.3-70B"). */
export function lastSegment(providerModelId: string): string {
  const parts = providerModelId.split("/");
  return parts[parts.length - 1] ?? providerModelId;
}

/** Region and vendor prefixes of cloud catalogs ("us.anthropic.claude-…-v1:0"). */
const REGION_PREFIX = /^(us|eu|apac|global|jp|au|ca|us-gov)\./;
const VENDOR_PREFIX =
  /^(anthropic|meta|openai|amazon|mistral|cohere|deepseek|qwen|ai21|writer|nvidia|google|moonshot|moonshotai|minimax|zai|twelvelabs|luma|stability)\./;

/** Serving and quantization tags that name how a provider runs a model, not a different model. */
const SERVING_SUFFIX =
  /[-_.](fp8|fp4|fp16|bf16|int4|int8|4bit|6bit|8bit|awq|gptq|gguf|mlx|nvfp4|mxfp4|w4a16|w8a8|maas|tput|free|tee|cs)([-_.](dynamic|static|mixed|ar))*$/;

/** Organization and platform words some providers put in front of a model's own name ("meta-llama-3.1-…", "databricks-gpt-oss-20b"). */
const ORG_WORDS = new Set([
  "databricks",
  "snowflake",
  "alicloud",
  "azure",
  "cerebras",
  "groq",
  "moonshot",
  "perplexity",
  "coding",
  "labs",
  "open",
  "meta",
  "mistralai",
  "microsoft",
  "google",
  "openai",
  "anthropic",
  "nvidia",
  "zai",
  "amazon",
  "ibm",
  "xai",
  "moonshotai",
  "cohere",
  "alibaba",
  "baidu",
  "tencent",
  "bytedance",
]);

/**
 * Progressively cleaner spellings of one provider model id's last segment, most specific first:
 * [as given, without cloud prefixes/serving tags/variant tags, without a leading organization word].
 * Resolution tries them in order so an exact match always beats a looser one.
 */
export function cleanCandidates(segment: string): string[] {
  const out: string[] = [];
  const push = (s: string) => {
    if (s.length > 0 && !out.includes(s)) out.push(s);
  };
  const given = segment.toLowerCase();
  push(given);
  let s = given;
  if (REGION_PREFIX.test(s) || VENDOR_PREFIX.test(s.replace(REGION_PREFIX, ""))) {
    const unregioned = s.replace(REGION_PREFIX, "");
    const vendor = VENDOR_PREFIX.exec(unregioned)?.[1];
    s = unregioned.replace(VENDOR_PREFIX, "");
    // Cloud catalogs version their copy of a model ("-v1:0"); the model is the same.
    s = s
      .replace(/-v\d+(:\d+)?$/, "")
      .replace(/-\d+:\d+$/, "")
      .replace(/:\d+$/, "");
    // A bare version ("deepseek.v3.2" → "v3.2") is no name without its maker's word.
    if (vendor !== undefined && /^v\d/.test(s)) s = `${vendor}-${s}`;
  }
  // "gpt-oss:120b" and "qwen3-vl:235b-instruct" carry a size tag (part of the name); ":free",
  // ":thinking", ":high", ":8192" (a thinking budget) are offers of one model.
  const colon = s.indexOf(":");
  if (colon > 0) {
    const tag = s.slice(colon + 1);
    s = /^\d+(\.\d+)?[bkmt](-|$)/.test(tag) ? `${s.slice(0, colon)}-${tag}` : s.slice(0, colon);
  }
  while (SERVING_SUFFIX.test(s)) s = s.replace(SERVING_SUFFIX, "");
  // Fireworks writes version points as "p" ("kimi-k2p6", "glm-5p1").
  s = s.replace(/(\d)p(\d)/g, "$1.$2");
  s = canonicalSpelling(s);
  // Llama 4 Scout and Maverick each exist in one expert count (16E, 128E); Meta's own record
  // leaves it out ("llama-4-maverick-17b-instruct"), many hosts write it.
  s = s.replace(/(^|[-_.])(llama-?4-(?:scout|maverick)-17b)-(?:16|128)e(?=[-_.]|$)/, "$1$2");
  // Together serves "…-Instruct-Turbo" (a quantized deployment) of the instruct model.
  s = s.replace(/-instruct-turbo$/, "-instruct");
  push(s);
  push(anthropicOrder(s));
  const first = tokensOf(s)[0];
  const dash = s.search(/[-_]/);
  if (first !== undefined && ORG_WORDS.has(first) && dash > 0) {
    const bare = canonicalSpelling(s.slice(dash + 1).replace(/^[-_]+/, ""));
    if (bare.length >= 2) {
      push(bare);
      push(anthropicOrder(bare));
    }
  }
  // Some providers drop the family from Kimi's ids ("k2.6", "k2p7").
  const last = out[out.length - 1] ?? s;
  if (/^k\d/.test(last)) push(`kimi-${last}`);
  // DeepSeek numbers its chat models "V3", "V3.2"; some providers drop the "v" ("deepseek-3.2").
  if (/^deepseek-\d/.test(last)) push(last.replace(/^deepseek-/, "deepseek-v"));
  return out;
}

/**
 * Spellings of one checkpoint that hosts write differently (see each rule), brought to one form.
 * Applied to a cleaned id and again once a leading organization word is gone.
 */
function canonicalSpelling(name: string): string {
  let s = name;
  // DeepSeek's "deepseek-chat-v3-0324" and "deepseek-chat-v3.1" name V3 checkpoints, not its
  // "deepseek-chat" API alias.
  s = s.replace(/^deepseek-chat-v3/, "deepseek-v3");
  // Kimi K2's two checkpoints: 0711 (Hugging Face's Kimi-K2-Instruct, the bare "kimi-k2") and
  // 0905; "-instruct", "-preview" and a serving tier name offers of one of them.
  s = s.replace(
    /^kimi-k2(?:-instruct)?(?:-(0711|0905))?(?:-instruct)?(?:-preview)?(?:-fast)?$/,
    (_m, d: string | undefined) => (d === "0905" ? "kimi-k2-0905" : "kimi-k2"),
  );
  // Qwen3's 2507 releases are an Instruct and a Thinking checkpoint; a bare "-2507" is the Instruct.
  s = s.replace(/^(qwen3-[a-z0-9.-]+?)-2507$/, (m, b: string) =>
    /thinking|instruct/.test(b) ? m : `${b}-instruct-2507`,
  );
  // Claude 3.5 Sonnet's two checkpoints by their nicknames.
  s = s.replace(/^claude-(?:3[.-]5-sonnet|sonnet-3[.-]5)-(v2|june)$/, (_m, n: string) =>
    n === "v2" ? "claude-3-5-sonnet-20241022" : "claude-3-5-sonnet-20240620",
  );
  // OpenRouter's older Gemini ids put the tier first ("gemini-flash-1.5").
  s = s.replace(/^gemini-(flash|pro)-(\d\.\d)(?=$|-)/, "gemini-$2-$1");
  // DeepSeek V3.1 and later are hybrid: "-thinking" is a mode of the one checkpoint.
  s = s.replace(/^(deepseek-v3\.[1-9](?:-exp|-terminus)?)-(?:thinking|non-thinking)$/, "$1");
  // Mistral writes its releases "<name>-<yymm>"; hosts of the weights add "-instruct" before it.
  s = s.replace(
    /^((?:mistral|codestral|devstral|ministral|magistral|pixtral)-[a-z0-9.-]*?)-instruct-(\d{4})$/,
    "$1-$2",
  );
  return s;
}

/**
 * Anthropic names Claude 3 models "claude-3-7-sonnet" and later ones "claude-sonnet-4-5"; resellers
 * and leaderboards mix the two orders. This puts a name in the maker's order for its version.
 */
export function anthropicOrder(name: string): string {
  const tierFirst = /^claude-(opus|sonnet|haiku)-([1-3])([.-]\d)?(?=$|[-_.:])/.exec(name);
  if (tierFirst) {
    return `claude-${tierFirst[2]}${tierFirst[3] ?? ""}-${tierFirst[1]}${name.slice(tierFirst[0].length)}`;
  }
  const versionFirst = /^claude-([4-9])([.-]\d)?-(opus|sonnet|haiku)(?=$|[-_.:])/.exec(name);
  if (versionFirst) {
    return `claude-${versionFirst[3]}-${versionFirst[1]}${versionFirst[2] ?? ""}${name.slice(versionFirst[0].length)}`;
  }
  return name;
}

/**
 * Whether a provider's own id agrees with the canonical model its file links to. Links are
 * refused where the ids contradict each other: the provider's id carries a number the canonical
 * id lacks ("deepseek-r1-distill-qwen-32b" is not "deepseek/deepseek-r1", "mistral-small-2503" is
 * not "mistral/mistral-small-2603"), or stops just before the canonical id's minor version
 * ("claude-sonnet-4" is not "claude-sonnet-4-5-20250929"). Written-together digits ("gpt-52")
 * and trailing dates (snapshots) do not count as contradictions.
 */
export function linkAgrees(providerSegment: string, baseId: string): boolean {
  const cleaned = cleanCandidates(providerSegment);
  const ownKey = keyOf(cleaned[cleaned.length - 1] ?? providerSegment);
  const own = (splitDate(ownKey)?.baseKey ?? ownKey).split("-");
  const baseKey = keyOf(baseId);
  const base = (splitDate(baseKey)?.baseKey ?? baseKey).split("-");
  const digits = (t: string[]) => t.filter((x) => /^\d+$/.test(x)).join("");
  const extra = own.some((t) => /^\d+$/.test(t) && !base.includes(t));
  if (extra && !digits(base).includes(digits(own))) return false;
  const prefix = own.every((t, i) => base[i] === t) && base.length > own.length;
  const next = base[own.length];
  return !(prefix && next !== undefined && /^[1-9]$/.test(next));
}

export interface DatedName {
  /** The name's tokens without the date. */
  baseKey: string;
  /** The date as found, normalized to YYYY-MM-DD or MM-DD. */
  date: string;
}

/** Keys of models whose month-day stamps name new checkpoints (see splitDate). */
const CHECKPOINT_BASE = /^(kimi-k-2(-instruct)?|deepseek(-chat)?-v-3|deepseek-r-1)$/;

const MONTH = (m: string) => Number(m) >= 1 && Number(m) <= 12;
const DAY = (d: string) => Number(d) >= 1 && Number(d) <= 31;

/**
 * Splits a trailing date from a key: "gpt-4o-2024-08-06", "claude-3-5-sonnet-20241022",
 * "gemini-2-5-flash-preview-09-2025", "gemini-2-5-pro-06-05", and four-digit month-day stamps ("gpt-4-0613",
 * "deepseek-r1-0528"). Year-month stamps ("2507", "2411") are not split: makers use them for new
 * models as often as for versions.
 */
export function splitDate(key: string): DatedName | undefined {
  const t = key.split("-");
  const n = t.length;
  const at = (i: number) => t[n - i] ?? "";
  const base = (drop: number) => (n - drop >= 1 ? t.slice(0, n - drop).join("-") : undefined);
  let found: { drop: number; date: string } | undefined;
  const last = at(1);
  if (/^20\d{6}$/.test(last) && MONTH(last.slice(4, 6)) && DAY(last.slice(6))) {
    found = { drop: 1, date: `${last.slice(0, 4)}-${last.slice(4, 6)}-${last.slice(6)}` };
  } else if (/^20\d\d$/.test(at(3)) && /^\d\d$/.test(at(2)) && /^\d\d$/.test(last)) {
    if (MONTH(at(2)) && DAY(last)) found = { drop: 3, date: `${at(3)}-${at(2)}-${last}` };
  } else if (/^\d\d$/.test(at(2)) && /^20\d\d$/.test(last) && MONTH(at(2))) {
    found = { drop: 2, date: `${last}-${at(2)}` };
  } else if (/^\d\d$/.test(at(2)) && /^\d\d$/.test(last) && MONTH(at(2)) && DAY(last)) {
    found = { drop: 2, date: `${at(2)}-${last}` };
  } else if (/^\d{4}$/.test(last) && MONTH(last.slice(0, 2)) && DAY(last.slice(2))) {
    found = { drop: 1, date: `${last.slice(0, 2)}-${last.slice(2)}` };
  }
  if (found === undefined) return undefined;
  const baseKey = base(found.drop);
  // Some makers stamp new checkpoints, not snapshots, with a month and day: Kimi K2 0905 and
  // DeepSeek V3 0324 are other weights than Kimi K2 (0711) and DeepSeek V3.
  if (found.date.length === 5 && baseKey !== undefined && CHECKPOINT_BASE.test(baseKey)) {
    return undefined;
  }
  return baseKey === undefined ? undefined : { baseKey, date: found.date };
}

/** A string usable as a record id: lowercase, only the characters ids allow. */
export function toModelId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9._:/+-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/-+$/, "");
}

/**
 * A mixture-of-experts id's active-parameter tag ("-235-b-a-22-b" keeps "-235-b"), at the end or
 * before a further tag ("qwen3-vl:235b-instruct" is "qwen3-vl-235b-a22b-instruct").
 */
const ACTIVE_TAIL = /(-\d+-b)-a-\d+-b(?=-|$)/;
/** Llama's size-and-instruct tail ("llama-4-scout-17-b-instruct"). */
const LLAMA_SIZE_TAIL = /^(llama-\d.*)-\d+-b-instruct$/;

/** Gemma's instruction-tuned tail ("gemma-3-27-b-it"): hosts serving "gemma3:27b" serve that model. */
const GEMMA_IT_TAIL = /^((?:med)?gemma-.*)-it$/;

/** The key a model is also called by without its tail, or undefined when it has none. */
export function shortKeyOf(key: string): string | undefined {
  if (ACTIVE_TAIL.test(key)) return key.replace(ACTIVE_TAIL, "$1");
  const llama = LLAMA_SIZE_TAIL.exec(key) ?? GEMMA_IT_TAIL.exec(key);
  return llama?.[1];
}
