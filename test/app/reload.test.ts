import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CatalogHolder } from "../../src/app/catalog-holder.ts";
import { ProductionBot } from "../../src/app/production-bot.ts";
import { RateLimiter } from "../../src/app/rate-limiter.ts";
import type { Runtime } from "../../src/app/runtime.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import type { AskContext, ConversationAsk, Engine } from "../../src/core/engine/engine.ts";
import { captureLogger } from "./log-capture.ts";
import { REFERENCE_QUESTION as QUESTION, startOnData } from "./runtime-on-data.ts";

const dirs: string[] = [];
const runtimes: Runtime[] = [];

function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), "model-bot-reload-"));
  cpSync("data", dir, { recursive: true });
  dirs.push(dir);
  return dir;
}

const REFERENCE = "gpt-5.1-codex-mini";

/** The model file of a data directory that holds the reference record, wherever the importer put it. */
function referenceFile(dir: string): string {
  const files = readdirSync(join(dir, "models"), { recursive: true, encoding: "utf8" });
  const found = files
    .filter((f) => f.endsWith(".json"))
    .find((f) => readFileSync(join(dir, "models", f), "utf8").includes(`"${REFERENCE}"`));
  if (!found) throw new Error(`no model file in ${dir} holds ${REFERENCE}`);
  return join(dir, "models", found);
}

/** Rewrites the reference record's context window in a data copy: a valid, different data set. */
function setContextWindow(dir: string, tokens: number): void {
  const file = referenceFile(dir);
  const records = JSON.parse(readFileSync(file, "utf8"));
  const rec = records.find((r: { id: string }) => r.id === REFERENCE);
  rec.facts.context_length.value = tokens;
  writeFileSync(file, JSON.stringify(records, null, 2));
}

const start = (dataDir: string, env: Record<string, string> = {}) =>
  startOnData(runtimes, dataDir, env);

afterEach(async () => {
  for (const r of runtimes.splice(0)) await r.shutdown("test over");
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("live data reload", () => {
  it("SIGHUP refuses a corrupt data set, keeps the old one answering, then swaps in a good one", async () => {
    const dir = copyData();
    const { proc, runtime, ask, lines } = await start(dir);
    const original = runtime.holder.version();
    expect(await ask()).toMatch(/400K/);

    const file = referenceFile(dir);
    const good = readFileSync(file, "utf8");
    writeFileSync(file, '[{"id": "half-written"');
    proc.emit("SIGHUP");
    const refused = lines().find((l) => l.msg === "data reload refused; old data kept");
    expect(refused?.error).toContain(`${file}: not valid JSON`);
    expect(refused?.level).toBe(50);
    expect(runtime.holder.version()).toEqual(original);
    expect(await ask()).toMatch(/400K/);

    writeFileSync(file, good);
    setContextWindow(dir, 512_000);
    proc.emit("SIGHUP");
    expect(runtime.holder.version().hash).not.toBe(original.hash);
    expect(runtime.bot.health().data).toEqual(runtime.holder.version());
    expect(await ask()).toMatch(/512K/);
  });

  it("refuses a data set that is valid JSON but breaks the schema", async () => {
    const dir = copyData();
    const { proc, runtime, ask } = await start(dir);
    const file = referenceFile(dir);
    const records = JSON.parse(readFileSync(file, "utf8"));
    records.find((r: { id: string }) => r.id === REFERENCE).facts.context_length.value = "lots";
    writeFileSync(file, JSON.stringify(records));
    const before = runtime.holder.version();
    proc.emit("SIGHUP");
    expect(runtime.holder.version()).toEqual(before);
    expect(await ask()).toMatch(/400K/);
  });

  it("with DATA_WATCH=1, a change under the data directory reloads it", async () => {
    const dir = copyData();
    const { runtime, ask } = await start(dir, { DATA_WATCH: "1" });
    const before = runtime.holder.version().hash;
    setContextWindow(dir, 256_000);
    await vi.waitFor(() => expect(runtime.holder.version().hash).not.toBe(before), {
      timeout: 10_000,
      interval: 50,
    });
    expect(await ask()).toMatch(/256K/);
  });

  it("a question in flight finishes on the engine it started with", async () => {
    const dir = copyData();
    const { log } = captureLogger();
    let reloadDuringAsk = false;
    const holder: CatalogHolder = new CatalogHolder({
      dataDir: dir,
      load: loadCatalog,
      build: (catalog) => {
        const engine = createEngine(catalog);
        return {
          ...engine,
          ask: ((q: string, context?: AskContext) => {
            // The data changes while this question is being answered.
            if (reloadDuringAsk) {
              reloadDuringAsk = false;
              setContextWindow(dir, 128_000);
              holder.reload("test");
            }
            return context !== undefined && "conversation" in context
              ? engine.ask(q, context as ConversationAsk)
              : engine.ask(q, context);
          }) as Engine["ask"],
        };
      },
      log,
    });
    const limits = { user: { burst: 0, perMinute: 0 }, channel: { burst: 0, perMinute: 0 } };
    const bot = new ProductionBot({
      source: holder,
      limiter: new RateLimiter(limits, Date.now),
      log,
    });
    const request = { platform: "slack", user: "u", channel: "c", text: QUESTION } as const;
    reloadDuringAsk = true;
    const first = await bot.handle(request);
    const second = await bot.handle(request);
    expect(first.kind === "answer" && first.answer.summary).toMatch(/400K/);
    expect(second.kind === "answer" && second.answer.summary).toMatch(/128K/);
  });
});
