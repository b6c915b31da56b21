import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FeedConfig, FeedUrls } from "../../src/config/feeds-env.ts";
import { catalogJsonOf, type FeedRoute, IMPORTER_FIXTURES } from "./feed-server.ts";

const DATASETS = join(IMPORTER_FIXTURES, "datasets");
export const FIXTURE_REFERENCE = join(IMPORTER_FIXTURES, "reference");

export type CatalogJson = ReturnType<typeof catalogJsonOf>;

/** The importer fixtures' models.dev tree as models.dev publishes it (a fresh copy each call). */
export function fixtureCatalogJson(): CatalogJson {
  return structuredClone(catalogJsonOf(join(DATASETS, "models.dev")));
}

export const LITELLM_JSON = JSON.stringify({
  sample_spec: { max_tokens: "set to max_output_tokens if provider specifies it" },
  "gpt-4o": { litellm_provider: "openai", mode: "chat", input_cost_per_token: 2.5e-6 },
  "claude-sonnet-4-5": { litellm_provider: "anthropic", mode: "chat", input_cost_per_token: 3e-6 },
});

export const AIDER_YAML = `- dirname: 2025-01-01
  model: gpt-4o
  pass_rate_2: 45.3
  percent_cases_well_formed: 98.2
- dirname: 2025-02-01
  model: claude-sonnet-4-5
  pass_rate_2: 71.0
`;

/** Every route of the fake feeds: catalog.json, LiveBench's releases and index, LiteLLM, Aider. */
export function feedRoutes(catalog: CatalogJson = fixtureCatalogJson()): Record<string, FeedRoute> {
  const routes: Record<string, FeedRoute> = {
    "/models.dev/catalog.json": { body: JSON.stringify(catalog) },
    "/litellm.json": { body: LITELLM_JSON },
    "/aider.yml": { body: AIDER_YAML },
  };
  const lb = join(DATASETS, "livebench", "public");
  const releases: string[] = [];
  for (const f of readdirSync(lb)) {
    routes[`/livebench/${f}`] = { body: readFileSync(join(lb, f)) };
    const m = /^table_(\d{4})_(\d{2})_(\d{2})\.csv$/.exec(f);
    if (m) releases.push(`"${m[1]}-${m[2]}-${m[3]}"`);
  }
  routes["/livebench-index.js"] = {
    body: `export const RELEASES = [\n  ${releases.sort().join(", ")},\n];\nconst OTHER = ["1999-01-01"];\n`,
  };
  return routes;
}

/** Feed settings pointing every source at the loopback server, with short waits. */
export function feedConfig(base: string, overrides: Partial<FeedConfig["http"]> = {}): FeedConfig {
  return {
    urls: {
      modelsDev: `${base}/models.dev/catalog.json`,
      livebench: `${base}/livebench`,
      livebenchIndex: `${base}/livebench-index.js`,
      litellm: `${base}/litellm.json`,
      aider: `${base}/aider.yml`,
    },
    http: { timeoutMs: 2_000, retries: 2, backoffMs: 5, maxBytes: 1024 * 1024, ...overrides },
    maxDrop: 0.25,
  };
}

/** The environment variables that point a process's feeds at `urls` (unset ones empty). */
export function feedUrlEnv(urls: FeedUrls): Record<string, string> {
  return {
    MODELS_DEV_URL: urls.modelsDev ?? "",
    LIVEBENCH_URL: urls.livebench ?? "",
    LIVEBENCH_INDEX_URL: urls.livebenchIndex ?? "",
    LITELLM_URL: urls.litellm ?? "",
    AIDER_URL: urls.aider ?? "",
  };
}
