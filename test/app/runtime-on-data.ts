import { EventEmitter } from "node:events";
import { vi } from "vitest";
import { type Runtime, startRuntime } from "../../src/app/runtime.ts";
import { parseAppConfig } from "../../src/config/env.ts";
import { captureLogger } from "./log-capture.ts";

/** The question the reload tests ask: the reference model's context window (400K as shipped). */
export const REFERENCE_QUESTION = "gpt-5.1-codex-mini context";

/**
 * The production runtime on a data directory, with no chat platform, its logs captured and a
 * process stand-in to send SIGHUP through. `ask` asks the reference question on the console and
 * returns the answer's summary. The runtime joins `runtimes`, for the caller to shut down.
 */
export async function startOnData(
  runtimes: Runtime[],
  dataDir: string,
  env: Record<string, string> = {},
) {
  const proc = Object.assign(new EventEmitter(), { exit: vi.fn() });
  const capture = captureLogger();
  const config = parseAppConfig({ DATA_DIR: dataDir, ...env });
  const runtime = await startRuntime({ config, log: capture.log, starters: [], proc });
  runtimes.push(runtime);
  const ask = async () => {
    const reply = await runtime.bot.handle({
      platform: "console",
      user: "u",
      channel: "c",
      text: REFERENCE_QUESTION,
    });
    if (reply.kind !== "answer") throw new Error(`no answer: ${reply.kind}`);
    return reply.answer.summary;
  };
  return { proc, runtime, ask, ...capture };
}
