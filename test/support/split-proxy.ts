import { once } from "node:events";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { connect, createServer, type Server } from "node:net";

/**
 * A TCP proxy on loopback that sends each new connection to the next of several ports in turn,
 * as a load balancer in front of replicas would. `served` counts connections per port.
 */
export async function startSplitProxy(ports: number[]) {
  let next = 0;
  const served = new Map<number, number>();
  const server: Server = createServer((client) => {
    const port = ports[next++ % ports.length] as number;
    served.set(port, (served.get(port) ?? 0) + 1);
    const upstream = connect(port, "127.0.0.1");
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end);
    upstream.on("error", end);
    client.on("close", end);
    upstream.on("close", end);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    port: (server.address() as AddressInfo).port,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One POST on a connection of its own (no keep-alive), so the proxy picks the next replica. */
export function postOnce(
  port: number,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, method: "POST", agent: false, headers },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
