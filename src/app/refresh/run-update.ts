import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** What one `data:update` run in a child process gave. */
export type UpdateRun = { ok: true; output: string } | { ok: false; error: string; output: string };

/** The update's entry point beside this module: src/…/update-main.ts under tsx, dist/…/.js built. */
function updateEntry(): string {
  const here = fileURLToPath(import.meta.url);
  const ext = here.endsWith(".ts") ? ".ts" : ".js";
  return fileURLToPath(new URL(`../../importer/update-main${ext}`, import.meta.url));
}

/**
 * Runs `data:update` for `dataDir` in a child process: building a catalog takes seconds of CPU,
 * which in the bot's own process would hold up every answer, and a crash there cannot take the
 * bot down. The child inherits the environment (feed URLs, limits) and Node's loader flags.
 */
export function runUpdateProcess(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<UpdateRun> {
  const entry = updateEntry();
  if (!existsSync(entry)) {
    return Promise.resolve({ ok: false, error: `${entry} is missing`, output: "" });
  }
  return new Promise((resolve) => {
    // TypeScript sources run under tsx (tests, `tsx src/main.ts`); the build runs as it is.
    const loader =
      entry.endsWith(".ts") && !process.execArgv.join(" ").includes("tsx")
        ? ["--import", "tsx"]
        : [];
    const child = spawn(process.execPath, [...process.execArgv, ...loader, entry], {
      env: { ...env, DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    // Bounded: a runaway child cannot fill the bot's memory with its output.
    const keep = (s: string, d: Buffer) => (s + d.toString("utf8")).slice(-16_384);
    child.stdout.on("data", (d: Buffer) => (out = keep(out, d)));
    child.stderr.on("data", (d: Buffer) => (err = keep(err, d)));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    timer.unref();
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ ok: false, error: e.message, output: out });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve({ ok: true, output: out });
      const line = err
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l.length > 0)
        .find((l) => l.startsWith("data:update failed:"));
      const why = signal ? `killed by ${signal} after ${timeoutMs} ms` : `exit code ${code}`;
      resolve({
        ok: false,
        error: line?.replace(/^data:update failed: /, "") ?? `${why}: ${err.trim().slice(-500)}`,
        output: out,
      });
    });
  });
}
