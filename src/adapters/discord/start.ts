import { once } from "node:events";
import { type Client, DiscordjsErrorCodes, Events } from "discord.js";
import type { AdapterDeps, RunningAdapter } from "../../app/adapter.ts";
import { conversationsFor } from "../../app/conversations.ts";
import { DEFAULT_STARTUP_TIMEOUT_MS, describeFailure, withinStartup } from "../../app/startup.ts";
import { BotError } from "../../core/errors.ts";
import { createDiscordClient } from "./client.ts";
import type { DiscordContext } from "./context.ts";
import type { DiscordEnv } from "./env.ts";
import { FollowUpCodec } from "./follow-ups.ts";
import { handleInteraction } from "./interactions.ts";
import { handleMessage } from "./messages.ts";
import { discordPoster } from "./post.ts";
import { type ShardScript, startDiscordSharded } from "./sharding.ts";

export interface DiscordOptions {
  /** Run discord.js's ShardingManager with this many shards ("auto": as Discord recommends). */
  shards?: "auto" | number;
  /** The script each shard runs; defaults to this process's own script and arguments. */
  shardScript?: ShardScript;
  /** Defer an interaction reply when the answer takes longer than this (default 2,000 ms). */
  deferAfterMs?: number;
  /** How long login and READY may take (default: deps.startupTimeoutMs, else 30 s). */
  startupTimeoutMs?: number;
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
): Promise<RunningAdapter & { client?: Client }> {
  if (options.shards !== undefined) {
    return startDiscordSharded(deps, env, options.shards, options.shardScript);
  }
  const log = deps.log;
  const ctx: DiscordContext = {
    bot: deps.bot,
    log,
    codec: new FollowUpCodec(10_000, deps.state?.payloads, (err) =>
      log.warn({ err }, "discord: could not share a follow-up"),
    ),
    ...(deps.monitor === undefined ? {} : { monitor: deps.monitor }),
    deferAfterMs: options.deferAfterMs ?? 2000,
    track: deps.track ?? ((work) => work),
    conversations: conversationsFor(deps),
  };
  const client = createDiscordClient(env);
  client.on(Events.InteractionCreate, (i) => void ctx.track(handleInteraction(ctx, i)));
  client.on(Events.MessageCreate, (m) => void ctx.track(handleMessage(ctx, m)));
  client.on(Events.Error, (err) => log.error({ err }, "discord client error"));
  client.on(Events.Warn, (msg) => log.warn(msg));
  const monitor = deps.monitor;
  let lastCause: string | undefined;
  client.on(Events.ShardError, (err) => {
    lastCause = describeFailure(err);
  });
  client.on(Events.ShardDisconnect, () => monitor?.disconnected("gateway closed"));
  client.on(Events.ShardReconnecting, () => monitor?.disconnected("reconnecting"));
  client.on(Events.ShardResume, () => monitor?.connected());
  client.on(Events.ShardReady, () => monitor?.connected());
  const ready = once(client, Events.ClientReady);
  const login = (async () => {
    try {
      await client.login(env.token);
    } catch (err) {
      if ((err as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid) {
        throw new BotError("CONFIG_INVALID", "Discord refused DISCORD_TOKEN (invalid token)");
      }
      throw new BotError("PLATFORM_UNAVAILABLE", `Discord: login failed (${describeFailure(err)})`);
    }
    await ready;
  })();
  const timeoutMs = options.startupTimeoutMs ?? deps.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS;
  try {
    await withinStartup(
      "Discord",
      timeoutMs,
      login,
      () => lastCause,
      () => {},
    );
  } catch (err) {
    await client.destroy();
    throw err;
  }
  monitor?.connected();
  // DM channels are cached per asker and no sweeper covers them; a reply to a DM fetches its
  // channel again when needed (Partials.Channel), so forgetting them costs nothing.
  const dmSweep = setInterval(() => client.channels.cache.sweep((c) => c.isDMBased()), 600_000);
  dmSweep.unref();
  const shards = client.shard ? ` (shard ${client.shard.ids.join(", ")})` : "";
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, `discord ready${shards}`);
  return {
    name: "discord",
    poster: discordPoster(client),
    client,
    stop: async () => {
      clearInterval(dmSweep);
      client.removeAllListeners(Events.InteractionCreate);
      client.removeAllListeners(Events.MessageCreate);
      await client.destroy();
    },
  };
}
