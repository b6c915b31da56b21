import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Catalog } from "../src/core/catalog/catalog.ts";
import { createEngine } from "../src/core/engine/create.ts";
import { FakeDiscord } from "../test/support/discord-fake.ts";
import { APP_ID } from "../test/support/discord-payloads.ts";
import type { BenchOptions } from "./options.ts";
import { realQuestions } from "./questions.ts";
import type { SoakMessage, SoakSample } from "./soak-bot.ts";
import { announceChannels, type DiscordSoakCounts, driveDiscord } from "./soak-discord.ts";
import { CHANNELS, type QuestionPool, soakUsers } from "./soak-plan.ts";
import { driveSlack, type SlackSoakCounts, SOAK_SLACK_SECRET, SoakSlack } from "./soak-slack.ts";
import { ROOT } from "./spawn.ts";

/** Questions in a full run (half to Slack, half to Discord), and with --quick. */
export const SOAK_DEFAULT_COUNT = 100_000;
export const SOAK_QUICK_COUNT = 10_000;
/** Questions in flight at once per platform. */
const CONCURRENCY = 32;

export interface SoakRun {
  /** Questions in all, half on each platform. */
  count: number;
  /** Distinct users in all (half on each platform, each asking twice). */
  users: number;
  channels: number;
  warmUp: number;
  slack: SlackSoakCounts;
  discord: DiscordSoakCounts;
  /** Memory after start, after the warm-up ("before"), after Slack, after Discord ("after"). */
  samples: SoakSample[];
  /** After minus before, in MB. */
  rssGrowthMB: number;
  heapGrowthMB: number;
  seconds: { slack: number; discord: number };
}

const MB = 1_048_576;

/** Questions whose answers carry a chart, apart from the rest. */
function questionPool(real: Catalog): QuestionPool {
  const engine = createEngine(real);
  const texts = realQuestions(real).questions.map((q) => q.q);
  const charted = texts.filter((q) => engine.ask(q).chart !== undefined);
  return { plain: texts.filter((q) => !charted.includes(q)), charted };
}

/** The bot process: the production runtime, Slack and Discord both pointed at the fakes. */
async function startBot(dataDir: string, stateDir: string, slack: SoakSlack, discord: FakeDiscord) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [
    "SLACK_APP_TOKEN",
    "DATABASE_URL",
    "DATA_REFRESH",
    "DATA_WATCH",
    "LOG_LEVEL",
    "DISCORD_GUILD_ID",
    "SHARDS",
    "SHARD_COUNT",
  ]) {
    delete env[name];
  }
  Object.assign(env, {
    DATA_DIR: dataDir,
    STATE_DIR: stateDir,
    SLACK_BOT_TOKEN: "xoxb-soak-0000-token",
    SLACK_SIGNING_SECRET: SOAK_SLACK_SECRET,
    SLACK_API_URL: `${slack.url}/api/`,
    PORT: "0",
    SLACK_HOST: "127.0.0.1",
    DISCORD_TOKEN: discord.validToken,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: discord.apiUrl,
  });
  const child = fork(join(ROOT, "bench", "soak-bot.ts"), [], {
    cwd: ROOT,
    env,
    execArgv: ["--expose-gc", "--import", "tsx"],
    // Its log lines (one per question, as in production) go nowhere; errors are kept.
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-4_000);
  });
  const messages: SoakMessage[] = [];
  const waiters: (() => void)[] = [];
  child.on("message", (m) => {
    messages.push(m as SoakMessage);
    for (const w of waiters.splice(0)) w();
  });
  const exited = once(child, "exit").then(([code]) => {
    throw new Error(`the soak bot exited (code ${code}): ${stderr.trim().slice(-1_000)}`);
  });
  exited.catch(() => undefined);
  const next = async <T>(pick: (m: SoakMessage) => T | undefined): Promise<T> => {
    for (;;) {
      for (const [i, m] of messages.entries()) {
        const found = pick(m);
        if (found !== undefined) {
          messages.splice(i, 1);
          return found;
        }
      }
      await Promise.race([new Promise<void>((r) => waiters.push(r)), exited]);
    }
  };
  const port = await next((m) => ("ready" in m ? m.port : undefined));
  return {
    port,
    measure: (label: string) => {
      child.send({ measure: label });
      return next((m) => ("sample" in m && m.sample.label === label ? m.sample : undefined));
    },
    stop: () => stopChild(child),
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const gone = once(child, "exit");
  child.send("stop");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await gone;
  clearTimeout(timer);
}

/**
 * The soak: the production bot in its own process (Slack over HTTP, Discord over the gateway,
 * both against fakes on loopback) answers `count` questions, half on each platform, from count/2
 * distinct users (each asks a question and, later, a follow-up) in CHANNELS channels; its RSS and heap (after a forced GC) are read
 * after a warm-up and again at the end. Growth past SOAK_GROWTH_LIMIT_MB (soak-report.ts) means
 * a map that grows.
 */
export async function benchSoak(
  real: Catalog,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<SoakRun> {
  const count = options.soakCount ?? (options.quick ? SOAK_QUICK_COUNT : SOAK_DEFAULT_COUNT);
  const slackCount = Math.ceil(count / 2);
  const discordCount = count - slackCount;
  const warmUp = Math.min(2_000, Math.max(100, Math.floor(slackCount / 10)));
  const pool = questionPool(real);
  const stateDir = mkdtempSync(join(tmpdir(), "model-bot-soak-"));
  const slack = await new SoakSlack().start();
  const discord = await FakeDiscord.start();
  try {
    const bot = await startBot(resolve(options.dataDir), stateDir, slack, discord);
    try {
      announceChannels(discord);
      const samples: SoakSample[] = [await bot.measure("start")];
      log(`soak: warm-up, ${warmUp} questions per platform`);
      await driveSlack(slack, bot.port, pool, {
        count: warmUp,
        concurrency: CONCURRENCY,
        run: "w",
      });
      await driveDiscord(discord, pool, { count: warmUp, concurrency: CONCURRENCY, run: 0 });
      samples.push(await bot.measure("before"));
      const progress = (platform: string, n: number) => (done: number) =>
        log(`soak: ${platform} ${done}/${n}`);
      log(`soak: Slack, ${slackCount} questions from ${soakUsers(slackCount)} users`);
      let t0 = performance.now();
      const slackCounts = await driveSlack(slack, bot.port, pool, {
        count: slackCount,
        concurrency: CONCURRENCY,
        run: "s",
        log: progress("slack", slackCount),
      });
      const slackSeconds = (performance.now() - t0) / 1000;
      samples.push(await bot.measure("after Slack"));
      log(`soak: Discord, ${discordCount} questions from ${soakUsers(discordCount)} users`);
      t0 = performance.now();
      const discordCounts = await driveDiscord(discord, pool, {
        count: discordCount,
        concurrency: CONCURRENCY,
        run: 1,
        log: progress("discord", discordCount),
      });
      const discordSeconds = (performance.now() - t0) / 1000;
      samples.push(await bot.measure("after"));
      const before = samples[1] as SoakSample;
      const after = samples[samples.length - 1] as SoakSample;
      return {
        count,
        users: soakUsers(slackCount) + soakUsers(discordCount),
        channels: CHANNELS,
        warmUp,
        slack: slackCounts,
        discord: discordCounts,
        samples,
        rssGrowthMB: (after.rss - before.rss) / MB,
        heapGrowthMB: (after.heapUsed - before.heapUsed) / MB,
        seconds: { slack: slackSeconds, discord: discordSeconds },
      };
    } finally {
      await bot.stop();
    }
  } finally {
    await discord.close();
    await slack.close();
    rmSync(stateDir, { recursive: true, force: true });
  }
}
