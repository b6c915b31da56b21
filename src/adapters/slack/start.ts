import {
  App,
  type Logger as BoltLogger,
  HTTPReceiver,
  SocketModeReceiver,
  webApi,
} from "@slack/bolt";
import type { AdapterDeps, RunningAdapter } from "../../app/adapter.ts";
import { DEFAULT_RETRY, withRetry } from "../../app/retry.ts";
import { DEFAULT_STARTUP_TIMEOUT_MS, describeFailure, withinStartup } from "../../app/startup.ts";
import { createMemoryClaims } from "../../app/state/memory.ts";
import { BotError } from "../../core/errors.ts";
import { createAssistant } from "./assistant.ts";
import { createBoltLogger } from "./bolt-logger.ts";
import { registerCommand } from "./command.ts";
import { DEFAULT_PORT, type SlackEnv } from "./env.ts";
import { registerEvents } from "./events.ts";
import { type HealthServer, startHealthServer } from "./health.ts";
import { type HomeSection, registerHome } from "./home.ts";
import { DEFAULT_HTTP_LIMITS, EVENT_ID_TTL_MS, startHttpFront } from "./http-front.ts";
import { registerInteractions } from "./interactions.ts";
import { slackPoster } from "./post.ts";
import { classifySlackError } from "./transient.ts";

/** The running Slack adapter; `port` is where HTTP (or, in Socket Mode, /healthz) listens. */
export interface SlackAdapter extends RunningAdapter {
  mode: "http" | "socket";
  port?: number;
}

export interface SlackOptions {
  /** How long start-up may take before it fails (default 30 s, STARTUP_TIMEOUT_MS). */
  startupTimeoutMs?: number;
  /** Extra App Home sections (the watches of the live-data issue plug in here). */
  homeSections?: readonly HomeSection[];
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

/**
 * The Web API client's options. Its own retries are off (ten retries over about thirty minutes
 * by default, and a 429 pauses its whole queue, holding back every channel): sendMessage retries
 * each reply on its own timer within a deadline instead. Every call has a timeout.
 */
function clientOptions(env: SlackEnv) {
  return {
    ...(env.apiUrl === undefined ? {} : { slackApiUrl: env.apiUrl }),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  };
}

function createReceiver(env: SlackEnv, logger: BoltLogger) {
  if (env.appToken !== undefined) {
    // The socket client reads its Web API options from installerOptions, not from App.
    return new SocketModeReceiver({
      appToken: env.appToken,
      logger,
      installerOptions: { clientOptions: clientOptions(env) },
    });
  }
  // processBeforeResponse stays off: ack() answers Slack at once and the answer follows through
  // response_url or the Web API. The receiver is never started: startHttpFront owns the server
  // and hands Bolt the requests that pass its checks.
  return new HTTPReceiver({ signingSecret: env.signingSecret ?? "", logger });
}

/**
 * Checks the bot token with auth.test, retrying outages (5xx, network, 429) until the deadline;
 * a token Slack refuses fails at once with the variable named.
 */
async function checkToken(
  env: SlackEnv,
  logger: BoltLogger,
  note: (cause: string) => void,
  deadlineMs: number,
) {
  // The process's logger: the client's own would write to the console, outside the JSON lines.
  const client = new webApi.WebClient(env.botToken, { ...clientOptions(env), logger });
  await withRetry(
    () => client.auth.test(),
    (e) => {
      note(describeFailure(e));
      return classifySlackError(e);
    },
    { ...DEFAULT_RETRY, deadlineMs, maxDelayMs: 4_000 },
  ).catch((e: unknown) => {
    const explained = explainStartError(e, "SLACK_BOT_TOKEN");
    if (explained instanceof BotError) throw explained;
    throw new BotError("PLATFORM_UNAVAILABLE", `Slack: auth.test failed (${describeFailure(e)})`);
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
  const socket = receiver.client;
  socket.on("connected", () => deps.monitor?.connected());
  socket.on("reconnecting", () => deps.monitor?.disconnected("reconnecting"));
  socket.on("disconnected", () => deps.monitor?.disconnected("disconnected"));
  try {
    await receiver.start();
  } catch (e) {
    await health?.close();
    throw explainStartError(e, "SLACK_APP_TOKEN");
  }
  deps.monitor?.connected();
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
 * Starts the Slack app: Socket Mode when SLACK_APP_TOKEN is set, else the HTTP server (signed
 * requests only) on PORT. The bot token is checked with auth.test before any event is taken, and
 * the whole start must finish within the start-up timeout, or it fails naming Slack and the cause.
 */
export async function startSlack(
  deps: AdapterDeps,
  env: SlackEnv,
  options: SlackOptions = {},
): Promise<SlackAdapter> {
  const timeoutMs = options.startupTimeoutMs ?? deps.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS;
  let lastCause: string | undefined;
  const note = (cause: string) => {
    lastCause = cause;
  };
  let started: SlackAdapter | undefined;
  let receiver: HTTPReceiver | SocketModeReceiver | undefined;
  const work = (async () => {
    const logger = createBoltLogger(deps.log);
    await checkToken(env, logger, note, timeoutMs);
    receiver = createReceiver(env, logger);
    const app = new App({
      token: env.botToken,
      receiver,
      logger,
      deferInitialization: true,
      clientOptions: clientOptions(env),
    });
    app.error(async (error) => {
      deps.log.error({ err: error }, "slack: a listener failed");
    });
    const claims = deps.state?.claims ?? createMemoryClaims();
    if (receiver instanceof SocketModeReceiver) {
      // Socket Mode re-sends an event that was not acknowledged in time; answer it once. (In
      // HTTP mode the front does this before Bolt sees the request.)
      app.use(async ({ body, next }) => {
        const id = (body as { event_id?: unknown }).event_id;
        if (typeof id === "string" && !(await claims.claim(`slack:event:${id}`, EVENT_ID_TTL_MS))) {
          deps.log.info({ eventId: id }, "slack: event already taken; not answered again");
          return;
        }
        await next();
      });
    }
    registerCommand(app, deps);
    // Before the DM listener: the Assistant takes the messages of assistant threads for itself.
    app.assistant(createAssistant(deps));
    registerHome(app, deps, options.homeSections);
    registerEvents(app, deps);
    registerInteractions(app, deps);
    await app.init().catch((e: unknown) => {
      throw explainStartError(e, "SLACK_BOT_TOKEN");
    });
    const poster = slackPoster(app, deps);
    if (receiver instanceof SocketModeReceiver) {
      started = { ...(await startSocketMode(deps, env, receiver)), poster };
      return started;
    }
    const wanted = env.port ?? DEFAULT_PORT;
    const front = await startHttpFront(
      {
        limits: env.http ?? DEFAULT_HTTP_LIMITS,
        log: deps.log,
        health: deps.health,
        slack: {
          path: "/slack/events",
          signingSecret: env.signingSecret ?? "",
          claims,
          listener: receiver.requestListener,
        },
      },
      wanted,
      env.host,
    ).catch((e: unknown) => {
      throw explainListenError(e, wanted);
    });
    deps.monitor?.connected();
    deps.log.info({ mode: "http", port: front.port }, "slack: listening (HTTP)");
    started = { name: "slack", mode: "http", port: front.port, poster, stop: () => front.close() };
    return started;
  })();
  return withinStartup(
    "Slack",
    timeoutMs,
    work,
    () => lastCause,
    async () => {
      // Whatever did start by now is stopped, so the process can exit.
      void work.then((s) => s.stop()).catch(() => {});
      if (receiver instanceof SocketModeReceiver)
        await receiver.client.disconnect().catch(() => {});
    },
  );
}
