import type { AddressInfo } from "node:net";
import { App, type Logger as BoltLogger, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { AdapterDeps, RunningAdapter } from "../../app/adapter.ts";
import { BotError } from "../../core/errors.ts";
import { createBoltLogger } from "./bolt-logger.ts";
import { registerCommand } from "./command.ts";
import { DEFAULT_PORT, type SlackEnv } from "./env.ts";
import { registerEvents } from "./events.ts";
import { type HealthServer, startHealthServer, writeHealth } from "./health.ts";
import { registerInteractions } from "./interactions.ts";

/** The running Slack adapter; `port` is where HTTP (or, in Socket Mode, /healthz) listens. */
export interface SlackAdapter extends RunningAdapter {
  mode: "http" | "socket";
  port?: number;
}

// Slack's answers to a bad or revoked token: configuration problems, not outages.
const AUTH_ERRORS = [
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
];

/** A port someone else holds is a configuration problem: say which variable to change. */
function explainListenError(error: unknown, port: number): unknown {
  const code = (error as { code?: string }).code;
  if (code === "EADDRINUSE" || code === "EACCES") {
    return new BotError(
      "CONFIG_INVALID",
      `PORT ${port} cannot be used (${code}); set PORT to a free port`,
    );
  }
  return error;
}

/** Turns Slack refusing a token at start-up into a configuration error naming the variable. */
function explainStartError(error: unknown, variable: string): unknown {
  const code = (error as { data?: { error?: string } }).data?.error;
  if (code !== undefined && AUTH_ERRORS.includes(code)) {
    return new BotError("CONFIG_INVALID", `Slack refused ${variable} (${code})`);
  }
  return error;
}

function createReceiver(deps: AdapterDeps, env: SlackEnv, logger: BoltLogger) {
  const clientOptions = env.apiUrl === undefined ? {} : { slackApiUrl: env.apiUrl };
  if (env.appToken !== undefined) {
    // The socket client reads its Web API options from installerOptions, not from App.
    return new SocketModeReceiver({
      appToken: env.appToken,
      logger,
      installerOptions: { clientOptions },
    });
  }
  // processBeforeResponse stays off: ack() answers Slack at once and the answer follows through
  // response_url or the Web API (turning it on is for serverless hosts that stop after a reply).
  return new HTTPReceiver({
    signingSecret: env.signingSecret ?? "",
    logger,
    customRoutes: [
      { path: "/healthz", method: ["GET"], handler: (_req, res) => writeHealth(res, deps.health) },
    ],
  });
}

/** Socket Mode: the health port first (a taken port fails before connecting), then the socket. */
async function startSocketMode(
  deps: AdapterDeps,
  env: SlackEnv,
  receiver: SocketModeReceiver,
): Promise<SlackAdapter> {
  const health: HealthServer | undefined =
    env.port === undefined
      ? undefined
      : await startHealthServer(deps.health, env.port, env.host).catch((e: unknown) => {
          throw explainListenError(e, env.port ?? 0);
        });
  try {
    await receiver.start();
  } catch (e) {
    await health?.close();
    throw explainStartError(e, "SLACK_APP_TOKEN");
  }
  deps.log.info({ mode: "socket" }, "slack: connected (Socket Mode)");
  return {
    name: "slack",
    mode: "socket",
    ...(health === undefined ? {} : { port: health.port }),
    stop: async () => {
      // Bolt's stop() does not wait for the socket to close; the client's disconnect() does.
      await receiver.client.disconnect();
      await health?.close();
    },
  };
}

/**
 * Starts the Slack app: Socket Mode when SLACK_APP_TOKEN is set, else the HTTP receiver (signed
 * requests only) on PORT. The bot token is checked with auth.test before any event is taken.
 */
export async function startSlack(deps: AdapterDeps, env: SlackEnv): Promise<SlackAdapter> {
  const logger = createBoltLogger(deps.log);
  const receiver = createReceiver(deps, env, logger);
  const app = new App({
    token: env.botToken,
    receiver,
    logger,
    deferInitialization: true,
    ...(env.apiUrl === undefined ? {} : { clientOptions: { slackApiUrl: env.apiUrl } }),
  });
  app.error(async (error) => {
    deps.log.error({ err: error }, "slack: a listener failed");
  });
  registerCommand(app, deps);
  registerEvents(app, deps);
  registerInteractions(app, deps);
  await app.init().catch((e: unknown) => {
    throw explainStartError(e, "SLACK_BOT_TOKEN");
  });
  const host = env.host === undefined ? {} : { host: env.host };
  if (receiver instanceof SocketModeReceiver) return startSocketMode(deps, env, receiver);
  const wanted = env.port ?? DEFAULT_PORT;
  const server = await receiver.start({ port: wanted, ...host }).catch((e: unknown) => {
    throw explainListenError(e, wanted);
  });
  const port = (server.address() as AddressInfo).port;
  deps.log.info({ mode: "http", port }, "slack: listening (HTTP)");
  return {
    name: "slack",
    mode: "http",
    port,
    stop: async () => {
      await app.stop();
    },
  };
}
