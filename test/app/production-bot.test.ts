import { describe, expect, it } from "vitest";
import { ProductionBot } from "../../src/app/production-bot.ts";
import { RateLimiter } from "../../src/app/rate-limiter.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import type { Engine } from "../../src/core/engine/engine.ts";
import { captureLogger } from "./log-capture.ts";

const engine = createEngine(loadCatalog("data"));
const generous = { user: { burst: 100, perMinute: 100 }, channel: { burst: 100, perMinute: 100 } };

function makeBot(options: { engine?: Engine; limits?: typeof generous; now?: () => number } = {}) {
  const capture = captureLogger();
  const e = options.engine ?? engine;
  const clock = options.now ?? (() => 0);
  const bot = new ProductionBot({
    source: { engine: () => e, version: () => e.catalog.version },
    limiter: new RateLimiter(options.limits ?? generous, clock),
    log: capture.log,
    clock,
  });
  return { bot, ...capture };
}

const ask = (text: string, user = "U1", channel = "C1") =>
  ({ platform: "slack", user, channel, text }) as const;

describe("ProductionBot", () => {
  it("answers and logs one line per question with request id, intent, models and latency", async () => {
    const { bot, lines } = makeBot();
    const reply = await bot.handle(ask("gpt-5.1-codex-mini context"));
    expect(reply.kind).toBe("answer");
    const line = lines().find((l) => l.msg === "question");
    expect(line).toMatchObject({
      platform: "slack",
      user: "U1",
      channel: "C1",
      intent: "field",
      models: ["gpt-5.1-codex-mini"],
      data: engine.catalog.version.hash,
    });
    expect(line?.requestId).toMatch(/^[0-9a-f]{12}$/);
    expect(typeof line?.latencyMs).toBe("number");
  });

  it("turns an engine failure into an apology whose error id is in the log", async () => {
    const broken: Engine = {
      ...engine,
      ask: () => {
        throw new TypeError("cannot read properties of undefined");
      },
    };
    const { bot, lines } = makeBot({ engine: broken });
    const reply = await bot.handle(ask("anything"));
    if (reply.kind !== "error") throw new Error(`expected an error reply, got ${reply.kind}`);
    expect(reply.errorId).toMatch(/^[0-9a-f]{8}$/);
    expect(reply.message).toContain(reply.errorId);
    expect(reply.message).not.toMatch(/undefined|TypeError/);
    const logged = lines().find((l) => l.msg === "question failed");
    expect(logged).toMatchObject({ errorId: reply.errorId, level: 50 });
    expect(JSON.stringify(logged?.err)).toContain("cannot read properties of undefined");
  });

  it("never rejects, even when its own parts fail (here the rate limiter)", async () => {
    const capture = captureLogger();
    const limiter = {
      take: () => {
        throw new RangeError("bucket state corrupt");
      },
    } as unknown as RateLimiter;
    const source = { engine: () => engine, version: () => engine.catalog.version };
    const bot = new ProductionBot({ source, limiter, log: capture.log });
    const reply = await bot.handle(ask("gpt-5.1-codex-mini"));
    expect(reply.kind).toBe("error");
    const failed = capture.lines().find((l) => l.msg === "question failed");
    expect(JSON.stringify(failed?.err)).toContain("bucket state corrupt");
    expect(bot.inFlight).toBe(0);
  });

  it("answers a user over the limit with a private slow-down reply, then lets them back", async () => {
    let now = 0;
    const limits = { user: { burst: 2, perMinute: 60 }, channel: generous.channel };
    const { bot, lines } = makeBot({ limits, now: () => now });
    const kinds = [];
    for (let i = 0; i < 3; i++) kinds.push((await bot.handle(ask("gpt-5.1-codex-mini"))).kind);
    expect(kinds).toEqual(["answer", "answer", "rate_limited"]);
    const limited = await bot.handle(ask("gpt-5.1-codex-mini"));
    expect(limited).toMatchObject({ kind: "rate_limited", retryAfterMs: 1000 });
    if (limited.kind === "rate_limited") expect(limited.message).toMatch(/a second/);
    expect(lines().filter((l) => l.msg === "question rate limited")).toHaveLength(2);
    now += 1000;
    expect((await bot.handle(ask("gpt-5.1-codex-mini"))).kind).toBe("answer");
    // Someone else in the same channel was never held back.
    expect((await bot.handle(ask("gpt-5.1-codex-mini", "U2"))).kind).toBe("answer");
  });

  it("tells a busy channel apart from a fast user", async () => {
    const limits = { user: generous.user, channel: { burst: 1, perMinute: 1 } };
    const { bot } = makeBot({ limits });
    await bot.handle(ask("hi", "U1"));
    const reply = await bot.handle(ask("hi", "U2"));
    expect(reply.kind === "rate_limited" && reply.message).toMatch(/This channel/);
  });

  it("never limits the console, whose one user is the operator", async () => {
    const limits = { user: { burst: 1, perMinute: 1 }, channel: { burst: 1, perMinute: 1 } };
    const { bot } = makeBot({ limits });
    for (let i = 0; i < 5; i++) {
      const reply = await bot.handle({ platform: "console", user: "c", channel: "c", text: "hi" });
      expect(reply.kind).toBe("answer");
    }
  });

  it("reports health with the data version and uptime, and not ok once closing", async () => {
    let now = 10_000;
    const { bot } = makeBot({ now: () => now });
    now += 61_500;
    expect(bot.health()).toEqual({
      ok: true,
      ready: true,
      healthy: true,
      platforms: {},
      answers: { recent: 0, failed: 0 },
      data: engine.catalog.version,
      uptimeSeconds: 61,
    });
    await bot.close(100);
    expect(bot.health().ok).toBe(false);
  });

  it("after close, answers new questions with a polite restarting reply", async () => {
    const { bot } = makeBot();
    await bot.close(100);
    const reply = await bot.handle(ask("gpt-5.1-codex-mini"));
    expect(reply.kind === "error" && reply.message).toMatch(/restarting/);
  });

  it("close waits for tracked work in flight, and gives up at the deadline", async () => {
    const { bot } = makeBot();
    let release = () => {};
    const sending = bot.track(new Promise<void>((r) => (release = r)));
    expect(bot.inFlight).toBe(1);
    expect(await bot.close(20)).toBe(false);
    const closing = bot.close(10_000);
    release();
    await sending;
    expect(await closing).toBe(true);
    expect(bot.inFlight).toBe(0);
  });
});
