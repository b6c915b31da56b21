import { createLogger } from "./app/logger.ts";
import { planAdapters } from "./app/plan.ts";
import { scrubSecrets } from "./app/redact.ts";
import { startRuntime } from "./app/runtime.ts";
import { createStarters } from "./app/starters.ts";
import { parseStartArgs } from "./config/args.ts";
import { loadDotEnv } from "./config/dotenv.ts";
import { parseAppConfig } from "./config/env.ts";
import { collectSecrets } from "./config/secrets.ts";
import { BotError } from "./core/errors.ts";

/**
 * `npm start`: reads .env and the environment, loads the catalog, and starts Slack and/or
 * Discord for each token set, or the console chat when none is. Start-up problems print one
 * line naming what is wrong and exit 1.
 */
async function main(): Promise<void> {
  loadDotEnv();
  const env = process.env;
  const config = parseAppConfig(env);
  const args = parseStartArgs(process.argv.slice(2));
  const names = planAdapters(env, args);
  const consoleOnly = names.length === 1 && names[0] === "console";
  // The console chat owns stdout; its logs go to stderr and only from "warn" up by default.
  const log = createLogger({
    level: config.logLevel ?? (consoleOnly ? "warn" : "info"),
    secrets: collectSecrets(env),
    destination: consoleOnly ? 2 : 1,
  });
  const starters = await createStarters(names, env, args);
  await startRuntime({ config, log, starters });
}

main().catch((err: unknown) => {
  const secrets = collectSecrets(process.env);
  const text =
    err instanceof BotError
      ? `model-bot: ${err.message}`
      : `model-bot: failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
  process.stderr.write(`${scrubSecrets(text, secrets)}\n`);
  process.exit(1);
});
