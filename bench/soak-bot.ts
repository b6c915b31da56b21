/**
 * The bot side of the soak benchmark, forked with IPC by bench/soak-bench.ts:
 *   node --expose-gc --import tsx bench/soak-bot.ts
 * It starts the production runtime exactly as `npm start` does with Slack (HTTP mode) and
 * Discord configured, from the environment the parent sets (both platforms' URLs point at fakes
 * on 127.0.0.1): the production bot with its rate limits, the in-process state store (claims,
 * payloads, conversations), logging at info. It sends { port } when ready; on { measure } it
 * collects garbage and answers with its memory and the sizes of what it keeps; on "stop" it shuts
 * down as on SIGTERM.
 */
import { readdirSync } from "node:fs";
import { getHeapStatistics } from "node:v8";
import type { Client } from "discord.js";
import { createLogger } from "../src/app/logger.ts";
import { startRuntime } from "../src/app/runtime.ts";
import { createStarters } from "../src/app/starters.ts";
import type { MemoryStateStore } from "../src/app/state/memory.ts";
import { parseAppConfig } from "../src/config/env.ts";
import { collectSecrets } from "../src/config/secrets.ts";

/** What the child reports at each measuring point. */
export interface SoakSample {
  label: string;
  rss: number;
  heapUsed: number;
  /** V8's heap as reserved (used or not), and what V8 allocated outside it with malloc. */
  heapTotal: number;
  malloced: number;
  external: number;
  /** Threads of the process (the chart worker, libuv's pool, V8's helpers). */
  threads: number;
  /** Entries the bot holds: state store maps and discord.js caches. */
  held: Record<string, number>;
  inFlight: number;
}

export type SoakMessage = { ready: true; port: number } | { sample: SoakSample };

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  // Twice: the first pass can leave objects a finalizer freed for the second.
  gc();
  gc();
}

/** Threads of this process, where /proc tells (Linux); -1 elsewhere. */
function countThreads(): number {
  try {
    return readdirSync("/proc/self/task").length;
  } catch {
    return -1;
  }
}

/** Resolves once `busy()` is 0 (and 200 ms more have passed), or after `maxMs`. */
async function settle(busy: () => number, maxMs: number): Promise<void> {
  const until = Date.now() + maxMs;
  while (busy() > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 200));
}

async function main(): Promise<void> {
  const env = process.env;
  const config = parseAppConfig(env);
  const log = createLogger({
    level: config.logLevel ?? "info",
    secrets: collectSecrets(env),
    destination: 1,
  });
  const starters = await createStarters(["slack", "discord"], env, {});
  const runtime = await startRuntime({ config, log, starters });
  const slack = runtime.adapters.find((a) => a.name === "slack") as { port?: number } | undefined;
  const discord = runtime.adapters.find((a) => a.name === "discord") as
    | { client?: Client }
    | undefined;
  const state = runtime.state as Partial<MemoryStateStore>;

  const held = (): Record<string, number> => {
    const client = discord?.client;
    const guilds = client ? [...client.guilds.cache.values()] : [];
    return {
      ...(state.sizes ?? {}),
      discordUsers: client?.users.cache.size ?? 0,
      discordMembers: guilds.reduce((n, g) => n + g.members.cache.size, 0),
      discordChannels: client?.channels.cache.size ?? 0,
    };
  };

  process.on("message", (msg: unknown) => {
    if (msg === "stop") {
      void runtime.shutdown("soak finished");
      return;
    }
    const label = (msg as { measure?: string }).measure;
    if (label === undefined) return;
    // Let answers already sent finish (their charts, last callbacks) before reading memory, so
    // every point is read at rest; a minute at most.
    void settle(() => runtime.bot.inFlight, 60_000).then(() => {
      collect();
      const m = process.memoryUsage();
      const sample: SoakSample = {
        label,
        rss: m.rss,
        heapUsed: m.heapUsed,
        heapTotal: m.heapTotal,
        malloced: getHeapStatistics().malloced_memory,
        external: m.external,
        threads: countThreads(),
        held: held(),
        inFlight: runtime.bot.inFlight,
      };
      process.send?.({ sample } satisfies SoakMessage);
    });
  });
  process.send?.({ ready: true, port: slack?.port ?? 0 } satisfies SoakMessage);
}

main().catch((e: unknown) => {
  process.stderr.write(`soak-bot: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
