import { Client, GatewayIntentBits, Options, Partials } from "discord.js";
import type { DiscordEnv } from "./env.ts";

/** Nothing the bot sends may ping anyone: no users, roles, @everyone/@here, nor the replied-to. */
export const NO_PINGS = { parse: [], repliedUser: false } as const;

/** Most users, and members per server, the client keeps at once (50,000 askers stay 1,000). */
export const CACHE_LIMITS = { users: 1_000, membersPerGuild: 200 } as const;

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
    // The bot answers and forgets: it never reads old messages, reactions or presences, and it
    // needs no one's profile after answering them. Every cache that grows with the people who ask
    // is capped (the bot's own user and member kept), and swept of what the caps let in.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      ThreadMemberManager: 0,
      VoiceStateManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      UserManager: {
        maxSize: CACHE_LIMITS.users,
        keepOverLimit: (user) => user.id === user.client.user?.id,
      },
      GuildMemberManager: {
        maxSize: CACHE_LIMITS.membersPerGuild,
        keepOverLimit: (member) => member.id === member.client.user?.id,
      },
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: 600, filter: () => (user) => user.id !== user.client.user?.id },
      guildMembers: {
        interval: 600,
        filter: () => (member) => member.id !== member.client.user?.id,
      },
    },
  });
}
