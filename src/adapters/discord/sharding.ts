import { once } from "node:events";
import { REST, Routes, ShardingManager } from "discord.js";
import type { AdapterDeps, RunningAdapter } from "../../app/adapter.ts";
import type { DiscordEnv } from "./env.ts";

/** What each shard process runs: a script (main.ts), its arguments and node's flags (tsx). */
export interface ShardScript {
  file: string;
  args: string[];
  execArgv: string[];
  /** Pause between shard starts; Discord allows one IDENTIFY per 5 s per bucket. */
  delayMs?: number;
}

/**
 * The default shard script: this very process again, minus `--shards`. A child started by the
 * ShardingManager gets SHARDS and SHARD_COUNT in its environment, which discord.js's Client
 * reads on its own, so the child simply runs startDiscord without shards.
 */
export function currentProcessScript(): ShardScript {
  const args = process.argv.slice(2);
  const kept = args.filter((a, i) => !a.startsWith("--shards") && args[i - 1] !== "--shards");
  return { file: process.argv[1] ?? "", args: kept, execArgv: process.execArgv };
}

/**
 * Discord's recommended shard count for this bot (about one per 1,000 guilds), asked through
 * DISCORD_API_URL when set; discord.js's own "auto" always asks discord.com.
 */
export async function fetchShardCount(env: DiscordEnv): Promise<number> {
  const rest = new REST(env.apiUrl === undefined ? {} : { api: env.apiUrl }).setToken(env.token);
  const body = (await rest.get(Routes.gatewayBot())) as { shards?: unknown };
  return typeof body.shards === "number" && body.shards >= 1 ? Math.ceil(body.shards) : 1;
}

/**
 * Runs the bot as `shards` processes under discord.js's ShardingManager. Resolves once every
 * shard is READY; stop() ends the shard processes (each shuts down its own client on SIGTERM).
 */
export async function startDiscordSharded(
  deps: AdapterDeps,
  env: DiscordEnv,
  shards: "auto" | number,
  script: ShardScript = currentProcessScript(),
): Promise<RunningAdapter> {
  const log = deps.log.child({ role: "shard-manager" });
  let stopping = false;
  const totalShards = shards === "auto" ? await fetchShardCount(env) : shards;
  const manager = new ShardingManager(script.file, {
    token: env.token,
    totalShards,
    shardArgs: script.args,
    execArgv: script.execArgv,
    mode: "process",
    respawn: true,
  });
  manager.on("shardCreate", (shard) => {
    log.info({ shard: shard.id, of: totalShards }, "discord shard starting");
    shard.on("death", () => {
      if (!stopping) log.warn({ shard: shard.id }, "discord shard exited; restarting it");
    });
  });
  const stop = async () => {
    stopping = true;
    const exits = [...manager.shards.values()].map((shard) => {
      const child = shard.process;
      const exited = child && child.exitCode === null ? once(child, "exit") : Promise.resolve();
      shard.kill();
      return exited;
    });
    await Promise.all(exits);
  };
  try {
    await manager.spawn({ amount: totalShards, delay: script.delayMs ?? 5500 });
  } catch (err) {
    // Never leave half the shards running when start-up fails.
    await stop();
    throw err;
  }
  deps.monitor?.connected();
  return { name: "discord", stop };
}
