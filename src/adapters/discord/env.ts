import { z } from "zod";
import { BotError } from "../../core/errors.ts";

// Discord ids are snowflakes: 64-bit integers written in decimal, 17 to 20 digits today.
const snowflake = (name: string) =>
  z.string().regex(/^\d{17,20}$/, `${name} must be a Discord id (17 to 20 digits)`);

// An empty line in .env ("DISCORD_GUILD_ID=") means "not set", not "set to nothing".
const unsetIfEmpty = (v: unknown) => (v === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());
const required = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema);

const DiscordEnvSchema = z.object({
  DISCORD_TOKEN: required(
    z
      .string({ error: "DISCORD_TOKEN is missing" })
      .trim()
      .regex(/^[\w.-]{20,}$/, "DISCORD_TOKEN does not look like a bot token"),
  ),
  DISCORD_APPLICATION_ID: required(
    z
      .string({ error: "DISCORD_APPLICATION_ID is missing" })
      .pipe(snowflake("DISCORD_APPLICATION_ID")),
  ),
  DISCORD_GUILD_ID: optional(snowflake("DISCORD_GUILD_ID")),
  DISCORD_API_URL: optional(
    z
      .url({ protocol: /^https?$/, error: "DISCORD_API_URL must be an http(s) URL" })
      .transform((u) => u.replace(/\/+$/, "")),
  ),
});

/** What the Discord adapter needs from the environment, validated. */
export interface DiscordEnv {
  token: string;
  applicationId: string;
  /** Register commands to this guild only (instant, for development); else globally. */
  guildId?: string;
  /** REST base such as "https://discord.com/api" (the version is appended); for tests and proxies. */
  apiUrl?: string;
}

/**
 * Reads and validates the Discord variables. Throws BotError("CONFIG_INVALID") naming every
 * bad variable; the message never repeats a value, so the token cannot leak into logs.
 */
export function parseDiscordEnv(env: NodeJS.ProcessEnv): DiscordEnv {
  const parsed = DiscordEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => i.message);
    throw new BotError("CONFIG_INVALID", `Discord configuration: ${problems.join("; ")}`);
  }
  const d = parsed.data;
  return {
    token: d.DISCORD_TOKEN,
    applicationId: d.DISCORD_APPLICATION_ID,
    ...(d.DISCORD_GUILD_ID === undefined ? {} : { guildId: d.DISCORD_GUILD_ID }),
    ...(d.DISCORD_API_URL === undefined ? {} : { apiUrl: d.DISCORD_API_URL }),
  };
}
