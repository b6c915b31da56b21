import { z } from "zod";
import { BotError } from "../../core/errors.ts";
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from "./http-front.ts";

// An empty line in .env ("SLACK_APP_TOKEN=") means "not set", not "set to nothing".
const unset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unset, schema.optional());

const token = (name: string, prefix: string, kind: string) =>
  z
    .string({ error: `${name} is missing` })
    .trim()
    .regex(new RegExp(`^${prefix}-[\\w-]{8,}$`), `${name} must be ${kind} (${prefix}-…)`);

const limit = (name: string, min: number, max: number) =>
  z.preprocess(
    unset,
    z.coerce
      .number({ error: `${name} must be a number` })
      .int(`${name} must be a whole number`)
      .min(min, `${name} must be at least ${min}`)
      .max(max, `${name} must be at most ${max}`)
      .optional(),
  );

const SlackEnvSchema = z
  .object({
    SLACK_BOT_TOKEN: z.preprocess(unset, token("SLACK_BOT_TOKEN", "xoxb", "a bot token")),
    // Set: Socket Mode (no public URL needed). Unset: the HTTP receiver on PORT.
    SLACK_APP_TOKEN: optional(token("SLACK_APP_TOKEN", "xapp", "an app-level token")),
    SLACK_SIGNING_SECRET: optional(
      z
        .string()
        .trim()
        .regex(/^\S{16,}$/, "SLACK_SIGNING_SECRET must be the app's signing secret (no spaces)"),
    ),
    SLACK_API_URL: optional(
      z.url({ protocol: /^https?$/, error: "SLACK_API_URL must be an http(s) URL" }),
    ),
    PORT: z.preprocess(
      unset,
      z.coerce
        .number({ error: "PORT must be a number" })
        .int("PORT must be a whole number")
        .min(0, "PORT must be between 0 and 65535")
        .max(65_535, "PORT must be between 0 and 65535")
        .optional(),
    ),
    SLACK_HOST: optional(z.string().trim().min(1)),
    HTTP_MAX_CONNECTIONS: limit("HTTP_MAX_CONNECTIONS", 1, 100_000),
    HTTP_HEADERS_TIMEOUT_MS: limit("HTTP_HEADERS_TIMEOUT_MS", 100, 600_000),
    HTTP_REQUEST_TIMEOUT_MS: limit("HTTP_REQUEST_TIMEOUT_MS", 100, 600_000),
    HTTP_IDLE_TIMEOUT_MS: limit("HTTP_IDLE_TIMEOUT_MS", 100, 3_600_000),
    HTTP_BODY_LIMIT_BYTES: limit("HTTP_BODY_LIMIT_BYTES", 1_024, 64 * 1_048_576),
  })
  .superRefine((e, ctx) => {
    // HTTP mode must verify Slack's signature on every request; without the secret it cannot.
    if (e.SLACK_APP_TOKEN === undefined && e.SLACK_SIGNING_SECRET === undefined) {
      ctx.addIssue({
        code: "custom",
        message:
          "SLACK_SIGNING_SECRET is missing (required unless SLACK_APP_TOKEN selects Socket Mode)",
      });
    }
  });

/** What the Slack adapter needs from the environment, validated. */
export interface SlackEnv {
  botToken: string;
  /** Socket Mode when set; the HTTP receiver otherwise. */
  appToken?: string;
  signingSecret?: string;
  /** Web API base (default https://slack.com/api/), for tests and proxies. */
  apiUrl?: string;
  /** HTTP mode: where Slack's requests and /healthz arrive (default 3000). Socket Mode: /healthz only, and only when set. */
  port?: number;
  /** Interface to listen on (default: all). */
  host?: string;
  /** Caps and timeouts of the HTTP server (HTTP_* variables; defaults in http-front.ts). */
  http?: HttpLimits;
}

/** The port the HTTP receiver takes when PORT is not set, as in Bolt's own default. */
export const DEFAULT_PORT = 3000;

/**
 * Reads and validates the Slack variables. Throws BotError("CONFIG_INVALID") naming every bad
 * variable; messages never repeat a value, so a token cannot leak into logs.
 */
export function parseSlackEnv(env: NodeJS.ProcessEnv): SlackEnv {
  const parsed = SlackEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => i.message);
    throw new BotError("CONFIG_INVALID", `Slack configuration: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  return {
    botToken: e.SLACK_BOT_TOKEN,
    ...(e.SLACK_APP_TOKEN === undefined ? {} : { appToken: e.SLACK_APP_TOKEN }),
    ...(e.SLACK_SIGNING_SECRET === undefined ? {} : { signingSecret: e.SLACK_SIGNING_SECRET }),
    ...(e.SLACK_API_URL === undefined ? {} : { apiUrl: e.SLACK_API_URL }),
    ...(e.PORT === undefined ? {} : { port: e.PORT }),
    ...(e.SLACK_HOST === undefined ? {} : { host: e.SLACK_HOST }),
    http: {
      maxConnections: e.HTTP_MAX_CONNECTIONS ?? DEFAULT_HTTP_LIMITS.maxConnections,
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS ?? DEFAULT_HTTP_LIMITS.headersTimeoutMs,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS ?? DEFAULT_HTTP_LIMITS.requestTimeoutMs,
      idleTimeoutMs: e.HTTP_IDLE_TIMEOUT_MS ?? DEFAULT_HTTP_LIMITS.idleTimeoutMs,
      bodyLimitBytes: e.HTTP_BODY_LIMIT_BYTES ?? DEFAULT_HTTP_LIMITS.bodyLimitBytes,
    },
  };
}
