import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { BotError } from "../core/errors.ts";
import type { HttpOptions } from "../importer/feeds/http.ts";

// An empty line in .env means "not set", so the default applies.
const unset = (v: unknown) => (v === "" ? undefined : v);

/** A feed's URL, or "off" to leave that source out of the update. */
const feedUrl = (name: string, fallback: string) =>
  z.preprocess(
    unset,
    z
      .union([
        z.literal("off"),
        z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL or "off"` }),
      ])
      .default(fallback),
  );

const number = (name: string, fallback: number, min: number, max: number) =>
  z.preprocess(
    unset,
    z.coerce
      .number({ error: `${name} must be a number` })
      .min(min, `${name} must be at least ${min}`)
      .max(max, `${name} must be at most ${max}`)
      .default(fallback),
  );

/**
 * The public feeds' defaults, each found in its project's repository:
 * - models.dev publishes its whole catalog as one JSON document;
 * - LiveBench's site (the new-livebench repository, deployed at livebench.ai's root) serves
 *   table_<date>.csv and categories_<date>.json per release, and lists its releases in
 *   src/lib/constants.js (RELEASES), which is the index read here;
 * - LiteLLM's price and context list is one JSON file at its repository's root;
 * - Aider's polyglot leaderboard is a YAML file of the site's data.
 */
export const FEED_DEFAULTS = {
  MODELS_DEV_URL: "https://models.dev/catalog.json",
  LIVEBENCH_URL: "https://livebench.ai",
  LIVEBENCH_INDEX_URL:
    "https://raw.githubusercontent.com/LiveBench/new-livebench/main/src/lib/constants.js",
  LITELLM_URL:
    "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json",
  AIDER_URL:
    "https://raw.githubusercontent.com/Aider-AI/aider/main/aider/website/_data/polyglot_leaderboard.yml",
} as const;

const FeedEnvSchema = z.object({
  MODELS_DEV_URL: feedUrl("MODELS_DEV_URL", FEED_DEFAULTS.MODELS_DEV_URL),
  LIVEBENCH_URL: feedUrl("LIVEBENCH_URL", FEED_DEFAULTS.LIVEBENCH_URL),
  LIVEBENCH_INDEX_URL: feedUrl("LIVEBENCH_INDEX_URL", FEED_DEFAULTS.LIVEBENCH_INDEX_URL),
  LITELLM_URL: feedUrl("LITELLM_URL", FEED_DEFAULTS.LITELLM_URL),
  AIDER_URL: feedUrl("AIDER_URL", FEED_DEFAULTS.AIDER_URL),
  FEED_TIMEOUT_MS: number("FEED_TIMEOUT_MS", 30_000, 10, 600_000),
  FEED_RETRIES: number("FEED_RETRIES", 2, 0, 10),
  FEED_BACKOFF_MS: number("FEED_BACKOFF_MS", 1_000, 0, 60_000),
  FEED_MAX_BYTES: number("FEED_MAX_BYTES", 64 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  FEED_MAX_DROP: number("FEED_MAX_DROP", 0.25, 0, 1),
  DATASETS_DIR: z.preprocess(unset, z.string().optional()),
});

export interface FeedUrls {
  modelsDev: string | undefined;
  livebench: string | undefined;
  livebenchIndex: string | undefined;
  litellm: string | undefined;
  aider: string | undefined;
}

export interface FeedConfig {
  urls: FeedUrls;
  http: HttpOptions;
  /** A feed (or the catalog) that loses more than this share of its models is refused. */
  maxDrop: number;
  /** Data set snapshots (../shared/datasets layout) for the sources that have no feed. */
  datasetsDir?: string;
}

/**
 * Where the sources without a feed are read: DATASETS_DIR, else ../shared/datasets when it exists
 * (as `data:import` reads it); "off": nowhere.
 */
function datasets(dir: string | undefined): { datasetsDir?: string } {
  if (dir === "off") return {};
  if (dir) return { datasetsDir: dir };
  const fallback = resolve(DEFAULT_DATASETS);
  return existsSync(fallback) ? { datasetsDir: fallback } : {};
}

export const DEFAULT_DATASETS = "../shared/datasets";

/** Reads the feed variables; throws BotError("CONFIG_INVALID") naming each bad one. */
export function parseFeedConfig(env: NodeJS.ProcessEnv): FeedConfig {
  const parsed = FeedEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => i.message);
    throw new BotError("CONFIG_INVALID", `configuration: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const on = (url: string) => (url === "off" ? undefined : url);
  return {
    urls: {
      modelsDev: on(e.MODELS_DEV_URL),
      livebench: on(e.LIVEBENCH_URL),
      livebenchIndex: on(e.LIVEBENCH_INDEX_URL),
      litellm: on(e.LITELLM_URL),
      aider: on(e.AIDER_URL),
    },
    http: {
      timeoutMs: e.FEED_TIMEOUT_MS,
      retries: Math.round(e.FEED_RETRIES),
      backoffMs: e.FEED_BACKOFF_MS,
      maxBytes: Math.round(e.FEED_MAX_BYTES),
    },
    maxDrop: e.FEED_MAX_DROP,
    ...datasets(e.DATASETS_DIR),
  };
}
