import type { StartArgs } from "../config/args.ts";
import { BotError } from "../core/errors.ts";

export type AdapterName = "slack" | "discord" | "console";

const TOKEN = { slack: "SLACK_BOT_TOKEN", discord: "DISCORD_TOKEN" } as const;

const isSet = (env: NodeJS.ProcessEnv, name: string) => (env[name]?.trim() ?? "") !== "";

/**
 * Which adapters to start: every chat platform whose token is set, `--only` narrowing to one,
 * and the console chat when no platform is configured (so `npm start` works out of the box).
 */
export function planAdapters(env: NodeJS.ProcessEnv, args: StartArgs): AdapterName[] {
  // A shard process started by discord.js's ShardingManager (it sets SHARDS) runs one Discord
  // shard and nothing else; the parent already runs Slack if Slack is configured.
  if (isSet(env, "SHARDS") && isSet(env, "SHARD_COUNT")) return ["discord"];
  if (args.only && !isSet(env, TOKEN[args.only])) {
    throw new BotError("CONFIG_INVALID", `--only ${args.only} needs ${TOKEN[args.only]} to be set`);
  }
  const platforms = args.only
    ? [args.only]
    : (["slack", "discord"] as const).filter((p) => isSet(env, TOKEN[p]));
  if (args.shards !== undefined && !platforms.includes("discord")) {
    throw new BotError(
      "CONFIG_INVALID",
      "--shards is for Discord, but Discord is not being started (DISCORD_TOKEN is not set)",
    );
  }
  return platforms.length > 0 ? platforms : ["console"];
}
