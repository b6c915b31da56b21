import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/**
 * One call the bot made: a Web API method (`chat.postMessage`), a response_url post, or a file's
 * bytes sent to the upload URL that files.getUploadURLExternal handed out.
 */
export interface Captured {
  kind: "api" | "response" | "upload";
  /** API method, the response_url's id, or the uploaded file's id. */
  name: string;
  body: Record<string, unknown>;
  /** The request body as sent (uploads). */
  raw?: Buffer;
}

// A response_url refuses bad blocks with HTTP 400 and a bare error word, not a JSON envelope.
const REFUSED_RESPONSE = Symbol("refused");

/** A failure the fake serves instead of an answer: an outage (5xx) or a rate limit (429). */
export interface Fault {
  /** Matches the request path (/api/chat.postMessage, /response/…). */
  path: RegExp;
  status: number;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  /** Only requests whose body passes this (e.g. one channel). */
  when?: (body: Record<string, unknown>) => boolean;
  /** How many more requests get it. */
  remaining: number;
}

class Faulted {
  constructor(readonly fault: Fault) {}
}

const BOT = { user_id: "UBOT", bot_id: "BBOT", team_id: "T1", user: "model-bot" };

const JSON_FIELDS = new Set(["blocks", "attachments", "files"]);

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function parseBody(req: IncomingMessage, bytes: Buffer): Record<string, unknown> {
  const raw = bytes.toString("utf8");
  if ((req.headers["content-type"] ?? "").includes("application/json"))
    return JSON.parse(raw || "{}");
  // The Web API client sends forms whose object fields (blocks, files) are JSON strings.
  const body: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    body[k] = JSON_FIELDS.has(k) ? JSON.parse(v) : v;
  }
  return body;
}

/**
 * A small stand-in for Slack on loopback: the Web API under /api/ (auth.test,
 * apps.connections.open, chat.*, conversations.open, and the files.getUploadURLExternal →
 * upload → files.completeUploadExternal steps of files.uploadV2, with uploads received under
 * /upload/{file id}), response_urls under /response/{id}, and a Socket Mode
 * WebSocket under /socket that greets with `hello` and records the acks it receives.
 */
export class FakeSlack {
  readonly calls: Captured[] = [];
  readonly acks: Record<string, unknown>[] = [];
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private socket: WebSocket | undefined;
  private waiters: (() => void)[] = [];
  url = "";
  /** Web API methods to refuse, with the error Slack would give (e.g. auth.test → invalid_auth). */
  readonly refusals = new Map<string, string>();
  /** Refuse every message that carries blocks, as Slack does with a layout it cannot take. */
  refuseBlocks = false;
  /** Failures to serve, first match first; see fail(). */
  readonly faults: Fault[] = [];
  /** Requests answered with a fault, by path. */
  readonly faulted: string[] = [];
  private fileCount = 0;

  constructor() {
    this.server = createServer((req, res) => {
      void this.route(req).then(
        (reply) => {
          if (reply instanceof Faulted) {
            const { status, retryAfter } = reply.fault;
            const headers = retryAfter === undefined ? {} : { "retry-after": String(retryAfter) };
            res.writeHead(status, { "content-type": "application/json", ...headers });
            res.end(JSON.stringify({ ok: false, error: status === 429 ? "ratelimited" : "fatal" }));
            return;
          }
          const refused = reply === REFUSED_RESPONSE;
          res.writeHead(refused ? 400 : 200, { "content-type": "application/json" });
          res.end(refused ? "invalid_blocks" : JSON.stringify(reply));
        },
        () => res.writeHead(500).end(),
      );
    });
    this.wss = new WebSocketServer({ server: this.server, path: "/socket" });
    this.wss.on("connection", (ws) => {
      this.socket = ws;
      ws.on("message", (data) => {
        this.acks.push(JSON.parse(String(data)));
        this.notify();
      });
      ws.send(JSON.stringify({ type: "hello", num_connections: 1 }));
      this.notify();
    });
  }

  async start(): Promise<this> {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  private async route(req: IncomingMessage): Promise<unknown> {
    const path = new URL(req.url ?? "/", this.url).pathname;
    const raw = await readRaw(req);
    if (path.startsWith("/upload/")) {
      this.record({ kind: "upload", name: path.slice("/upload/".length), body: {}, raw });
      return { ok: true };
    }
    const body = parseBody(req, raw);
    const fault = this.faults.find(
      (f) => f.remaining > 0 && f.path.test(path) && (f.when?.(body) ?? true),
    );
    if (fault) {
      fault.remaining--;
      this.faulted.push(path);
      this.notify();
      return new Faulted(fault);
    }
    const hasBlocks = Array.isArray(body.blocks) && body.blocks.length > 0;
    if (path.startsWith("/response/")) {
      if (this.refuseBlocks && hasBlocks) return REFUSED_RESPONSE;
      this.record({ kind: "response", name: path.slice("/response/".length), body });
      return { ok: true };
    }
    const method = path.replace(/^\/api\//, "");
    const refusal = this.refusals.get(method);
    if (refusal !== undefined) return { ok: false, error: refusal };
    if (method === "auth.test") return { ok: true, ...BOT };
    if (method === "apps.connections.open") {
      return { ok: true, url: `${this.url.replace(/^http/, "ws")}/socket` };
    }
    if (this.refuseBlocks && hasBlocks) return { ok: false, error: "invalid_blocks" };
    this.record({ kind: "api", name: method, body });
    if (method === "files.getUploadURLExternal") {
      const id = `F${String(++this.fileCount).padStart(4, "0")}`;
      return { ok: true, upload_url: `${this.url}/upload/${id}`, file_id: id };
    }
    if (method === "files.completeUploadExternal") {
      return { ok: true, files: body.files };
    }
    if (method === "conversations.open") {
      return { ok: true, channel: { id: `D${String(body.users ?? "")}` } };
    }
    return {
      ok: true,
      channel: body.channel,
      ts: "1700000000.000200",
      message_ts: "1700000000.000200",
    };
  }

  /** Serves `status` to the next `times` requests matching `path` (and `when`). */
  fail(path: RegExp, status: number, times = 1, extra: Partial<Omit<Fault, "path">> = {}): void {
    this.faults.push({ path, status, remaining: times, ...extra });
  }

  private record(call: Captured): void {
    this.calls.push(call);
    this.notify();
  }

  private notify(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  /** Resolves once `check` finds something; the test's own timeout bounds the wait. */
  async waitFor<T>(check: () => T | undefined): Promise<T> {
    for (;;) {
      const found = check();
      if (found !== undefined) return found;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** The first captured call matching, waiting for it if needed. */
  nextCall(match: (c: Captured) => boolean): Promise<Captured> {
    return this.waitFor(() => this.calls.find(match));
  }

  /** Sends a Socket Mode envelope once the app has connected; resolves with its ack. */
  async sendEnvelope(envelope: { envelope_id: string } & Record<string, unknown>) {
    const socket = await this.waitFor(() => this.socket);
    socket.send(JSON.stringify(envelope));
    return this.waitFor(() => this.acks.find((a) => a.envelope_id === envelope.envelope_id));
  }

  async close(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
