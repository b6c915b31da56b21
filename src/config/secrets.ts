/**
 * Variables whose values must never reach a log line or an error message. Adapters read them
 * from the environment; the logger scrubs their values wherever they appear.
 */
export const SECRET_VARIABLES = [
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "SLACK_CLIENT_SECRET",
  "DISCORD_TOKEN",
  "DISCORD_CLIENT_SECRET",
  "DATABASE_URL",
] as const;

// Shorter values would scrub ordinary words out of logs; real tokens are far longer.
const MIN_SECRET_LENGTH = 8;

/** The values of the secret variables that are set, for the logger's scrubber. */
export function collectSecrets(env: NodeJS.ProcessEnv): string[] {
  const values = SECRET_VARIABLES.map((name) => env[name]?.trim() ?? "");
  // A driver's error may quote the password alone, without the rest of the URL.
  values.push(urlPassword(env.DATABASE_URL));
  return [...new Set(values.filter((v) => v.length >= MIN_SECRET_LENGTH))];
}

function urlPassword(url: string | undefined): string {
  try {
    return url ? decodeURIComponent(new URL(url).password) : "";
  } catch {
    return "";
  }
}
