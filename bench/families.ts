/**
 * The model families synthetic names are built from: the shapes real catalogs are full of
 * (family, version, size, suffix), so the bench resolves names that collide the way real ones do.
 * Names only; no facts from any data set.
 */
export interface FamilySpec {
  /** Name stem as ids spell it, e.g. "llama" or "claude-sonnet". */
  stem: string;
  /** Display stem, e.g. "Llama" or "Claude Sonnet". */
  display: string;
  org: string;
  orgName: string;
  /** Versions; "" means the family has unversioned names. */
  versions: readonly string[];
  /** Glue the version to the stem ("qwen2.5") instead of dashing it ("llama-3.3"). */
  glue?: boolean;
  /** Claude-style ids write versions with dashes ("4-5"). */
  dashVersions?: boolean;
  /** Parameter sizes; empty for closed families that publish none. */
  sizes: readonly string[];
  suffixes: readonly string[];
  openWeights: boolean;
}

export const FAMILIES: readonly FamilySpec[] = [
  {
    stem: "gpt",
    display: "GPT",
    org: "openai",
    orgName: "OpenAI",
    versions: ["3.5", "4", "4o", "4.1", "4.5", "5", "5.1", "5.2", "5.3", "5.5", "6"],
    sizes: [],
    suffixes: [
      "mini",
      "nano",
      "turbo",
      "pro",
      "codex",
      "codex-mini",
      "codex-max",
      "chat",
      "instant",
    ],
    openWeights: false,
  },
  {
    stem: "gpt-oss",
    display: "GPT OSS",
    org: "openai",
    orgName: "OpenAI",
    versions: [""],
    sizes: ["20b", "120b", "240b"],
    suffixes: ["", "safeguard"],
    openWeights: true,
  },
  ...["haiku", "sonnet", "opus"].map(
    (tier): FamilySpec => ({
      stem: `claude-${tier}`,
      display: `Claude ${tier[0]?.toUpperCase()}${tier.slice(1)}`,
      org: "anthropic",
      orgName: "Anthropic",
      versions: ["3", "3.5", "3.7", "4", "4.1", "4.2", "4.5", "4.6", "4.7", "5", "5.1"],
      dashVersions: true,
      sizes: [],
      suffixes: ["", "", "latest", "thinking"],
      openWeights: false,
    }),
  ),
  {
    stem: "gemini",
    display: "Gemini",
    org: "google",
    orgName: "Google",
    versions: ["1.0", "1.5", "2.0", "2.5", "3", "3.1", "3.5"],
    sizes: [],
    suffixes: [
      "pro",
      "flash",
      "flash-lite",
      "ultra",
      "nano",
      "pro-preview",
      "flash-exp",
      "flash-8b",
    ],
    openWeights: false,
  },
  {
    stem: "gemma",
    display: "Gemma",
    org: "google",
    orgName: "Google",
    versions: ["1.1", "2", "3", "3n", "4"],
    sizes: ["2b", "4b", "7b", "9b", "12b", "27b", "31b"],
    suffixes: ["it", "pt", ""],
    openWeights: true,
  },
  {
    stem: "llama",
    display: "Llama",
    org: "meta",
    orgName: "Meta",
    versions: ["2", "3", "3.1", "3.2", "3.3", "4"],
    sizes: ["1b", "3b", "8b", "11b", "13b", "17b", "34b", "70b", "90b", "405b"],
    suffixes: ["instruct", "chat", "vision-instruct", "", "hf", "instruct-turbo"],
    openWeights: true,
  },
  {
    stem: "qwen",
    display: "Qwen",
    org: "alibaba",
    orgName: "Alibaba",
    versions: ["1.5", "2", "2.5", "3", "3.5", "3.6", "3.7"],
    glue: true,
    sizes: ["0.5b", "1.5b", "7b", "14b", "32b", "72b", "235b-a22b", "30b-a3b", "480b-a35b"],
    suffixes: ["instruct", "coder", "coder-instruct", "vl-instruct", "math", "chat", "thinking"],
    openWeights: true,
  },
  {
    stem: "mistral",
    display: "Mistral",
    org: "mistral",
    orgName: "Mistral",
    versions: ["", "2", "3"],
    sizes: ["7b", "22b", "24b", "123b"],
    suffixes: ["instruct", "large", "medium", "small", "small-instruct", "nemo"],
    openWeights: true,
  },
  {
    stem: "mixtral",
    display: "Mixtral",
    org: "mistral",
    orgName: "Mistral",
    versions: [""],
    sizes: ["8x7b", "8x22b"],
    suffixes: ["instruct", ""],
    openWeights: true,
  },
  {
    stem: "codestral",
    display: "Codestral",
    org: "mistral",
    orgName: "Mistral",
    versions: ["", "2"],
    sizes: ["22b", "7b"],
    suffixes: ["", "mamba", "instruct", "embed"],
    openWeights: true,
  },
  {
    stem: "devstral",
    display: "Devstral",
    org: "mistral",
    orgName: "Mistral",
    versions: ["", "2"],
    sizes: ["24b", "123b"],
    suffixes: ["small", "medium", ""],
    openWeights: true,
  },
  {
    stem: "deepseek",
    display: "DeepSeek",
    org: "deepseek",
    orgName: "DeepSeek",
    versions: ["v2", "v2.5", "v3", "v3.1", "v3.2", "r1", "v4"],
    sizes: ["", "671b", "236b", "16b"],
    suffixes: ["chat", "coder", "distill-llama-70b", "distill-qwen-32b", "lite", "exp", ""],
    openWeights: true,
  },
  {
    stem: "phi",
    display: "Phi",
    org: "microsoft",
    orgName: "Microsoft",
    versions: ["2", "3", "3.5", "4"],
    sizes: ["mini", "small", "medium", "14b"],
    suffixes: ["instruct", "reasoning", "128k-instruct", "4k-instruct", "multimodal"],
    openWeights: true,
  },
  {
    stem: "command",
    display: "Command",
    org: "cohere",
    orgName: "Cohere",
    versions: ["r", "r-plus", "a", "r7b", "light"],
    sizes: [],
    suffixes: ["", "vision", "reasoning", "translate"],
    openWeights: false,
  },
  {
    stem: "grok",
    display: "Grok",
    org: "xai",
    orgName: "xAI",
    versions: ["2", "3", "4", "4.1", "4.3", "5"],
    sizes: [],
    suffixes: ["mini", "fast", "reasoning", "non-reasoning", "code", ""],
    openWeights: false,
  },
  {
    stem: "kimi",
    display: "Kimi",
    org: "moonshotai",
    orgName: "Moonshot AI",
    versions: ["k1.5", "k2", "k2.5", "k3"],
    sizes: [],
    suffixes: ["instruct", "thinking", "turbo", "code"],
    openWeights: true,
  },
  {
    stem: "glm",
    display: "GLM",
    org: "zhipuai",
    orgName: "Zhipu AI",
    versions: ["4", "4.5", "4.6", "4.7", "5", "5.5"],
    sizes: ["", "9b", "32b"],
    suffixes: ["air", "flash", "v", "turbo", "plus", ""],
    openWeights: true,
  },
  {
    stem: "nemotron",
    display: "Nemotron",
    org: "nvidia",
    orgName: "NVIDIA",
    versions: ["3", "4", "nano", "super", "ultra"],
    sizes: ["4b", "9b", "49b", "70b", "253b"],
    suffixes: ["instruct", "reasoning", "chat"],
    openWeights: true,
  },
  {
    stem: "granite",
    display: "Granite",
    org: "ibm",
    orgName: "IBM",
    versions: ["3.0", "3.1", "3.3", "4.0"],
    sizes: ["2b", "8b", "tiny", "small"],
    suffixes: ["instruct", "code", "base"],
    openWeights: true,
  },
  {
    stem: "olmo",
    display: "OLMo",
    org: "allenai",
    orgName: "Ai2",
    versions: ["2", "3"],
    sizes: ["7b", "13b", "32b"],
    suffixes: ["instruct", "think", "sft", ""],
    openWeights: true,
  },
  {
    stem: "yi",
    display: "Yi",
    org: "01-ai",
    orgName: "01.AI",
    versions: ["1.5", "2", "lightning"],
    sizes: ["6b", "9b", "34b"],
    suffixes: ["chat", "coder", ""],
    openWeights: true,
  },
];

/** Hosts and fine-tuners whose prefixes real ids carry ("meta-llama/", "together/", ...). */
export const PREFIXES: readonly { id: string; name: string }[] = [
  { id: "meta-llama", name: "Meta Llama" },
  { id: "together", name: "Together AI" },
  { id: "unsloth", name: "Unsloth" },
  { id: "nousresearch", name: "Nous Research" },
  { id: "thebloke", name: "TheBloke" },
  { id: "mlx-community", name: "MLX Community" },
  { id: "bartowski", name: "bartowski" },
  { id: "fireworks", name: "Fireworks AI" },
  { id: "openrouter", name: "OpenRouter" },
  { id: "bedrock", name: "Amazon Bedrock" },
  { id: "azure", name: "Azure" },
  { id: "vertex", name: "Vertex AI" },
  { id: "deepinfra", name: "DeepInfra" },
  { id: "groq", name: "Groq" },
  { id: "huggingfaceh4", name: "Hugging Face H4" },
  { id: "teknium", name: "Teknium" },
  { id: "cognitivecomputations", name: "Cognitive Computations" },
  { id: "neuralmagic", name: "Neural Magic" },
];

/** Tags fine-tunes and quantized copies add to a base name. */
export const TUNE_TAGS = [
  "awq",
  "gptq",
  "gguf",
  "fp8",
  "int4",
  "bnb-4bit",
  "q4-k-m",
  "dpo",
  "sft",
  "abliterated",
  "uncensored",
  "hermes",
  "orca",
  "128k",
  "1m",
  "v2",
  "v0.2",
  "merged",
  "lora",
] as const;

export const CONTEXT_LENGTHS = [
  4096, 8192, 16384, 32768, 65536, 128000, 131072, 200000, 256000, 262144, 400000, 1000000, 1048576,
  2000000,
] as const;
