import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

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
