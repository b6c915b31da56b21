/**
 * Child process for the Slack bench (forked with IPC), so the load generator and the server
 * under test do not share one event loop: starts either a bare Bolt app or the project's Slack
 * adapter against the parent's stand-in for slack.com, sends { port }, and exits on "stop".
 *   node --import tsx bench/slack-server.ts <bare|bot> <dataDir> <fake Slack URL>
 */
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver } from "@slack/bolt";
import { startSlack } from "../src/adapters/slack/start.ts";
import { loadCatalog } from "../src/core/catalog/load.ts";
import { createBenchDeps } from "./bench-deps.ts";
import { SLACK_SECRET } from "./slack-request.ts";

const TOKEN = "xoxb-bench-0000-token";

/** A bare Bolt app on the same receiver: acknowledges every /model with a constant. */
async function startBare(apiUrl: string) {
  const receiver = new HTTPReceiver({ signingSecret: SLACK_SECRET });
  const app = new App({ token: TOKEN, receiver, clientOptions: { slackApiUrl: `${apiUrl}/api/` } });
  app.command("/model", async ({ ack }) => {
    await ack("constant answer");
  });
  const server = await receiver.start({ port: 0, host: "127.0.0.1" });
  return (server.address() as AddressInfo).port;
}

/** The project's Slack adapter over the real engine and catalog. */
async function startBot(apiUrl: string, dataDir: string) {
  const adapter = await startSlack(createBenchDeps(loadCatalog(dataDir)), {
    botToken: TOKEN,
    signingSecret: SLACK_SECRET,
    apiUrl: `${apiUrl}/api/`,
    port: 0,
    host: "127.0.0.1",
  });
  return adapter.port ?? 0;
}

async function main(mode: string, dataDir: string, apiUrl: string): Promise<void> {
  const port = mode === "bot" ? await startBot(apiUrl, dataDir) : await startBare(apiUrl);
  process.on("message", (msg) => {
    if (msg === "stop") process.exit(0);
  });
  process.send?.({ port });
}

const [mode = "bare", dataDir = "data", apiUrl = "http://127.0.0.1:9"] = process.argv.slice(2);
main(mode, dataDir, apiUrl).catch((e: unknown) => {
  process.stderr.write(`slack-server: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
