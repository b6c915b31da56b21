import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRepo } from "../support/repo-files.ts";

/**
 * `npm ci --omit=dev && npm start` on a fresh clone: no dist/ and no TypeScript to build one.
 * The clone here is the repository's files beside a node_modules that links every installed
 * package except the development tools (TypeScript, vitest, biome, the type packages), which is
 * what an install without dev dependencies leaves; npm itself is not run (it would need the
 * network or a warm cache).
 */
const ROOT = process.cwd();
const DEV_ONLY = new Set(["typescript", "vitest", "@biomejs", "@types", "fast-check", ".bin"]);

let clone: string;

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, args, {
    cwd: clone,
    env: { PATH: process.env.PATH ?? "", HOME: clone },
    encoding: "utf8",
    timeout: 120_000,
    ...(input === undefined ? {} : { input }),
  });
}

beforeAll(() => {
  clone = mkdtempSync(join(tmpdir(), "model-bot-prod-install-"));
  copyRepo(ROOT, clone);
  const modules = join(clone, "node_modules");
  mkdirSync(modules);
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (!DEV_ONLY.has(name)) symlinkSync(join(ROOT, "node_modules", name), join(modules, name));
  }
}, 120_000);

afterAll(async () => {
  await rm(clone, { recursive: true, force: true });
});

describe("a production install with no build (npm ci --omit=dev && npm start)", () => {
  it("runs the sources through tsx, says so on stderr, and answers in the console chat", () => {
    const r = run(["scripts/launch.js", "main"], "gpt-5.1-codex-mini context\nquit\n");
    expect(r.stderr).toContain("no TypeScript to make one: running the sources through tsx");
    expect(r.stdout).toContain("400K");
    expect(r.status).toBe(0);
    expect(existsSync(join(clone, "dist"))).toBe(false);
  });

  it("runs `ask` with a chart and exits once the chart is written", () => {
    const file = join(clone, "board.png");
    const r = run([
      "scripts/launch.js",
      "adapters/cli/main",
      "ask",
      "top 3 on livebench coding",
      "--chart",
      file,
    ]);
    // A worker left running would hold the process open until the timeout (status null).
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("LiveBench Coding");
    expect(existsSync(file)).toBe(true);
  });
});
