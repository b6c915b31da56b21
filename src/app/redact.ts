export const REDACTED = "[Redacted]";

/**
 * Replaces every occurrence of each secret in `text` by [Redacted], also in its JSON-escaped
 * form, since log lines are JSON. Longest first, so a secret containing another goes whole.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  const forms = secrets.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]);
  for (const form of [...new Set(forms)].sort((a, b) => b.length - a.length)) {
    if (form.length > 0 && out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}

// A Discord interaction token rides in the path of its callback and webhook URLs; a Slack
// response_url is a bearer credential for five replies. Both are cut wherever a line carries them.
const URL_SECRETS: Array<[RegExp, string]> = [
  [/\/(interactions|webhooks)\/(\d+)\/[^/\s"'?]+/g, `/$1/$2/${REDACTED}`],
  [/https?:\/\/hooks\.slack(?:-gov)?\.com\/[^\s"']+/g, REDACTED],
];

/** Cuts interaction tokens and response URLs out of any text (log lines, error messages). */
export function scrubUrlSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of URL_SECRETS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * An error as a log line may show it: its type, code, status, message and stack, scrubbed. The
 * rest of an error object is left out on purpose: platform libraries hang the request on it
 * (discord.js's `url` and `requestBody`, carrying the interaction token and the reply that echoes
 * the question; a response_url), and no line above debug may carry those.
 */
export function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: scrubUrlSecrets(String(err)) };
  const e = err as Error & {
    code?: unknown;
    status?: unknown;
    statusCode?: unknown;
    data?: { error?: unknown };
  };
  const out: Record<string, unknown> = { type: e.name, message: scrubUrlSecrets(e.message) };
  if (typeof e.code === "string" || typeof e.code === "number") out.code = e.code;
  const status = e.status ?? e.statusCode;
  if (typeof status === "number") out.status = status;
  if (typeof e.data?.error === "string") out.platformError = e.data.error;
  if (e.stack) out.stack = scrubUrlSecrets(e.stack);
  if (e.cause !== undefined && e.cause !== err) out.cause = safeError(e.cause);
  return out;
}

/**
 * Object paths pino blanks whatever their value: the places a token or signing secret could sit
 * when a library error or a request is logged whole.
 */
export const REDACT_PATHS = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "clientSecret",
  "authorization",
  "*.token",
  "*.botToken",
  "*.appToken",
  "*.signingSecret",
  "*.clientSecret",
  "*.authorization",
  "*.Authorization",
  "headers.authorization",
  "*.headers.authorization",
  "*.headers.Authorization",
  '*.headers["x-slack-signature"]',
  "response_url",
  "responseUrl",
  "*.response_url",
  "*.responseUrl",
];
