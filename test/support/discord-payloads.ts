// Gateway and REST payloads for the fake Discord, shaped like Discord's API v10 objects.

export const APP_ID = "900000000000000001";
export const BOT_USER = {
  id: APP_ID,
  username: "model-bot",
  discriminator: "0",
  global_name: null,
  avatar: null,
  bot: true,
};
export const USER = {
  id: "900000000000000002",
  username: "asker",
  discriminator: "0",
  global_name: "Asker",
  avatar: null,
};
export const OTHER_BOT = { ...USER, id: "900000000000000003", username: "other-bot", bot: true };
const GUILD_ID = "900000000000000010";
export const CHANNEL_ID = "900000000000000011";
export const DM_CHANNEL_ID = "900000000000000012";

export const GUILD = {
  id: GUILD_ID,
  name: "Test server",
  icon: null,
  owner_id: USER.id,
  afk_timeout: 300,
  verification_level: 0,
  default_message_notifications: 0,
  explicit_content_filter: 0,
  roles: [{ id: GUILD_ID, name: "@everyone", permissions: "0", position: 0, color: 0 }],
  emojis: [],
  features: [],
  mfa_level: 0,
  system_channel_flags: 0,
  premium_tier: 0,
  preferred_locale: "en-US",
  nsfw_level: 0,
  member_count: 2,
  members: [],
  threads: [],
  presences: [],
  voice_states: [],
  stickers: [],
  unavailable: false,
  joined_at: "2026-01-01T00:00:00.000Z",
  channels: [{ id: CHANNEL_ID, type: 0, name: "general", position: 0, guild_id: GUILD_ID }],
} as const;

let nextId = 100;
/** A fresh snowflake-shaped id. */
export const snowflake = (): string => `91${String(nextId++).padStart(16, "0")}`;

/** A message object as the gateway and REST carry it. */
export interface MessagePayload {
  id: string;
  channel_id: string;
  timestamp: string;
  [field: string]: unknown;
}

/** The message Discord returns after a post: the posted body plus the fields a Message needs. */
export function createMessage(channelId: string, body: unknown): MessagePayload {
  const posted = (body ?? {}) as Record<string, unknown>;
  return {
    id: snowflake(),
    channel_id: channelId,
    author: BOT_USER,
    content: posted.content ?? "",
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: posted.embeds ?? [],
    components: posted.components ?? [],
    pinned: false,
    type: posted.message_reference ? 19 : 0,
    flags: posted.flags ?? 0,
  };
}

/** A MESSAGE_CREATE from a user, in the test server's channel or in a DM with the bot. */
export function messageCreate(content: string, where: "guild" | "dm", author: object = USER) {
  const base = createMessage(where === "guild" ? CHANNEL_ID : DM_CHANNEL_ID, { content });
  return {
    ...base,
    author,
    ...(where === "guild"
      ? { guild_id: GUILD_ID, member: { roles: [], joined_at: base.timestamp } }
      : { channel_type: 1 }),
  };
}

type OptionValue = string | number | boolean;
const OPTION_TYPE = { string: 3, number: 4, boolean: 5 } as const;

function interaction(type: number, data: object, extra: object = {}) {
  return {
    id: snowflake(),
    application_id: APP_ID,
    type,
    data,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "general" },
    member: {
      user: USER,
      roles: [],
      joined_at: "2026-01-01T00:00:00.000Z",
      permissions: "0",
      deaf: false,
      mute: false,
      flags: 0,
    },
    token: `token-${snowflake()}`,
    version: 1,
    app_permissions: "2248473465835073",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { 0: GUILD_ID },
    context: 0,
    ...extra,
  };
}

/** A slash command (type 2) with its options, e.g. { model: "x", private: true }. */
export function commandInteraction(name: string, options: Record<string, OptionValue>) {
  const opts = Object.entries(options).map(([n, value]) => ({
    name: n,
    type:
      typeof value === "number"
        ? OPTION_TYPE.number
        : OPTION_TYPE[typeof value === "boolean" ? "boolean" : "string"],
    value,
  }));
  return interaction(2, { id: snowflake(), name, type: 1, options: opts });
}

/** An autocomplete request (type 4) with the focused option holding what the user typed. */
export function autocompleteInteraction(name: string, focused: string, typed: string) {
  const options = [{ name: focused, type: 3, value: typed, focused: true }];
  return interaction(4, { id: snowflake(), name, type: 1, options });
}

/** A button press (type 3) on a message the bot sent with the given flags. */
export function buttonInteraction(customId: string, messageFlags = 0) {
  const message = { ...createMessage(CHANNEL_ID, { content: "" }), flags: messageFlags };
  return interaction(3, { custom_id: customId, component_type: 2 }, { message });
}

/**
 * The same interaction as it arrives from a user install used outside any server the bot is
 * in: a group DM of other people (context 2), no guild and no member, the user at top level.
 */
export function asUserInstallInGroupDm<T extends Record<string, unknown>>(payload: T) {
  const { guild_id: _guild, member: _member, ...rest } = payload;
  const channelId = snowflake();
  return {
    ...rest,
    user: USER,
    channel_id: channelId,
    channel: { id: channelId, type: 3, name: "friends", recipients: [USER, OTHER_BOT] },
    app_permissions: "562949953601536",
    authorizing_integration_owners: { 1: USER.id },
    context: 2,
  };
}
