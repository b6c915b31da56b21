import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { FeedUrls } from "../../config/feeds-env.ts";
import { parseCsv } from "../csv.ts";
import {
  countCatalogModels,
  MODELS_DEV_CATALOG,
  parseModelsDevCatalog,
} from "../models-dev-catalog.ts";
import { FeedError } from "./http.ts";

/** One file of a feed: where it is published and where it goes in the source's data set folder. */
export interface FeedFile {
  url: string;
  /** The path inside the data set folder, as the importer's reader expects it. */
  path: string;
}

/**
 * A source the update fetches. Its files land in a folder laid out like the source's data set
 * snapshot (../shared/datasets/<id>), so the importer reads a fetched copy exactly as it reads a
 * snapshot: the readers and every later stage are shared with `data:import`.
 */
export interface FeedSource {
  /** The data set folder's name and the source id. */
  id: string;
  /** The update fails without it (models.dev: every record starts there). */
  required: boolean;
  /** Data set folders this feed supersedes (models.dev's published catalog holds the addendum's records). */
  supersedes: string[];
  /** The files to fetch; a feed with an index (LiveBench's releases) reads it first. */
  files(index: IndexReader): Promise<FeedFile[]>;
  /** Checks one file's content; returns how many models it names (for the shrink check). Throws FeedError("invalid"). */
  check(path: string, bytes: Buffer): number;
  /** Files that are no use without a partner that could not be had (a table without its categories). */
  orphans?(paths: string[]): string[];
}

/** Fetches a small index document (not cached); undefined when it cannot be had. */
export type IndexReader = (url: string) => Promise<Buffer | undefined>;

function invalid(message: string): never {
  throw new FeedError("invalid", message);
}

function text(bytes: Buffer): string {
  const s = bytes.toString("utf8");
  if (s.includes("\uFFFD")) invalid("not UTF-8 text");
  return s;
}

function json(bytes: Buffer): unknown {
  try {
    return JSON.parse(text(bytes));
  } catch (e) {
    if (e instanceof FeedError) throw e;
    return invalid(`not valid JSON (${(e as Error).message})`);
  }
}

function checked<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return invalid(`field ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`);
}

function modelsDev(url: string): FeedSource {
  return {
    id: "models.dev",
    required: true,
    supersedes: ["models.dev-addendum"],
    files: async () => [{ url, path: MODELS_DEV_CATALOG }],
    check(_path, bytes) {
      let catalog: ReturnType<typeof parseModelsDevCatalog>;
      try {
        catalog = parseModelsDevCatalog(text(bytes), "catalog.json");
      } catch (e) {
        return invalid((e as Error).message.replace(/^catalog\.json: /, ""));
      }
      const n = countCatalogModels(catalog);
      if (n === 0) invalid("catalog.json names no models");
      return n;
    },
  };
}

/** An entry of LiteLLM's list: the routing id's price, limits and provider. */
const LiteLlmFile = z.record(z.string(), z.unknown());

function litellm(url: string): FeedSource {
  return {
    id: "litellm",
    required: false,
    supersedes: [],
    files: async () => [{ url, path: "model_prices_and_context_window.json" }],
    check(_path, bytes) {
      const file = checked(LiteLlmFile, json(bytes));
      const models = Object.values(file).filter(
        (v) => v !== null && typeof v === "object" && "litellm_provider" in v,
      ).length;
      if (models === 0) invalid("no entry names its litellm_provider");
      return models;
    },
  };
}

const AiderRun = z.looseObject({ model: z.string().min(1), pass_rate_2: z.number() });
const AiderFile = z.array(AiderRun).min(1);
export const AIDER_POLYGLOT = "aider/website/_data/polyglot_leaderboard.yml";

function aider(url: string): FeedSource {
  return {
    id: "aider",
    required: false,
    supersedes: [],
    files: async () => [{ url, path: AIDER_POLYGLOT }],
    check(_path, bytes) {
      let doc: unknown;
      try {
        doc = parseYaml(text(bytes));
      } catch (e) {
        if (e instanceof FeedError) throw e;
        return invalid(`not valid YAML (${(e as Error).message.split("\n")[0]})`);
      }
      return new Set(checked(AiderFile, doc).map((r) => r.model)).size;
    },
  };
}

const LiveBenchCategories = z
  .record(z.string().min(1), z.array(z.string().min(1)).min(1))
  .refine((c) => Object.keys(c).length > 0, "no categories");

/** The RELEASES list of the LiveBench site's constants.js: every YYYY-MM-DD in it. */
export function readLiveBenchReleases(source: string): string[] {
  const list = /RELEASES\s*=\s*\[([^\]]*)\]/.exec(source)?.[1] ?? "";
  const dates = [...list.matchAll(/["'](\d{4}-\d{2}-\d{2})["']/g)].map((m) => m[1] as string);
  return [...new Set(dates)].sort();
}

function livebench(base: string, indexUrl: string | undefined, known: string[]): FeedSource {
  const root = base.replace(/\/+$/, "");
  return {
    id: "livebench",
    required: false,
    supersedes: [],
    async files(readIndex) {
      const index = indexUrl ? await readIndex(indexUrl) : undefined;
      const listed = index ? readLiveBenchReleases(index.toString("utf8")) : [];
      // Without the index, the releases already held are fetched again (each a conditional GET).
      const releases = [...new Set([...listed, ...known])].sort();
      return releases.flatMap((date) => {
        const d = date.replaceAll("-", "_");
        return [
          { url: `${root}/table_${d}.csv`, path: `public/table_${d}.csv` },
          { url: `${root}/categories_${d}.json`, path: `public/categories_${d}.json` },
        ];
      });
    },
    orphans(paths) {
      const have = new Set(paths);
      const partner = (p: string) =>
        p.includes("/table_")
          ? p.replace("/table_", "/categories_").replace(/\.csv$/, ".json")
          : p.replace("/categories_", "/table_").replace(/\.json$/, ".csv");
      return paths.filter((p) => !have.has(partner(p)));
    },
    check(path, bytes) {
      if (path.endsWith(".json")) {
        checked(LiveBenchCategories, json(bytes));
        return 0;
      }
      const rows = parseCsv(text(bytes));
      const header = rows[0] ?? [];
      if (!header.includes("model")) invalid("no model column");
      const models = rows.slice(1).filter((r) => (r[header.indexOf("model")] ?? "").trim() !== "");
      if (models.length === 0) invalid("no rows");
      return models.length;
    },
  };
}

/**
 * The feeds to fetch, in order, with URLs from the environment ("off" leaves one out).
 * `knownReleases` are the LiveBench release dates the cached copy holds.
 */
export function feedSources(urls: FeedUrls, knownReleases: string[]): FeedSource[] {
  const out: FeedSource[] = [];
  if (urls.modelsDev) out.push(modelsDev(urls.modelsDev));
  if (urls.livebench) out.push(livebench(urls.livebench, urls.livebenchIndex, knownReleases));
  if (urls.litellm) out.push(litellm(urls.litellm));
  if (urls.aider) out.push(aider(urls.aider));
  return out;
}
