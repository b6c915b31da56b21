import { once } from "node:events";
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { HealthReport } from "../../app/adapter.ts";
import type { ClaimStore } from "../../app/state/types.ts";
import { healthStatus } from "./health.ts";
import { readSlackBody, SIGNATURE_WINDOW_S, verifySlackSignature } from "./verify.ts";

/** Limits of the HTTP server, so stalled or slow sockets cannot starve answers. */
export interface HttpLimits {
  /** Sockets open at once; more are closed at once (HTTP_MAX_CONNECTIONS). */
  maxConnections: number;
  /** Time to receive a request's headers (HTTP_HEADERS_TIMEOUT_MS). */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included (HTTP_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** A socket with no traffic for this long is closed (HTTP_IDLE_TIMEOUT_MS). */
  idleTimeoutMs: number;
  /** Largest request body taken (HTTP_BODY_LIMIT_BYTES); Slack's are a few KB. */
  bodyLimitBytes: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxConnections: 512,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  idleTimeoutMs: 30_000,
  bodyLimitBytes: 1_048_576,
};

/**
 * How long a delivery is remembered: Slack retries an event up to three times within about
 * half an hour (X-Slack-Retry-Num), and a signature is only valid within five minutes.
 */
export const EVENT_ID_TTL_MS = 60 * 60_000;
const SIGNATURE_TTL_MS = 2 * SIGNATURE_WINDOW_S * 1000;

export interface HttpFrontOptions {
  limits: HttpLimits;
  log: Logger;
  health: () => HealthReport;
  /** Slack's own requests: signed, shaped, not seen before; then handed to Bolt. */
  slack?: {
    path: string;
    signingSecret: string;
    claims: ClaimStore;
    /** Bolt's receiver; it finds the body already read (req.rawBody) and verifies it again. */
    listener: RequestListener;
  };
  clock?: () => number;
}

export interface HttpFront {
  server: Server;
  port: number;
  close(): Promise<void>;
}

class TooLarge extends Error {}

/** 128 bits of a verified v0= signature (an HMAC-SHA256 in hex): plenty to tell requests apart. */
const signatureKey = (signature: string | undefined) => (signature ?? "").slice(3, 35);

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const header = (req: IncomingMessage, name: string) => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * The bot's HTTP server: `/healthz`, and Slack's requests checked before Bolt sees them. It
 * refuses stale and future timestamps and bad signatures (401), bodies of the wrong shape (400)
 * and oversized ones (413), and answers a delivery it has already taken (a replay, or a retry
 * that lands here after another replica took it) with an empty 200, so Slack stops retrying and
 * the question is answered once. Sockets are capped and timed out.
 */
export async function startHttpFront(
  options: HttpFrontOptions,
  port: number,
  host: string | undefined,
): Promise<HttpFront> {
  const { limits, log, slack } = options;
  const clock = options.clock ?? Date.now;
  const refuse = (res: ServerResponse, status: number, reason: string) => {
    log.warn({ status, reason }, "slack: request refused");
    if (!res.headersSent) res.writeHead(status, { connection: "close" });
    res.end();
  };

  const onSlack = async (req: IncomingMessage, res: ServerResponse) => {
    if (slack === undefined) return;
    let body: Buffer;
    try {
      body = await readBody(req, limits.bodyLimitBytes);
    } catch (e) {
      if (e instanceof TooLarge) return refuse(res, 413, "body over the size limit");
      throw e;
    }
    const signature = header(req, "x-slack-signature");
    const verdict = verifySlackSignature(
      slack.signingSecret,
      { timestamp: header(req, "x-slack-request-timestamp"), signature },
      body,
      clock(),
    );
    if (!verdict.ok) return refuse(res, verdict.status, verdict.reason);
    const shape = readSlackBody(header(req, "content-type"), body);
    if (!shape.ok) return refuse(res, 400, shape.reason);
    const retry = header(req, "x-slack-retry-num");
    // The claim is taken here, as the request arrives and before Bolt sees it, in one atomic
    // step of the state store: a copy that comes while the first is still being answered finds
    // it taken. An event (and any replay or retry of it) is known by its event id; a command or
    // an interaction, which has none, by its signature (a replay carries the very same one, and
    // a signature is only accepted within its five-minute window). Keys are kept short: at
    // thousands of questions a minute, the claims are most of what the bot remembers.
    const eventId = shape.delivery.eventId;
    const fresh =
      eventId === undefined
        ? await slack.claims.claim(`slack:sig:${signatureKey(signature)}`, SIGNATURE_TTL_MS)
        : await slack.claims.claim(`slack:event:${eventId}`, EVENT_ID_TTL_MS);
    if (!fresh) {
      log.info(
        { eventId: eventId ?? null, retry: retry ?? null },
        "slack: delivery already taken; acknowledged without answering again",
      );
      res.writeHead(200).end();
      return;
    }
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
    slack.listener(req, res);
  };

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: Math.min(5_000, limits.idleTimeoutMs),
      // How often Node checks the two timeouts above (its default is 30 s).
      connectionsCheckingInterval: Math.max(
        50,
        Math.min(1_000, limits.headersTimeoutMs / 2, limits.requestTimeoutMs / 2),
      ),
    },
    (req, res) => {
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      if (req.method === "GET" && path === "/healthz") {
        const report = options.health();
        res.writeHead(healthStatus(report), {
          "content-type": "application/json; charset=utf-8",
          "cache-control": "no-store",
        });
        res.end(JSON.stringify(report));
        return;
      }
      if (slack !== undefined && req.method === "POST" && path === slack.path) {
        onSlack(req, res).catch((err: unknown) => {
          log.error({ err }, "slack: request failed");
          if (!res.headersSent) res.writeHead(500);
          res.end();
        });
        return;
      }
      res.writeHead(404).end();
    },
  );
  server.maxConnections = limits.maxConnections;
  // A socket that sends nothing (not even headers) is closed after this long.
  server.setTimeout(limits.idleTimeoutMs, (socket) => socket.destroy());
  server.listen({ port, ...(host === undefined ? {} : { host }) });
  await Promise.race([
    once(server, "listening"),
    once(server, "error").then(([e]) => Promise.reject(e)),
  ]);
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
