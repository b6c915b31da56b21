/** What went wrong with a feed: it could not be reached, or it answered with a bad body. */
export type FeedFailure = "unreachable" | "invalid";

/**
 * A feed that failed. `unreachable` (network error, timeout, an HTTP error status after the
 * retries) lets the update fall back to the cached copy; `invalid` (a truncated, oversized or
 * malformed body) fails the update: a source that answers with garbage is not papered over.
 */
export class FeedError extends Error {
  constructor(
    readonly failure: FeedFailure,
    message: string,
  ) {
    super(message);
    this.name = "FeedError";
  }
}

export interface HttpOptions {
  /** One attempt's deadline, body included. */
  timeoutMs: number;
  /** Attempts after the first, for network errors, timeouts, 429 and 5xx. */
  retries: number;
  /** The first retry waits this long; each further one twice as long (plus jitter). */
  backoffMs: number;
  /** A body longer than this is refused (checked as it streams, not after). */
  maxBytes: number;
}

/** Validators of the copy we hold, sent so an unchanged feed costs a 304 and no body. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { kind: "fresh"; bytes: Buffer; validators: Validators; attempts: number }
  | { kind: "not-modified"; attempts: number };

const RETRY_STATUS = (status: number) => status === 429 || status >= 500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A conditional GET with a timeout, bounded retries with exponential backoff and a size cap.
 * Node's own fetch (undici) does the HTTP; this adds the policy around it.
 */
export async function fetchFeed(
  url: string,
  held: Validators | undefined,
  options: HttpOptions,
): Promise<FetchOutcome> {
  let lastError = "no attempt made";
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0) {
      const wait = options.backoffMs * 2 ** (attempt - 1);
      await sleep(wait + Math.floor(Math.random() * (wait / 4 + 1)));
    }
    const result = await attemptOnce(url, held, options);
    if (result.kind === "done") {
      return result.outcome.kind === "fresh"
        ? { ...result.outcome, attempts: attempt + 1 }
        : { kind: "not-modified", attempts: attempt + 1 };
    }
    lastError = result.error;
    if (!result.retry) break;
  }
  throw new FeedError("unreachable", lastError);
}

type Attempt =
  | {
      kind: "done";
      outcome: { kind: "fresh"; bytes: Buffer; validators: Validators } | { kind: "not-modified" };
    }
  | { kind: "failed"; error: string; retry: boolean };

async function attemptOnce(
  url: string,
  held: Validators | undefined,
  options: HttpOptions,
): Promise<Attempt> {
  const headers: Record<string, string> = { "user-agent": "model-bot data:update" };
  if (held?.etag) headers["if-none-match"] = held.etag;
  if (held?.lastModified) headers["if-modified-since"] = held.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: controller.signal, redirect: "follow" });
  } catch (e) {
    clearTimeout(timer);
    const timedOut = controller.signal.aborted;
    return {
      kind: "failed",
      error: timedOut ? `no answer within ${options.timeoutMs} ms` : describe(e),
      retry: true,
    };
  }
  try {
    if (response.status === 304 && held) {
      await response.body?.cancel();
      return { kind: "done", outcome: { kind: "not-modified" } };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return {
        kind: "failed",
        error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
        retry: RETRY_STATUS(response.status),
      };
    }
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body?.cancel();
      throw new FeedError(
        "invalid",
        `body of ${declared} bytes is over the ${options.maxBytes}-byte cap`,
      );
    }
    const bytes = await readCapped(response, options.maxBytes, controller);
    if (bytes === "timeout") {
      return {
        kind: "failed",
        error: `body not complete within ${options.timeoutMs} ms`,
        retry: true,
      };
    }
    if (Number.isFinite(declared) && bytes.length !== declared) {
      throw new FeedError("invalid", `truncated body: ${bytes.length} of ${declared} bytes`);
    }
    const validators: Validators = {};
    const etag = response.headers.get("etag");
    const lastModified = response.headers.get("last-modified");
    if (etag) validators.etag = etag;
    if (lastModified) validators.lastModified = lastModified;
    return { kind: "done", outcome: { kind: "fresh", bytes, validators } };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body, stopping as soon as it passes the cap. */
async function readCapped(
  response: Response,
  maxBytes: number,
  controller: AbortController,
): Promise<Buffer | "timeout"> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new FeedError("invalid", `body is over the ${maxBytes}-byte cap`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof FeedError) throw e;
    // A slow body is the network's fault (retried); one that broke off is not the feed.
    if (controller.signal.aborted) return "timeout";
    throw new FeedError("invalid", `truncated body after ${total} bytes (${describe(e)})`);
  }
  return Buffer.concat(chunks);
}

function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as Error & { cause?: unknown }).cause;
  const inner = cause instanceof Error ? cause.message : undefined;
  return inner && inner !== e.message ? `${e.message}: ${inner}` : e.message;
}
