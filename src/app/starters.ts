import type { StartArgs } from "../config/args.ts";
import { healthStarter } from "./health-starter.ts";
import type { AdapterName } from "./plan.ts";
import type { AdapterStarter } from "./runtime.ts";

/**
 * Builds the starter of each planned adapter. Each platform's environment is validated here,
 * before the catalog loads or anything connects, so a bad variable fails fast with its name.
 * Platform libraries are imported only when their adapter runs: the console needs neither.
 */
export async function createStarters(
  names: AdapterName[],
  env: NodeJS.ProcessEnv,
  args: StartArgs,
): Promise<AdapterStarter[]> {
  // discord.js first: its event emitter's bundled util.inspect fails to initialise once vega-lite
  // (the Slack adapter's charts) has been loaded ("string \"Set()\" is not iterable"), which
  // broke every process running Slack and Discord together.
  if (names.includes("discord")) await import("discord.js");
  const starters: AdapterStarter[] = [];
  for (const name of names) starters.push(await createStarter(name, env, args));
  const health = healthStarter(names, env);
  if (health) starters.push(health);
  return starters;
}

async function createStarter(
  name: AdapterName,
  env: NodeJS.ProcessEnv,
  args: StartArgs,
): Promise<AdapterStarter> {
  switch (name) {
    case "discord": {
      const { parseDiscordEnv } = await import("../adapters/discord/env.ts");
      const { startDiscord } = await import("../adapters/discord/start.ts");
      const discordEnv = parseDiscordEnv(env);
      const options = args.shards === undefined ? {} : { shards: args.shards };
      return { name, start: (deps) => startDiscord(deps, discordEnv, options) };
    }
    case "slack": {
      const { parseSlackEnv } = await import("../adapters/slack/env.ts");
      const { startSlack } = await import("../adapters/slack/start.ts");
      const slackEnv = parseSlackEnv(env);
      return { name, start: (deps) => startSlack(deps, slackEnv) };
    }
    case "console": {
      const { startConsoleChat } = await import("../adapters/console/chat.ts");
      return { name, start: (deps) => startConsoleChat(deps) };
    }
  }
}
