import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

export interface SpawnResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** From spawn to the first byte on stdout, and to exit, in ms. */
  firstOutputMs: number;
  exitMs: number;
}

/** Runs a command in the project root and times its first output and its exit. */
export function timeSpawn(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<SpawnResult>((resolve, reject) => {
    const t0 = performance.now();
    let firstOutputMs = Number.NaN;
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      if (Number.isNaN(firstOutputMs)) firstOutputMs = performance.now() - t0;
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, stdout, stderr, firstOutputMs, exitMs: performance.now() - t0 });
    });
  });
}
