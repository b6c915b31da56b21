import { EventEmitter, once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { BOT_USER, createMessage, DM_CHANNEL_ID, GUILD, USER } from "./discord-payloads.ts";

/** One REST call the client made, with its JSON body (a multipart's payload_json) and files. */
export interface CapturedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** What the fake answered (a posted message carries its new id here). */
  response?: unknown;
  /** Files of a multipart request (attachments), by form field. */
  files: { field: string; filename: string; data: Buffer }[];
}

/** Splits a multipart/form-data body into its JSON payload and its files. */
function parseMultipart(
  raw: Buffer,
  boundary: string,
): { body: unknown; files: CapturedRequest["files"] } {
  const files: CapturedRequest["files"] = [];
  let body: unknown;
  const delimiter = Buffer.from(`--${boundary}`);
  let at = raw.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length + 2;
    const next = raw.indexOf(delimiter, start);
    if (next < 0) break;
    const part = raw.subarray(start, next - 2);
    const split = part.indexOf("\r\n\r\n");
    const head = part.subarray(0, split).toString("utf8");
    const data = part.subarray(split + 4);
    const field = /name="([^"]*)"/.exec(head)?.[1] ?? "";
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (filename !== undefined) files.push({ field, filename, data });
    else if (field === "payload_json") body = JSON.parse(data.toString("utf8"));
    at = next;
  }
  return { body, files };
}

/**
 * A small Discord on loopback: REST under `${apiUrl}/v10` and a gateway WebSocket, enough for a
 * real discord.js Client to log in, receive dispatches and answer them. Every REST call is kept
 * in `requests` for assertions.
 */
export class FakeDiscord {
  readonly requests: CapturedRequest[] = [];
  readonly #events = new EventEmitter();
  readonly #sockets = new Set<WebSocket>();
  readonly #server = createServer((req, res) => void this.#serve(req, res));
  readonly #gateway = new WebSocketServer({ server: this.#server });
  #seq = 0;
  /** The bot token REST calls must carry; others get 401 as from Discord. */
  validToken = "MTIz.fake-token-for-tests.abcdefghijklmnop";
  /** What `GET /gateway/bot` recommends. */
  recommendedShards = 1;
  /** When set, every REST call gets this status (an outage: 500, 502, ...). */
  restStatus: number | undefined;
  /** When set, `GET /gateway/bot` sends the client here (e.g. a closed port). */
  gatewayUrl: string | undefined;
  /** Paths (after /api/v10) answered with a status instead, e.g. a failing interaction callback. */
  readonly failPaths: Array<{ path: RegExp; status: number }> = [];
  /**
   * Rate limits to serve: the next `remaining` requests matching `path` (after /api/v10) get 429
   * with Retry-After `retryAfterS` seconds, as Discord sends for one route's bucket.
   */
  readonly rateLimits: Array<{ path: RegExp; retryAfterS: number; remaining: number }> = [];
  /** The asker has closed their DMs: opening one is refused (Discord's 50007). */
  dmsClosed = false;
  /** How long the gateway waits after IDENTIFY before READY. */
  readyDelayMs = 0;
  /** IDENTIFY payloads received, one per shard session. */
  readonly identifies: { shard?: [number, number] }[] = [];

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    fake.#server.listen(0, "127.0.0.1");
    await once(fake.#server, "listening");
    fake.#gateway.on("connection", (ws) => fake.#greet(ws));
    return fake;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Resolves with the first captured request (past or future) that matches. */
  waitFor(match: (r: CapturedRequest) => boolean): Promise<CapturedRequest> {
    const found = this.requests.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const check = (r: CapturedRequest) => {
        if (!match(r)) return;
        this.#events.off("request", check);
        resolve(r);
      };
      this.#events.on("request", check);
    });
  }

  /** Resolves once `count` sessions have identified. */
  async waitForIdentify(count = 1): Promise<void> {
    while (this.identifies.length < count) await once(this.#events, "identify");
  }

  /** Gateway sessions that identified and are still open. */
  get openSessions(): number {
    return this.#sockets.size;
  }

  /** Resolves once exactly `count` identified sessions are open. */
  async waitForSessions(count: number): Promise<void> {
    while (this.#sockets.size !== count) await once(this.#events, "sessions");
  }

  /** Sends a dispatch (op 0) to every connected, identified session. */
  dispatch(t: string, d: unknown): void {
    this.#seq++;
    for (const ws of this.#sockets) ws.send(JSON.stringify({ op: 0, t, s: this.#seq, d }));
  }

  async close(): Promise<void> {
    for (const ws of this.#sockets) ws.terminate();
    this.#gateway.close();
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  #greet(ws: WebSocket): void {
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    ws.on("message", (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: { shard?: [number, number] } };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op !== 2) return;
      this.identifies.push(msg.d);
      setTimeout(() => this.#ready(ws, msg.d), this.readyDelayMs);
    });
    ws.on("close", () => {
      this.#sockets.delete(ws);
      this.#events.emit("sessions");
    });
  }

  #ready(ws: WebSocket, d: { shard?: [number, number] }): void {
    if (ws.readyState !== ws.OPEN) return;
    this.#sockets.add(ws);
    const ready = {
      v: 10,
      user: BOT_USER,
      guilds: [],
      session_id: `session-${this.identifies.length}`,
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      application: { id: BOT_USER.id, flags: 0 },
      ...(d.shard ? { shard: d.shard } : {}),
    };
    ws.send(JSON.stringify({ op: 0, t: "READY", s: ++this.#seq, d: ready }));
    ws.send(JSON.stringify({ op: 0, t: "GUILD_CREATE", s: ++this.#seq, d: GUILD }));
    this.#events.emit("identify");
  }

  async #serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const raw = Buffer.concat(chunks);
    const boundary = /multipart\/form-data; boundary=(.+)$/.exec(
      req.headers["content-type"] ?? "",
    )?.[1];
    const text = raw.toString("utf8");
    const parsed = boundary
      ? parseMultipart(raw, boundary.replace(/^"|"$/g, ""))
      : { body: text ? JSON.parse(text) : undefined, files: [] };
    const captured: CapturedRequest = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      ...parsed,
    };
    this.requests.push(captured);
    const auth = req.headers.authorization;
    const limited = this.rateLimits.find(
      (l) => l.remaining > 0 && l.path.test(captured.path.replace(/^\/api\/v10/, "")),
    );
    if (limited) {
      limited.remaining -= 1;
      const body = { message: "You are being rate limited.", retry_after: limited.retryAfterS };
      captured.response = body;
      res
        .writeHead(429, {
          "content-type": "application/json",
          "retry-after": String(limited.retryAfterS),
          "x-ratelimit-scope": "user",
        })
        .end(JSON.stringify({ ...body, global: false }));
      this.#events.emit("request", captured);
      return;
    }
    const [status, body] =
      this.restStatus !== undefined
        ? [this.restStatus, { message: "Server error", code: 0 }]
        : auth !== undefined && auth !== `Bot ${this.validToken}`
          ? [401, { message: "401: Unauthorized", code: 0 }]
          : this.#answer(captured);
    captured.response = body;
    if (body === undefined) res.writeHead(status).end();
    else res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    this.#events.emit("request", captured);
  }

  #answer(r: CapturedRequest): [number, unknown] {
    const p = r.path.replace(/^\/api\/v10/, "");
    if (p === "/gateway/bot") {
      const session_start_limit = {
        total: 1000,
        remaining: 1000,
        reset_after: 0,
        max_concurrency: 1,
      };
      const url = this.gatewayUrl ?? `ws://127.0.0.1:${this.port}`;
      return [200, { url, shards: this.recommendedShards, session_start_limit }];
    }
    if (p === "/gateway") return [200, { url: `ws://127.0.0.1:${this.port}` }];
    const failing = this.failPaths.find((f) => f.path.test(p));
    if (failing) return [failing.status, { message: "Failed in the fake Discord", code: 0 }];
    if (p === "/users/@me") return [200, BOT_USER];
    if (p === "/users/@me/channels" && r.method === "POST") {
      if (this.dmsClosed)
        return [403, { message: "Cannot send messages to this user", code: 50007 }];
      return [200, { id: DM_CHANNEL_ID, type: 1, recipients: [USER], last_message_id: null }];
    }
    if (/^\/interactions\/\d+\/[\w-]+\/callback$/.test(p)) return [204, undefined];
    const channel = /^\/channels\/(\d+)\/messages$/.exec(p);
    if (channel?.[1] && r.method === "POST") return [200, createMessage(channel[1], r.body)];
    const edited = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(p);
    if (edited?.[1] && edited[2] && r.method === "PATCH") {
      return [200, { ...createMessage(edited[1], r.body), id: edited[2] }];
    }
    if (/^\/webhooks\/\d+\/[\w-]+(\/messages\/@original)?$/.test(p)) {
      return [200, createMessage(GUILD.channels[0].id, r.body)];
    }
    if (/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(p) && r.method === "PUT") {
      const body = Array.isArray(r.body) ? r.body : [];
      return [200, body.map((c, i) => ({ ...c, id: `1${String(i).padStart(17, "0")}` }))];
    }
    return [404, { message: "Unknown route in the fake Discord", code: 0 }];
  }
}
