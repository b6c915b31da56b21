import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { FeedUrls } from "../../src/config/feeds-env.ts";
import { feedUrlEnv } from "../support/feed-fixtures.ts";

/** A port free right now on loopback, for a child process that must be told its port. */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves once stdout contains `text`; rejects if the process exits first. */
  waitFor(text: string): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs a TypeScript entry under tsx with a clean chat environment (no platform tokens). */
export function spawnEntry(
  entry: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Spawned {
  const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], {
    // Empty tokens win over a developer's .env (Node's loader keeps variables already set).
    env: { ...process.env, SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (d) => (out += d));
  child.stderr?.on("data", (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!out.includes(text)) return;
        child.stdout?.off("data", check);
        resolve();
      };
      child.stdout?.on("data", check);
      check();
      void exited.then(() => reject(new Error(`exited before "${text}"; stderr: ${err}`)));
    });
  return { child, stdout: () => out, stderr: () => err, waitFor, exited };
}

/** The lines of a child's (JSON) log that contain `text`. */
export const logLines = (p: Spawned, text: string): string[] =>
  p
    .stdout()
    .split("\n")
    .filter((l) => l.includes(text));

/** Kills a child the test left running; for a cleanup list. */
export const killer = (p: Spawned) => () => {
  if (p.child.exitCode === null) p.child.kill("SIGKILL");
};

/** A bot process's Slack settings for HTTP mode on loopback against a fake Web API. */
export function slackHttpEnv(o: { token: string; secret: string; apiUrl: string; port: number }) {
  return {
    SLACK_BOT_TOKEN: o.token,
    SLACK_SIGNING_SECRET: o.secret,
    SLACK_API_URL: o.apiUrl,
    SLACK_APP_TOKEN: "",
    PORT: String(o.port),
    SLACK_HOST: "127.0.0.1",
  };
}

/** A bot process's Discord settings against the fake gateway and REST API. */
export function discordEnv(o: { token: string; applicationId: string; apiUrl: string }) {
  return {
    DISCORD_TOKEN: o.token,
    DISCORD_APPLICATION_ID: o.applicationId,
    DISCORD_API_URL: o.apiUrl,
    DISCORD_GUILD_ID: "",
  };
}

/** Every feed URL pointed at a loopback feed server, fast retries, no local data sets. */
export function feedEnv(urls: FeedUrls) {
  return {
    ...feedUrlEnv(urls),
    FEED_TIMEOUT_MS: "5000",
    FEED_BACKOFF_MS: "10",
    DATASETS_DIR: "off",
  };
}
