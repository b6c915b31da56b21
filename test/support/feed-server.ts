import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { readModelsDev } from "../../src/importer/models-dev.ts";

/** How the fake feed server answers one path. */
export interface FeedRoute {
  body: string | Buffer;
  /** Sent as ETag (and honoured in If-None-Match); the body's hash when absent. */
  etag?: string;
  lastModified?: string;
  /** Answer this status (with a short body) this many times first, then the body. */
  failFirst?: { status: number; times: number };
  /** Wait this long before answering. */
  delayMs?: number;
  /** Declare the full length but send only this many bytes, then close the socket. */
  truncateAt?: number;
}

export interface FeedServer {
  url: string;
  routes: Map<string, FeedRoute>;
  /** Requests per path, with the validators each sent. */
  requests: { path: string; ifNoneMatch?: string; status: number }[];
  close(): Promise<void>;
}

const etagOf = (body: string | Buffer) =>
  `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;

/** A feed server on loopback (port 0): the update's tests never leave this machine. */
export async function startFeedServer(routes: Record<string, FeedRoute> = {}): Promise<FeedServer> {
  const table = new Map(Object.entries(routes));
  const requests: FeedServer["requests"] = [];
  const failures = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const route = table.get(path);
    const record = (status: number) => {
      const inm = req.headers["if-none-match"];
      requests.push({ path, status, ...(typeof inm === "string" ? { ifNoneMatch: inm } : {}) });
    };
    const answer = () => {
      if (!route) {
        record(404);
        res.writeHead(404).end("not found");
        return;
      }
      const failed = failures.get(path) ?? 0;
      if (route.failFirst && failed < route.failFirst.times) {
        failures.set(path, failed + 1);
        record(route.failFirst.status);
        res.writeHead(route.failFirst.status).end("try later");
        return;
      }
      const etag = route.etag ?? etagOf(route.body);
      if (req.headers["if-none-match"] === etag) {
        record(304);
        res.writeHead(304, { etag }).end();
        return;
      }
      record(200);
      const body = Buffer.from(route.body);
      const headers: Record<string, string | number> = { etag, "content-length": body.length };
      if (route.lastModified) headers["last-modified"] = route.lastModified;
      res.writeHead(200, headers);
      if (route.truncateAt !== undefined) {
        // The headers and the first bytes go out, then the connection drops mid-body.
        res.write(body.subarray(0, route.truncateAt), () => {
          setTimeout(() => res.socket?.destroy(), 20);
        });
        return;
      }
      res.end(body);
    };
    if (route?.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes: table,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/**
 * models.dev's published catalog.json for a models.dev TOML tree: the records keyed "<lab>/<id>"
 * and each provider's listings with their base model merged underneath, as models.dev publishes it.
 */
export function catalogJsonOf(modelsDevRoot: string): {
  models: Record<string, Record<string, unknown>>;
  providers: Record<string, { name: string; models: Record<string, Record<string, unknown>> }>;
} {
  const md = readModelsDev(modelsDevRoot);
  const models: Record<string, Record<string, unknown>> = {};
  for (const c of md.canonical) models[`${c.lab}/${c.fileId}`] = c.data;
  const providers: Record<
    string,
    { name: string; models: Record<string, Record<string, unknown>> }
  > = {};
  for (const o of md.offers) {
    const p = providers[o.provider] ?? { name: o.providerName, models: {} };
    p.models[o.providerModelId] = o.data;
    providers[o.provider] = p;
  }
  return { models, providers };
}

export const IMPORTER_FIXTURES = join(import.meta.dirname, "..", "importer", "fixtures");
