import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltStage, parseDockerfile, runDockerfile } from "../support/dockerfile.ts";
import { copyRepo } from "../support/repo-files.ts";

/**
 * There is no Docker engine here or in CI, so this runs the Dockerfile's own steps on this
 * machine: the repository copied as the build context, every RUN of the build stage (npm ci,
 * build, prune) and every COPY into the runtime stage, then the runtime stage's CMD answers a
 * question. npm works from its cache (offline): no test may reach the network.
 */
const ROOT = process.cwd();
const QUESTION = "gpt-5.1-codex-mini context\nquit\n";
const NPM_OFFLINE = {
  npm_config_offline: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};

let scratch: string;
let stages: BuiltStage[];

/** A clean environment: no chat tokens from the developer's shell reach the started bot. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? "", HOME: scratch, ...NPM_OFFLINE, ...extra };
}

/** The stage's ENV as the container sees it: absolute paths are inside the stage's root. */
function stageEnv(stage: BuiltStage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(stage.env).map(([k, v]) => [k, v.startsWith("/") ? join(stage.root, v) : v]),
  );
}

function run(
  stage: BuiltStage,
  command: string[],
  input?: string,
  env: Record<string, string> = {},
) {
  const [bin, ...args] = command;
  return spawnSync(bin ?? "", args, {
    cwd: join(stage.root, stage.workdir),
    env: cleanEnv({ ...stageEnv(stage), ...env }),
    encoding: "utf8",
    timeout: 120_000,
    ...(input === undefined ? {} : { input }),
  });
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "model-bot-docker-"));
  const context = join(scratch, "context");
  copyRepo(ROOT, context);
  const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");
  stages = runDockerfile(parseDockerfile(dockerfile), context, scratch, NPM_OFFLINE);
}, 600_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
}, 300_000);

const final = () => stages.at(-1) as BuiltStage;
const builder = () => stages[0] as BuiltStage;

describe("the Dockerfile's steps", () => {
  it("build in stages and run as an unprivileged user with a volume and a health check", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(final().user).toBe("node");
    expect(final().volumes).toEqual(["/var/lib/model-bot"]);
    expect(final().healthcheck).toBeDefined();
    expect(final().cmd).toEqual(["node", "dist/main.js"]);
    const app = join(final().root, final().workdir);
    expect(existsSync(join(app, "data", "models"))).toBe(true);
    expect(existsSync(join(final().root, "var", "lib", "model-bot"))).toBe(true);
  }, 180_000);

  // tsx stays: it is a runtime dependency, for an install that never built (production-install.test.ts).
  it("ship no development tools: TypeScript, vitest and biome are pruned", () => {
    const modules = join(final().root, final().workdir, "node_modules");
    for (const dev of ["typescript", "vitest", "@biomejs/biome"]) {
      expect(existsSync(join(modules, dev)), dev).toBe(false);
    }
    expect(existsSync(join(modules, "@slack", "bolt"))).toBe(true);
  }, 180_000);

  it("start the image's CMD, which answers a question on the console", () => {
    const started = run(final(), final().cmd ?? [], QUESTION);
    expect(started.stderr).not.toMatch(/error/i);
    expect(started.status).toBe(0);
    expect(started.stdout).toContain("400K tokens");
  }, 180_000);

  it("leave a pruned install where npm start and npm run ask work (no tsx left)", () => {
    const start = run(builder(), ["npm", "start"], QUESTION);
    expect(start.status, start.stderr).toBe(0);
    expect(start.stdout).toContain("400K tokens");
    const help = run(builder(), ["npm", "run", "--silent", "ask", "--", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("usage: model-bot ask");
    const bogus = run(builder(), ["npm", "run", "--silent", "ask", "--", "--bogus"]);
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toContain("--bogus");
    const missing = run(builder(), ["npm", "run", "--silent", "ask", "--", "zorblax-70b context"]);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain("Model not found");
  }, 180_000);

  it("have a HEALTHCHECK that passes on 200 from /healthz on PORT and fails otherwise", async () => {
    let status = 200;
    const server: Server = createServer((req, res) => {
      res.writeHead(req.url === "/healthz" ? status : 404).end("{}");
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const port = String((server.address() as AddressInfo).port);
    const check = () =>
      new Promise<number | null>((done) => {
        // Run asynchronously: the server answering it lives in this process.
        import("node:child_process").then(({ spawn }) => {
          const [bin, ...args] = final().healthcheck ?? [];
          const child = spawn(bin ?? "", args, {
            cwd: join(final().root, final().workdir),
            env: cleanEnv({ ...stageEnv(final()), PORT: port }),
          });
          child.on("close", done);
        });
      });
    try {
      expect(await check()).toBe(0);
      status = 503;
      expect(await check()).toBe(1);
    } finally {
      await new Promise((done) => server.close(done));
    }
    expect(await check()).toBe(1);
  }, 180_000);

  it("match compose.yaml: the bot is built here, keeps its state on the volume, PostgreSQL beside it", () => {
    const compose = readFileSync(join(ROOT, "compose.yaml"), "utf8");
    expect(compose).toMatch(/^ {2}bot:\n {4}build: \.$/m);
    expect(compose).toContain(`:${final().volumes[0]}\n`);
    expect(final().exposed).toContain("3000");
    expect(compose).toContain('- "3000:3000"');
    expect(compose).toMatch(/^ {2}db:\n {4}image: postgres:/m);
    expect(compose).toContain("DATABASE_URL: postgres://");
  }, 180_000);
});
