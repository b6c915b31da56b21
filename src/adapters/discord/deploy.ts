import { pathToFileURL } from "node:url";
import { REST, Routes } from "discord.js";
import { loadDotEnv } from "../../config/dotenv.ts";
import { COMMANDS } from "./commands.ts";
import { type DiscordEnv, parseDiscordEnv } from "./env.ts";
import { inviteUrl } from "./invite.ts";

/** Where the commands went: the REST route and how many Discord now holds there. */
export interface DeployResult {
  route: string;
  scope: "guild" | "global";
  count: number;
}

/**
 * Registers the slash commands, replacing whatever was there (a PUT is idempotent, so running
 * it twice is harmless). To one guild when DISCORD_GUILD_ID is set (instant, for development),
 * else globally. Run from a script, not on every start: Discord caps command creations per day.
 */
export async function deployCommands(env: DiscordEnv): Promise<DeployResult> {
  const rest = new REST(env.apiUrl === undefined ? {} : { api: env.apiUrl }).setToken(env.token);
  const route =
    env.guildId === undefined
      ? Routes.applicationCommands(env.applicationId)
      : Routes.applicationGuildCommands(env.applicationId, env.guildId);
  const saved = await rest.put(route, { body: COMMANDS });
  return {
    route,
    scope: env.guildId === undefined ? "global" : "guild",
    count: Array.isArray(saved) ? saved.length : 0,
  };
}

/** `npm run discord:deploy`: reads .env (variables already set win), deploys, says where. */
async function runDeploy(): Promise<number> {
  loadDotEnv();
  try {
    const env = parseDiscordEnv(process.env);
    const result = await deployCommands(env);
    const where = result.scope === "guild" ? `guild ${env.guildId}` : "every guild (global)";
    console.log(`Registered ${result.count} commands for ${where}.`);
    console.log(`Invite the bot to a server: ${inviteUrl(env.applicationId)}`);
    return 0;
  } catch (err) {
    // A REST 401 means the token is wrong; say which variable to fix.
    const refused = (err as { status?: unknown }).status === 401;
    const reason = refused
      ? "Discord refused DISCORD_TOKEN (401 Unauthorized)"
      : err instanceof Error
        ? err.message
        : String(err);
    console.error(`discord:deploy failed: ${reason}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await runDeploy();
}
