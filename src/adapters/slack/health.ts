import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { HealthReport } from "../../app/adapter.ts";

/** Writes the health report as JSON: 200 when healthy, 503 otherwise, never cached. */
export function writeHealth(res: ServerResponse, health: () => HealthReport): void {
  const report = health();
  res.writeHead(healthStatus(report), {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  res.end(JSON.stringify(report));
}

/** 200 when ready and healthy, else 503 (a load balancer then sends traffic elsewhere). */
export function healthStatus(report: HealthReport): number {
  return report.ok ? 200 : 503;
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * A tiny server for `GET /healthz` alone, for Socket Mode: it needs no public HTTP endpoint, but a
 * container's liveness probe still wants one.
 */
export function startHealthServer(
  health: () => HealthReport,
  port: number,
  host: string | undefined,
): Promise<HealthServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && path === "/healthz") return writeHealth(res, health);
    res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port, ...(host === undefined ? {} : { host }) }, () => {
      const close = () => new Promise<void>((done) => server.close(() => done()));
      resolve({ port: (server.address() as AddressInfo).port, close });
    });
  });
}
