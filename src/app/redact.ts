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
];
