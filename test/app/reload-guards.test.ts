import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Runtime } from "../../src/app/runtime.ts";
import { startOnData } from "./runtime-on-data.ts";

// Data sets a reload must refuse (no models, most models gone, a file too big to read), and
// DATA_WATCH following a directory swapped in by rename or a symlink flipped to a new release.

const REFERENCE = "gpt-5.1-codex-mini";
const roots: string[] = [];
const runtimes: Runtime[] = [];

afterEach(async () => {
  for (const r of runtimes.splice(0)) await r.shutdown("test over");
  for (const d of roots.splice(0)) rmSync(d, { recursive: true, force: true });
});

function root(): string {
  const dir = mkdtempSync(join(tmpdir(), "model-bot-guards-"));
  roots.push(dir);
  return dir;
}

function copyData(to: string): string {
  cpSync("data", to, { recursive: true });
  return to;
}

/** Sets the reference model's context window in a data copy: valid data, a different answer. */
function setContext(dir: string, tokens: number): void {
  const files = readdirSync(join(dir, "models"), { recursive: true, encoding: "utf8" });
  for (const f of files.filter((x) => x.endsWith(".json"))) {
    const file = join(dir, "models", f);
    const text = readFileSync(file, "utf8");
    if (!text.includes(`"${REFERENCE}"`)) continue;
    const records = JSON.parse(text);
    const rec = records.find((r: { id: string }) => r.id === REFERENCE);
    if (!rec) continue;
    rec.facts.context_length.value = tokens;
    writeFileSync(file, JSON.stringify(records));
    return;
  }
  throw new Error("reference record not found");
}

async function start(dataDir: string, env: Record<string, string> = {}) {
  const started = await startOnData(runtimes, dataDir, env);
  const refusal = () =>
    started.lines().find((l) => l.msg === "data reload refused; old data kept")?.error;
  return { ...started, refusal };
}

describe("reload refuses data sets that cannot be right", () => {
  it("refuses a data set with no models, and keeps answering", async () => {
    const dir = copyData(join(root(), "data"));
    const { proc, runtime, ask, refusal } = await start(dir);
    const before = runtime.holder.version();
    for (const f of readdirSync(join(dir, "models"))) unlinkSync(join(dir, "models", f));
    proc.emit("SIGHUP");
    expect(refusal()).toMatch(/no models/);
    expect(runtime.holder.version()).toEqual(before);
    expect(await ask()).toMatch(/400K/);
  });

  it("refuses a data set that lost most of its models, unless DATA_MAX_DROP allows it", async () => {
    const dir = copyData(join(root(), "data"));
    const files = readdirSync(join(dir, "models")).filter((f) => f.endsWith(".json"));
    const keep = new Set(
      files.filter((f) => readFileSync(join(dir, "models", f), "utf8").includes(`"${REFERENCE}"`)),
    );
    const { proc, runtime, ask, refusal } = await start(dir);
    const before = runtime.holder.version();
    for (const f of files.slice(0, Math.ceil(files.length * 0.8))) {
      if (!keep.has(f)) unlinkSync(join(dir, "models", f));
    }
    proc.emit("SIGHUP");
    expect(refusal()).toMatch(/lost \d+ of \d+ models .*DATA_MAX_DROP/);
    expect(runtime.holder.version()).toEqual(before);
    expect(await ask()).toMatch(/400K/);

    const lenient = await start(dir, { DATA_MAX_DROP: "1" });
    expect(lenient.runtime.holder.version().records).toBeLessThan(before.records);
  });

  it("refuses a data file over the size limit before reading it", async () => {
    const dir = copyData(join(root(), "data"));
    const { proc, runtime, refusal } = await start(dir, { DATA_MAX_FILE_BYTES: "2000000" });
    const before = runtime.holder.version();
    // Not even JSON: a parse would fail differently, so the message proves it was never parsed.
    writeFileSync(join(dir, "models", "huge.json"), "x".repeat(3_000_000));
    proc.emit("SIGHUP");
    expect(refusal()).toMatch(/huge\.json: 2\.9 MB, over the 1\.9 MB .*DATA_MAX_FILE_BYTES/);
    expect(runtime.holder.version()).toEqual(before);
  });

  it("refuses to start on a data set with no models", async () => {
    const dir = join(root(), "empty");
    copyData(dir);
    rmSync(join(dir, "models"), { recursive: true });
    mkdirSync(join(dir, "models"));
    await expect(start(dir)).rejects.toThrow(/no models/);
  });
});

describe("DATA_WATCH follows the data directory wherever it goes", () => {
  it("picks up a directory swapped in by rename", async () => {
    const base = root();
    const live = copyData(join(base, "live"));
    const { ask } = await start(live, { DATA_WATCH: "1" });
    expect(await ask()).toMatch(/400K/);
    const next = copyData(join(base, "next"));
    setContext(next, 512_000);
    renameSync(live, join(base, "old"));
    renameSync(next, live);
    await vi.waitFor(async () => expect(await ask()).toMatch(/512K/), { timeout: 15_000 });
    // And keeps watching the new one: an edit in place after the swap is seen too.
    setContext(live, 640_000);
    await vi.waitFor(async () => expect(await ask()).toMatch(/640K/), { timeout: 15_000 });
  });

  it("picks up a symlink flipped to a new release", async () => {
    const base = root();
    copyData(join(base, "v1"));
    const v2 = copyData(join(base, "v2"));
    setContext(v2, 256_000);
    const current = join(base, "current");
    symlinkSync(join(base, "v1"), current);
    const { ask } = await start(current, { DATA_WATCH: "1" });
    expect(await ask()).toMatch(/400K/);
    symlinkSync(v2, join(base, "current.tmp"));
    renameSync(join(base, "current.tmp"), current);
    await vi.waitFor(async () => expect(await ask()).toMatch(/256K/), { timeout: 15_000 });
  });
});
