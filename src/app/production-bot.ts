import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Logger } from "pino";
import type { Catalog } from "../core/catalog/catalog.ts";
import type { Engine } from "../core/engine/engine.ts";
import type { HealthReport } from "./adapter.ts";
import type { Bot, BotReply, BotRequest, Platform } from "./bot.ts";
import { HealthMonitor } from "./health.ts";
import { Inflight } from "./inflight.ts";
import { closingReply, errorReply, rateLimitedReply } from "./replies.ts";
import type { Limiter } from "./state/types.ts";
import type { Clock } from "./token-bucket.ts";

/** Where the bot gets the engine in service; a reload swaps what it returns. */
export interface EngineSource {
  engine(): Engine;
  version(): Catalog["version"];
}

export interface ProductionBotOptions {
  source: EngineSource;
  /** Rate limits: in this process, or in the database every replica shares. */
  limiter: Limiter;
  log: Logger;
  /** Commands handled before the engine ("watch …"); undefined from it means a question. */
  commands?: (request: BotRequest) => Promise<BotReply | undefined>;
  /** Wall clock in ms, for uptime; Date.now when absent. */
  clock?: Clock;
  /** Platforms' connections and replies' fate; a bot with no platforms is always ready. */
  monitor?: HealthMonitor;
}

// The terminal has one user, the operator; limiting them would only get in their way.
const UNLIMITED: ReadonlySet<Platform> = new Set(["console", "cli"]);

const NO_PLATFORMS = new HealthMonitor();

const newId = (bytes: number) => randomBytes(bytes).toString("hex");

/**
 * The Bot every adapter talks to in production: rate limits, one log line per question, an
 * error boundary that turns any failure into an apology with an error id, and the count of
 * answers in flight that shutdown waits for.
 */
export class ProductionBot implements Bot {
  private readonly inflight = new Inflight();
  private readonly clock: Clock;
  private readonly startedAt: number;
  private closing = false;

  constructor(private readonly options: ProductionBotOptions) {
    this.clock = options.clock ?? Date.now;
    this.startedAt = this.clock();
  }

  engine(): Engine {
    return this.options.source.engine();
  }

  handle(request: BotRequest): Promise<BotReply> {
    const requestId = newId(6);
    // One boundary around everything, limits and logging included: handle never rejects.
    return this.inflight.run(async () => {
      try {
        return await this.reply(request, requestId);
      } catch (err) {
        const errorId = newId(4);
        const where = { requestId, errorId, platform: request.platform };
        this.options.log.error({ ...where, err }, "question failed");
        return errorReply(errorId);
      }
    });
  }

  /** Work the adapter does after `handle` (sending the reply); shutdown waits for it too. */
  track<T>(work: Promise<T>): Promise<T> {
    return this.inflight.run(() => work);
  }

  health(): HealthReport {
    const state = (this.options.monitor ?? NO_PLATFORMS).state();
    return {
      ok: state.ready && state.healthy && !this.closing,
      ...state,
      ready: state.ready && !this.closing,
      data: this.options.source.version(),
      uptimeSeconds: Math.floor((this.clock() - this.startedAt) / 1000),
    };
  }

  /** Stops taking questions (each gets a polite "restarting" reply) and waits for those in flight. */
  async close(graceMs: number): Promise<boolean> {
    this.closing = true;
    return this.inflight.drain(graceMs);
  }

  get inFlight(): number {
    return this.inflight.count;
  }

  private async reply(request: BotRequest, requestId: string): Promise<BotReply> {
    const { log, limiter } = this.options;
    const who = { requestId, platform: request.platform, channel: request.channel };
    if (this.closing) {
      log.info(who, "question refused: shutting down");
      return closingReply(requestId);
    }
    if (!UNLIMITED.has(request.platform)) {
      const verdict = await limiter.take(
        `${request.platform}:${request.user}`,
        `${request.platform}:${request.channel}`,
      );
      if (!verdict.allowed) {
        log.info({ ...who, user: request.user, scope: verdict.scope }, "question rate limited");
        return rateLimitedReply(verdict.scope, verdict.retryAfterMs);
      }
    }
    const command = await this.options.commands?.(request);
    if (command) {
      log.info({ ...who, user: request.user, chars: request.text.length }, "command");
      return command;
    }
    // Captured once: a reload during this question does not change the engine answering it.
    const engine = this.engine();
    const started = performance.now();
    const today = new Date(this.clock()).toISOString().slice(0, 10);
    const turn =
      request.conversation === undefined
        ? undefined
        : engine.ask(request.text, { today, conversation: request.conversation });
    const answer = turn?.answer ?? engine.ask(request.text, { today });
    log.info(
      {
        ...who,
        user: request.user,
        chars: request.text.length,
        intent: answer.intent,
        models: answer.models,
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
        data: engine.catalog.version.hash,
      },
      "question",
    );
    return turn ? { kind: "answer", answer, context: turn.context } : { kind: "answer", answer };
  }
}
