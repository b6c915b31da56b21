import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { changesSincePrevious } from "../../src/app/catalog-changes.ts";
import { previousDataDir } from "../../src/config/data-dirs.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { BotError } from "../../src/core/errors.ts";
import { runUpdate, type UpdateOptions } from "../../src/importer/feeds/update.ts";
import { importAll } from "../../src/importer/run-import.ts";
import {
  type CatalogJson,
  FIXTURE_REFERENCE,
  feedConfig,
  feedRoutes,
  fixtureCatalogJson,
} from "../support/feed-fixtures.ts";
import { type FeedServer, IMPORTER_FIXTURES, startFeedServer } from "../support/feed-server.ts";

const NOW = new Date("2026-11-25T12:00:00Z");
const tmp: string[] = [];
let server: FeedServer;
let root: string;
let dataDir: string;

const scratch = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tmp.push(dir);
  return dir;
};

beforeEach(async () => {
  server = await startFeedServer(feedRoutes());
  root = scratch("update-test-");
  dataDir = join(root, "data");
  mkdirSync(dataDir);
});
afterEach(async () => {
  await server.close();
});
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

const update = (extra: Partial<UpdateOptions> = {}, http = {}) =>
  runUpdate({
    dataDir,
    config: feedConfig(server.url, http),
    now: NOW,
    referenceDir: FIXTURE_REFERENCE,
    ...extra,
  });

/** Every file under a folder with its bytes: "unchanged" means byte for byte. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, "latin1"));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function serveCatalog(catalog: CatalogJson): void {
  server.routes.set("/models.dev/catalog.json", { body: JSON.stringify(catalog) });
}

async function expectRefused(pattern: RegExp): Promise<void> {
  const before = snapshot(dataDir);
  const error = await update().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BotError);
  expect((error as BotError).code).toBe("UPDATE_FAILED");
  expect((error as Error).message).toMatch(pattern);
  expect(snapshot(dataDir)).toEqual(before);
  // Nothing is left beside the data directory but the previous copy an earlier update kept.
  expect(readdirSync(root).filter((n) => n.includes(".next-"))).toEqual([]);
}

describe("models.dev's catalog.json", () => {
  it("yields the same catalog as the TOML tree it is published from", () => {
    const datasets = scratch("catalog-json-");
    cpSync(join(IMPORTER_FIXTURES, "datasets"), datasets, { recursive: true });
    const fromToml = importAll(datasets, FIXTURE_REFERENCE).files;
    const md = join(datasets, "models.dev");
    const catalog = fixtureCatalogJson();
    for (const e of readdirSync(md))
      if (e !== "SOURCE.txt") rmSync(join(md, e), { recursive: true });
    cpSync(join(IMPORTER_FIXTURES, "datasets", "models.dev", "SOURCE.txt"), join(md, "SOURCE.txt"));
    writeFileSync(join(md, "catalog.json"), JSON.stringify(catalog));
    expect(importAll(datasets, FIXTURE_REFERENCE).files).toEqual(fromToml);
  });
});

describe("npm run data:update against feeds on loopback", () => {
  it("fetches every feed fresh into an empty data directory and builds a catalog that answers", async () => {
    const result = await update();
    expect(result.changed).toBe(true);
    expect(result.sources.map((s) => [s.id, s.status])).toEqual([
      ["models.dev", "fresh"],
      ["livebench", "fresh"],
      ["litellm", "fresh"],
      ["aider", "fresh"],
    ]);
    expect(result.mapped["models.dev"]).toBeGreaterThan(5);
    const catalog = loadCatalog(dataDir, { trustStamp: false });
    expect(catalog.records.length).toBe(result.models);
    expect(catalog.sources.get("models.dev")?.asOf).toBe("2026-11-25");
    // The sets with no feed (FMTI, openness evidence) are carried over with their sources.
    expect(catalog.fmti?.releases.length).toBeGreaterThan(0);
    expect(catalog.openness?.entries.length).toBeGreaterThan(100);
    expect(catalog.sources.has("mof") && catalog.sources.has("osai-index")).toBe(true);
    // The raw bytes of each feed are cached beside the catalog, with their validators.
    expect(existsSync(join(dataDir, "feeds", "models.dev", "catalog.json"))).toBe(true);
    expect(existsSync(join(dataDir, "feeds", "livebench", "public", "table_2026_01_08.csv"))).toBe(
      true,
    );
    const answer = createEngine(catalog).ask("gpt-5.1-codex-mini context");
    expect(answer.intent).toBe("field");
    expect(statSync(dataDir).mode & 0o777).toBe(0o755);
  });

  it("sends the validators it holds and keeps its copy on 304, leaving the data as it was", async () => {
    await update();
    const before = snapshot(dataDir);
    server.requests.length = 0;
    const result = await update();
    expect(result.changed).toBe(false);
    expect(result.sources.every((s) => s.status === "unchanged")).toBe(true);
    const catalogRequest = server.requests.find((r) => r.path === "/models.dev/catalog.json");
    expect(catalogRequest?.status).toBe(304);
    expect(catalogRequest?.ifNoneMatch).toMatch(/^"/);
    // The feed copies are rewritten only with what they already held; the catalog is untouched.
    const after = snapshot(dataDir);
    for (const [path, text] of before) {
      if (!path.startsWith("feeds/")) expect(after.get(path)).toBe(text);
    }
  });

  it("swaps in a changed feed, keeps the catalog it replaced and tells what changed", async () => {
    await update();
    const catalog = fixtureCatalogJson();
    catalog.models["anthropic/claude-opus-5"] = {
      name: "Claude Opus 5",
      release_date: "2026-11-20",
      reasoning: true,
      tool_call: true,
      limit: { context: 500_000, output: 64_000 },
      modalities: { input: ["text", "image"], output: ["text"] },
    };
    const offer = catalog.providers.openai?.models["gpt-5.1-codex-mini"];
    if (!offer) throw new Error("fixture changed: no openai gpt-5.1-codex-mini offer");
    offer.cost = { input: 0.2, output: 1.6 };
    serveCatalog(catalog);
    const result = await update();
    expect(result.changed).toBe(true);
    expect(result.sources[0]?.status).toBe("fresh");
    expect(existsSync(join(previousDataDir(dataDir), "models"))).toBe(true);
    const now = loadCatalog(dataDir);
    const changes = changesSincePrevious(dataDir, now);
    expect(changes?.added.map((a) => a.id)).toEqual(["claude-opus-5"]);
    expect(changes?.added[0]).toMatchObject({
      source: "models.dev",
      asOf: "2026-11-25",
      releaseDate: "2026-11-20",
    });
    expect(changes?.prices).toEqual([
      expect.objectContaining({
        provider: "openai",
        before: expect.objectContaining({ input: 0.25, output: 2 }),
        after: expect.objectContaining({ input: 0.2, output: 1.6 }),
      }),
    ]);
    expect(changes?.removed).toEqual([]);
    const engine = createEngine(now, changes ? { changes } : {});
    const answer = engine.ask("claude opus 5 context");
    expect(answer.models).toEqual(["claude-opus-5"]);
    const news = engine.ask("what's new", { today: "2026-11-25" });
    expect(news.intent).toBe("changes");
    expect(news.summary).toMatch(/1 new model/);
  });

  it("refuses a corrupt body and leaves the data directory as it was", async () => {
    await update();
    server.routes.set("/models.dev/catalog.json", { body: '{"models": {"openai/gpt-4o": ' });
    await expectRefused(/^models\.dev: catalog\.json .*not valid JSON/);
  });

  it("refuses a body that is valid JSON but not models.dev's catalog", async () => {
    server.routes.set("/models.dev/catalog.json", { body: JSON.stringify({ models: [] }) });
    await expectRefused(/^models\.dev: .*field/);
  });

  it("refuses a truncated body (the cached copy does not paper over it)", async () => {
    await update();
    const body = JSON.stringify(fixtureCatalogJson()).replace("GPT-4o", "GPT-4o!");
    server.routes.set("/models.dev/catalog.json", { body, truncateAt: 100 });
    await expectRefused(/^models\.dev: .*truncated/);
  });

  it("refuses a body over the size cap", async () => {
    const big = { ...fixtureCatalogJson(), padding: "x".repeat(4096) };
    serveCatalog(big);
    const before = snapshot(dataDir);
    await expect(update({}, { maxBytes: 2048 })).rejects.toThrow(
      /^models\.dev: .*over the 2048-byte cap/,
    );
    expect(snapshot(dataDir)).toEqual(before);
  });

  it("refuses a feed that drops half its models as suspicious, keeping the old data", async () => {
    await update();
    const catalog = fixtureCatalogJson();
    const keys = Object.keys(catalog.models);
    for (const k of keys.slice(0, Math.ceil(keys.length / 2))) delete catalog.models[k];
    for (const p of Object.values(catalog.providers)) {
      const ids = Object.keys(p.models);
      for (const id of ids.slice(0, Math.ceil(ids.length / 2))) delete p.models[id];
    }
    serveCatalog(catalog);
    await expectRefused(
      /^models\.dev: catalog\.json names \d+ models, \d+ before: more than 25% dropped/,
    );
  });

  it("retries a 500 and gets the feed", async () => {
    const route = server.routes.get("/litellm.json");
    if (!route) throw new Error("no litellm route");
    route.failFirst = { status: 500, times: 2 };
    const result = await update();
    expect(result.sources.find((s) => s.id === "litellm")?.status).toBe("fresh");
    expect(server.requests.filter((r) => r.path === "/litellm.json").map((r) => r.status)).toEqual([
      500, 500, 200,
    ]);
  });

  it("falls back to the cached copy of a source that times out, and leaves out one it never had", async () => {
    await update();
    const litellm = server.routes.get("/litellm.json");
    if (litellm) litellm.delayMs = 1_000;
    server.routes.delete("/aider.yml");
    const catalog = fixtureCatalogJson();
    catalog.models["openai/gpt-5.6"] = { name: "GPT-5.6", release_date: "2026-11-01" };
    serveCatalog(catalog);
    const result = await update({}, { timeoutMs: 200, retries: 1 });
    const litellmOutcome = result.sources.find((s) => s.id === "litellm");
    expect(litellmOutcome?.status).toBe("cached");
    expect(litellmOutcome?.warnings.join()).toMatch(
      /unreachable \(no answer within 200 ms\); using the copy of 2026-11-25/,
    );
    // Aider answers 404 now, but its copy from the first run is still used.
    expect(result.sources.find((s) => s.id === "aider")?.status).toBe("cached");
    expect(result.changed).toBe(true);
  });

  it("fails without models.dev when it was never fetched, naming the source", async () => {
    server.routes.delete("/models.dev/catalog.json");
    await expectRefused(/^models\.dev: .*HTTP 404.*no cached copy/);
  });

  it("leaves out an optional source it cannot reach and never had, with a warning", async () => {
    server.routes.delete("/litellm.json");
    const result = await update();
    const outcome = result.sources.find((s) => s.id === "litellm");
    expect(outcome?.status).toBe("missing");
    expect(result.warnings.join("\n")).toMatch(
      /litellm: model_prices_and_context_window\.json: unreachable \(HTTP 404/,
    );
    expect(existsSync(join(dataDir, "feeds", "litellm"))).toBe(false);
  });
});
