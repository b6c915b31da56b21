import type { BenchmarkCategory, BenchmarkInfo } from "../core/schema/registry.ts";
import { compareStrings } from "./draft.ts";
import { LIVEBENCH_CATEGORIES, LIVEBENCH_GLOBAL } from "./livebench.ts";

type Unit = BenchmarkInfo["unit"];

/** Benchmark id from a name: "SWE-Bench Pro" → "swe-bench-pro", "τ2-Bench Retail" → "tau2-bench-retail". */
export function benchmarkSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/τ/g, "tau")
    .replace(/[’'`]/g, "")
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/-?\.-?/g, ".")
    .replace(/^[-.]+|[-.]+$/g, "");
}

/** Names users type for well-known benchmarks, beyond what the slug and the name already give. */
const CURATED_ALIASES: Readonly<Record<string, string[]>> = {
  "aider-polyglot": ["aider", "aider coding", "aider polyglot coding"],
  "vectara-hallucination-rate": [
    "hallucination rate",
    "hallucination",
    "hallucinations",
    "hallucinates",
    "hallucinate",
    "hallucination leaderboard",
    "vectara",
    "hhem",
  ],
  "frontiermath-tier-4": ["frontiermath tier4"],
  "math-level-5": ["math l5", "math lvl 5"],
  stackeval: ["stack eval", "prollm stackeval", "prollm stack eval"],
  "webdev-arena": ["webdev", "web dev arena", "web development arena", "lmarena webdev"],
  "swe-bench-verified": ["swe-bench", "swebench", "swe bench", "swebench verified"],
  "swe-bench-pro": ["swebench pro"],
  "humanitys-last-exam": ["hle", "humanity's last exam", "humanitys last exam"],
  gpqa: ["gpqa diamond"],
  "mmlu-pro": ["mmlupro"],
  livecodebench: ["lcb", "live code bench"],
  "terminal-bench": ["tbench", "terminal bench"],
  "artificial-analysis-coding-index": ["aa coding index"],
  "aime-2025": ["aime 25", "aime25"],
  "aime-2024": ["aime 24", "aime24"],
  [LIVEBENCH_GLOBAL]: ["livebench overall", "livebench global", "livebench average"],
  "livebench-coding": ["livebench code"],
  "livebench-agentic-coding": ["livebench agentic"],
  "livebench-mathematics": ["livebench math", "livebench maths"],
  "livebench-data-analysis": ["livebench data"],
  "livebench-instruction-following": ["livebench if"],
};

/** Benchmarks the card and LiveBench need, defined by this project. */
const BUILT_IN: BenchmarkInfo[] = [
  fixed("stackeval", "StackEval (ProLLM)", "coding", "percent"),
  fixed("aider-polyglot", "Aider Polyglot", "coding", "percent"),
  fixed("webdev-arena", "WebDev Arena", "coding", "elo"),
  // Share of summaries Vectara's judge finds unsupported by their article: lower is better.
  {
    ...fixed("vectara-hallucination-rate", "Vectara Hallucination Rate", "safety", "percent"),
    higherIsBetter: false,
  },
  {
    ...fixed(LIVEBENCH_GLOBAL, "LiveBench (global average)", "overall", "percent"),
    suite: "livebench",
  },
  ...Object.entries(LIVEBENCH_CATEGORIES).map(([label, id]) => ({
    ...fixed(
      id,
      `LiveBench ${label === "IF" ? "Instruction Following" : label}`,
      livebenchCategory(id),
      "percent",
    ),
    suite: "livebench",
  })),
];

function fixed(id: string, name: string, category: BenchmarkCategory, unit: Unit): BenchmarkInfo {
  return { id, name, aliases: [], category, unit, higherIsBetter: true };
}

function livebenchCategory(id: string): BenchmarkCategory {
  const tail = id.replace(/^livebench-/, "");
  const map: Record<string, BenchmarkCategory> = {
    coding: "coding",
    "agentic-coding": "agentic",
    mathematics: "math",
    reasoning: "reasoning",
    "data-analysis": "data-analysis",
    language: "language",
    "instruction-following": "instruction-following",
  };
  return map[tail] ?? "other";
}

/** A category from llm-stats category tags, most specific first. */
export function categoryFromTags(tags: string[]): BenchmarkCategory {
  const has = (...t: string[]) => tags.some((x) => t.includes(x));
  if (has("code", "coding")) return "coding";
  if (has("agents", "agentic", "tool_calling", "tool-use")) return "agentic";
  if (has("math")) return "math";
  if (has("long_context")) return "long-context";
  if (has("vision", "multimodal", "audio", "video", "image-to-text", "speech-to-text")) {
    return "multimodal";
  }
  if (has("safety")) return "safety";
  if (has("instruction_following")) return "instruction-following";
  const first = tags[0];
  if (first === "reasoning") return "reasoning";
  if (first === "language" || first === "communication") return "language";
  if (first === "general" || has("general", "knowledge")) return "knowledge";
  if (has("reasoning")) return "reasoning";
  return "other";
}

/**
 * Categories of well-known benchmarks by name, checked in order (a vision math test is
 * multimodal, a tool-use test agentic before coding). Sources' own tags are too coarse for these:
 * llm-stats tags MMLU with "math" and LiveCodeBench with "reasoning".
 */
const NAME_CATEGORIES: [RegExp, BenchmarkCategory][] = [
  [
    /mathvista|mathvision|mmmu|chartqa|docvqa|infovqa|ai2d|vqa|ocr|charxiv|realworldqa|mmbench|mvbench|videomme|video|egoschema|screenspot|image|audio|speech|asr|vision/,
    "multimodal",
  ],
  [
    /tau|τ|bfcl|terminal|osworld|webarena|browsecomp|agent|toolbench|nexus|android|claw|api-bank|tool/,
    "agentic",
  ],
  [
    /humaneval|mbpp|livecodebench|codeforces|cfeval|swe|aider|scicode|bigcodebench|codecontests|spider|cruxeval|repo|multipl-e|code|programming/,
    "coding",
  ],
  [/aime|math|gsm8k|hmmt|amc|mgsm|olympiad|cnmo|imo/, "math"],
  [/ruler|mrcr|longbench|needle|infinitebench|loft|long context|long-context/, "long-context"],
  [/ifeval|ifbench|multi-if|instruction/, "instruction-following"],
  [
    /mmlu|gpqa|humanity|hle|simpleqa|triviaqa|natural questions|agieval|c-eval|ceval|supergpqa|\barc\b/,
    "knowledge",
  ],
];

/** A benchmark's category: by its name where it is well known, else from the source's tags. */
export function categoryOf(name: string, tags: string[] = []): BenchmarkCategory {
  const n = name.toLowerCase();
  for (const [pattern, category] of NAME_CATEGORIES) if (pattern.test(n)) return category;
  return tags.length > 0 ? categoryFromTags(tags) : /reasoning/.test(n) ? "reasoning" : "other";
}

/** Collects benchmark definitions from every source under one id per benchmark. */
export class BenchmarkRegistry {
  private readonly byId = new Map<string, BenchmarkInfo>();
  private readonly extra = new Map<string, Set<string>>();

  constructor() {
    for (const b of BUILT_IN) this.byId.set(b.id, b);
  }

  /** Registers a benchmark (first definition of an id wins) and returns its id. */
  define(name: string, category: BenchmarkCategory, unit: Unit, alias?: string): string {
    const id = benchmarkSlug(name);
    if (!this.byId.has(id)) this.byId.set(id, { ...fixed(id, name, category, unit) });
    if (alias) this.aliasOf(id).add(alias);
    this.aliasOf(id).add(name);
    return id;
  }

  get(id: string): BenchmarkInfo | undefined {
    return this.byId.get(id);
  }

  private aliasOf(id: string): Set<string> {
    let set = this.extra.get(id);
    if (!set) {
      set = new Set();
      this.extra.set(id, set);
    }
    return set;
  }

  /**
   * The finished list, sorted by id. Aliases are lowercase, never repeat an id, a name or another
   * benchmark's alias (the engine must resolve each to one benchmark), and only benchmarks with
   * results (`used`) are listed.
   */
  list(used: ReadonlySet<string>): BenchmarkInfo[] {
    const kept = [...this.byId.values()]
      .filter((b) => used.has(b.id))
      .sort((a, b) => compareStrings(a.id, b.id));
    const taken = new Map<string, string>();
    for (const b of kept) {
      taken.set(b.id, b.id);
      taken.set(b.name.toLowerCase(), b.id);
    }
    return kept.map((b) => {
      const wanted = [...(CURATED_ALIASES[b.id] ?? []), ...(this.extra.get(b.id) ?? [])];
      const aliases: string[] = [];
      for (const raw of wanted) {
        const a = raw.toLowerCase().trim();
        const owner = taken.get(a);
        if (a.length === 0 || (owner !== undefined && owner !== b.id) || aliases.includes(a)) {
          continue;
        }
        if (a === b.id || a === b.name.toLowerCase()) continue;
        taken.set(a, b.id);
        aliases.push(a);
      }
      return { ...b, aliases: aliases.sort(compareStrings) };
    });
  }
}
