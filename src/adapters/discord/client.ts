import { Client, GatewayIntentBits, Options, Partials } from "discord.js";
import type { DiscordEnv } from "./env.ts";

/** Nothing the bot sends may ping anyone: no users, roles, @everyone/@here, nor the replied-to. */
export const NO_PINGS = { parse: [], repliedUser: false } as const;

/**
 * The discord.js client the bot runs on. Intents cover slash commands (Guilds), @mentions in
 * servers (GuildMessages) and DMs (DirectMessages); mentions and DMs carry their text without the
 * privileged MessageContent intent. DM channels arrive uncached, hence Partials.Channel.
 */
export function createDiscordClient(env: DiscordEnv): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    partials: [Partials.Channel],
    allowedMentions: { ...NO_PINGS, parse: [] },
    // If the question was deleted before the answer went out, post the answer anyway.
    failIfNotExists: false,
    ...(env.apiUrl === undefined ? {} : { rest: { api: env.apiUrl } }),
    // The bot answers and forgets: it never reads old messages, reactions or presences.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
    }),
  });
}
