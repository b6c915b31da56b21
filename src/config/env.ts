import { z } from "zod";
import { BotError } from "../core/errors.ts";
import { DataRefresh } from "./duration.ts";

// An empty line in .env ("DATA_WATCH=") means "not set", so the default applies.
const unset = (v: unknown) => (v === "" ? undefined : v);

const flag = (name: string) =>
  z.preprocess(
    unset,
    z
      .enum(["0", "1", "true", "false", "yes", "no", "on", "off"], {
        error: `${name} must be 1 or 0 (or true/false)`,
      })
      .default("0")
      .transform((v) => ["1", "true", "yes", "on"].includes(v)),
  );

const count = (name: string, fallback: number, max: number) =>
  z.preprocess(
    unset,
    z.coerce
      .number({ error: `${name} must be a number` })
      .int(`${name} must be a whole number`)
      .min(0, `${name} must be 0 or more`)
      .max(max, `${name} must be at most ${max}`)
      .default(fallback),
  );

const AppEnvSchema = z.object({
  DATA_DIR: z.preprocess(unset, z.string().default("./data")),
  DATA_WATCH: flag("DATA_WATCH"),
  LOG_LEVEL: z.preprocess(
    unset,
    z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
      })
      .optional(),
  ),
  // Defaults allow a lively conversation but not a script: a user gets a burst of 5 questions,
  // then one every 3 s; a channel, shared by many people, gets four times that.
  RATE_USER_BURST: count("RATE_USER_BURST", 5, 10_000),
  RATE_USER_PER_MINUTE: count("RATE_USER_PER_MINUTE", 20, 600_000),
  RATE_CHANNEL_BURST: count("RATE_CHANNEL_BURST", 20, 10_000),
  RATE_CHANNEL_PER_MINUTE: count("RATE_CHANNEL_PER_MINUTE", 80, 600_000),
  SHUTDOWN_GRACE_MS: count("SHUTDOWN_GRACE_MS", 5_000, 60_000),
  // A data file past this size is refused unread; a reload that loses more than this share of
  // the models is refused as suspicious (an importer that broke, a half-written directory).
  DATA_MAX_FILE_BYTES: count("DATA_MAX_FILE_BYTES", 64 * 1_048_576, 2 ** 31),
  DATA_MAX_DROP: z.preprocess(
    unset,
    z.coerce
      .number({ error: "DATA_MAX_DROP must be a number between 0 and 1" })
      .min(0, "DATA_MAX_DROP must be between 0 and 1")
      .max(1, "DATA_MAX_DROP must be between 0 and 1")
      .default(0.25),
  ),
  // How long each chat platform may take to connect at start-up, and how long a reply may keep
  // retrying a platform's transient failures (5xx, 429, the network) before it is given up.
  STARTUP_TIMEOUT_MS: count("STARTUP_TIMEOUT_MS", 30_000, 600_000),
  SEND_DEADLINE_MS: count("SEND_DEADLINE_MS", 60_000, 15 * 60_000),
  DATA_REFRESH: DataRefresh,
  // State that outlives a restart (the embedded database); never inside DATA_DIR, which a data
  // update replaces whole.
  STATE_DIR: z.preprocess(unset, z.string().default("./state")),
  DATABASE_URL: z.preprocess(
    unset,
    z
      .string()
      .trim()
      .refine(isPostgresUrl, "DATABASE_URL must be a postgres:// or postgresql:// URL")
      .optional(),
  ),
});

function isPostgresUrl(value: string): boolean {
  try {
    return ["postgres:", "postgresql:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** One token bucket: `burst` questions at once, refilled at `perMinute`. 0 in either turns it off. */
export interface BucketLimit {
  burst: number;
  perMinute: number;
}

/** The process-wide settings, validated once at start-up. Platform tokens live in each adapter's env. */
export interface AppConfig {
  dataDir: string;
  /** Reload the catalog when a file under dataDir changes (SIGHUP always reloads). */
  dataWatch: boolean;
  /** Absent: "info" for chat platforms, "warn" for the console chat (logs would drown it). */
  logLevel?: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  rateLimits: { user: BucketLimit; channel: BucketLimit };
  /** How long shutdown waits for answers in flight before closing the adapters anyway. */
  shutdownGraceMs: number;
  /** Data files over this size are refused unread; reloads losing more than maxDrop are refused. */
  dataLimits: { maxFileBytes: number; maxDrop: number };
  /** How long each platform may take to connect at start-up before the bot exits. */
  startupTimeoutMs: number;
  /** How long sending one reply retries transient failures. */
  sendDeadlineMs: number;
  /** Where the embedded database (PGlite) keeps its files when DATABASE_URL is not set. */
  stateDir: string;
  /** Refresh the data from the public feeds this often (ms); absent: never (DATA_REFRESH). */
  dataRefreshMs?: number;
  /** A PostgreSQL server holding the state every replica shares. */
  databaseUrl?: string;
}

/**
 * Reads and validates the process-wide variables. Throws BotError("CONFIG_INVALID") naming every
 * bad variable; messages name variables, never their values.
 */
export function parseAppConfig(env: NodeJS.ProcessEnv): AppConfig {
  const parsed = AppEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => i.message);
    throw new BotError("CONFIG_INVALID", `configuration: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  return {
    dataDir: e.DATA_DIR,
    dataWatch: e.DATA_WATCH,
    ...(e.LOG_LEVEL === undefined ? {} : { logLevel: e.LOG_LEVEL }),
    rateLimits: {
      user: { burst: e.RATE_USER_BURST, perMinute: e.RATE_USER_PER_MINUTE },
      channel: { burst: e.RATE_CHANNEL_BURST, perMinute: e.RATE_CHANNEL_PER_MINUTE },
    },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    dataLimits: { maxFileBytes: e.DATA_MAX_FILE_BYTES, maxDrop: e.DATA_MAX_DROP },
    startupTimeoutMs: e.STARTUP_TIMEOUT_MS,
    sendDeadlineMs: e.SEND_DEADLINE_MS,
    stateDir: e.STATE_DIR,
    ...(e.DATA_REFRESH === undefined ? {} : { dataRefreshMs: e.DATA_REFRESH }),
    ...(e.DATABASE_URL === undefined ? {} : { databaseUrl: e.DATABASE_URL }),
  };
}
