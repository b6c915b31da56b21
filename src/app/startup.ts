import { BotError } from "../core/errors.ts";

/** How long a platform may take to connect at start-up before the bot gives up (STARTUP_TIMEOUT_MS). */
export const DEFAULT_STARTUP_TIMEOUT_MS = 30_000;

/**
 * Runs a platform's start-up within `timeoutMs`. Past it, `onTimeout` cleans up and the start
 * fails with one line naming the platform and the last cause seen, so a bot that cannot reach
 * Slack or Discord exits at once instead of sitting there for half an hour.
 */
export async function withinStartup<T>(
  platform: string,
  timeoutMs: number,
  work: Promise<T>,
  lastCause: () => string | undefined,
  onTimeout: () => Promise<void> | void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const cause = lastCause();
      reject(
        new BotError(
          "PLATFORM_UNAVAILABLE",
          `${platform}: not connected within ${Math.round(timeoutMs / 1000)} s${cause ? ` (${cause})` : ""}`,
        ),
      );
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (e) {
    if (e instanceof BotError && e.code === "PLATFORM_UNAVAILABLE") await onTimeout();
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** A short, secret-free description of a connection failure: "HTTP 500", "ECONNREFUSED". */
export function describeFailure(error: unknown): string {
  const e = error as {
    code?: string;
    statusCode?: number;
    status?: number;
    message?: string;
    cause?: { code?: string };
    original?: { code?: string; message?: string; cause?: { code?: string } };
  };
  const status = e.statusCode ?? e.status;
  if (typeof status === "number") return `HTTP ${status}`;
  const code = e.cause?.code ?? e.original?.code ?? e.original?.cause?.code;
  if (code) return code;
  if (e.code && !e.code.startsWith("slack_")) return e.code;
  return (e.original?.message ?? e.message ?? String(error)).split("\n")[0]?.slice(0, 200) ?? "";
}
