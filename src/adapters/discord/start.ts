import { once } from "node:events";
import { DiscordjsErrorCodes, Events } from "discord.js";
import type { AdapterDeps, RunningAdapter } from "../../app/adapter.ts";
import { BotError } from "../../core/errors.ts";
import { createDiscordClient } from "./client.ts";
import type { DiscordContext } from "./context.ts";
import type { DiscordEnv } from "./env.ts";
import { FollowUpCodec } from "./follow-ups.ts";
import { handleInteraction } from "./interactions.ts";
import { handleMessage } from "./messages.ts";
import { type ShardScript, startDiscordSharded } from "./sharding.ts";

export interface DiscordOptions {
  /** Run discord.js's ShardingManager with this many shards ("auto": as Discord recommends). */
  shards?: "auto" | number;
  /** The script each shard runs; defaults to this process's own script and arguments. */
  shardScript?: ShardScript;
  /** Defer an interaction reply when the answer takes longer than this (default 2,000 ms). */
  deferAfterMs?: number;
}

/**
 * Starts the Discord bot: one gateway connection answering slash commands, autocomplete,
 * buttons, @mentions and DMs through `deps.bot`. Resolves once Discord says READY. With
 * `shards`, starts a ShardingManager instead, whose children each run one shard (see sharding.ts).
 * Throws BotError("CONFIG_INVALID") when Discord refuses the token.
 */
export async function startDiscord(
  deps: AdapterDeps,
  env: DiscordEnv,
  options: DiscordOptions = {},
): Promise<RunningAdapter> {
  if (options.shards !== undefined) {
    return startDiscordSharded(deps, env, options.shards, options.shardScript);
  }
  const log = deps.log;
  const ctx: DiscordContext = {
    bot: deps.bot,
    log,
    codec: new FollowUpCodec(),
    deferAfterMs: options.deferAfterMs ?? 2000,
    track: deps.track ?? ((work) => work),
  };
  const client = createDiscordClient(env);
  client.on(Events.InteractionCreate, (i) => void ctx.track(handleInteraction(ctx, i)));
  client.on(Events.MessageCreate, (m) => void ctx.track(handleMessage(ctx, m)));
  client.on(Events.Error, (err) => log.error({ err }, "discord client error"));
  client.on(Events.Warn, (msg) => log.warn(msg));
  const ready = once(client, Events.ClientReady);
  try {
    await client.login(env.token);
  } catch (err) {
    await client.destroy();
    if ((err as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid) {
      throw new BotError("CONFIG_INVALID", "Discord refused DISCORD_TOKEN (invalid token)");
    }
    throw err;
  }
  await ready;
  const shards = client.shard ? ` (shard ${client.shard.ids.join(", ")})` : "";
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, `discord ready${shards}`);
  return {
    name: "discord",
    stop: async () => {
      client.removeAllListeners(Events.InteractionCreate);
      client.removeAllListeners(Events.MessageCreate);
      await client.destroy();
    },
  };
}
