import { fork } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import autocannon from "autocannon";
import type { Catalog } from "../src/core/catalog/catalog.ts";
import type { BenchOptions } from "./options.ts";
import { realQuestions } from "./questions.ts";
import type { FrontDoorRun, Results } from "./results.ts";
import { signedCommand } from "./slack-request.ts";
import { ROOT } from "./spawn.ts";

const RATE = 200;

/** autocannon at a fixed rate, every request freshly signed with the next question. */
function load(port: number, texts: string[], seconds: number, responseBase: string) {
  let n = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}/slack/events`,
    connections: 20,
    overallRate: RATE,
    duration: seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (req) => {
          n += 1;
          const signed = signedCommand(texts[n % texts.length] ?? "help", n, responseBase);
          return { ...req, body: signed.body, headers: signed.headers };
        },
      },
    ],
  });
}

/** A loopback stand-in for slack.com: auth.test at start-up, and every response_url post. */
async function startFakeSlack() {
  let posts = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (req.url?.startsWith("/respond/")) posts += 1;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({ ok: true, user_id: "UBOT", team_id: "T1", bot_id: "B1", user: "bench" }),
      );
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts: () => posts,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

interface ServerChild {
  port: number;
  stop(): Promise<void>;
}

async function startServer(
  mode: "bare" | "bot",
  dataDir: string,
  apiUrl: string,
): Promise<ServerChild> {
  const child = fork(join(ROOT, "bench", "slack-server.ts"), [mode, dataDir, apiUrl], {
    cwd: ROOT,
    execArgv: ["--import", "tsx"],
  });
  const exited = once(child, "exit").then(() => {
    throw new Error(`the ${mode} Slack server exited before it was ready`);
  });
  const [ready] = (await Promise.race([once(child, "message"), exited])) as [{ port: number }];
  exited.catch(() => undefined);
  return {
    port: ready.port,
    stop: async () => {
      const gone = once(child, "exit");
      child.send("stop");
      await gone;
    },
  };
}

/** Loads one server: a 2 s warm-up, then the measured run. */
async function measure(
  mode: "bare" | "bot",
  label: string,
  options: BenchOptions,
  texts: string[],
  seconds: number,
): Promise<FrontDoorRun> {
  const fake = await startFakeSlack();
  let r: autocannon.Result;
  let posts = 0;
  try {
    const server = await startServer(mode, options.dataDir, fake.url);
    try {
      await load(server.port, texts, 2, fake.url);
      const before = fake.posts();
      r = await load(server.port, texts, seconds, fake.url);
      // Answers go out after the ack; let the last ones land before counting.
      await new Promise((resolve) => setTimeout(resolve, 500));
      posts = fake.posts() - before;
    } finally {
      await server.stop();
    }
  } finally {
    fake.close();
  }
  return {
    label,
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    // autocannon holds the rate only while answers keep up: a lower achieved rate means queueing.
    note: `${Math.round(r.requests.total / seconds)} req/s achieved; ${posts} answers posted to response_url`,
  };
}

/**
 * The Slack front door under load: the project's Slack adapter (HTTP receiver, real engine over
 * the real catalog, answers posted to a loopback response_url) against a bare Bolt app, both at
 * 200 signed slash commands per second, each server in its own process.
 */
export async function benchSlack(
  real: Catalog,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<NonNullable<Results["slack"]>> {
  const seconds = options.quick ? 3 : 10;
  const texts = realQuestions(real).questions.map((q) => q.q);
  log(`slack: bare Bolt, ${RATE} req/s for ${seconds} s (after a 2 s warm-up)`);
  const bare = await measure("bare", "slack: bare Bolt (ack constant)", options, texts, seconds);
  log(`slack: model-bot, ${RATE} req/s for ${seconds} s (after a 2 s warm-up)`);
  const bot = await measure("bot", "slack: model-bot /model", options, texts, seconds);
  return { bare, bot, p99Ratio: bot.p99 / bare.p99, rate: RATE, seconds };
}
