import { connect, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  commandForm,
  createTestDeps,
  mentionEvent,
  SECRET,
  startSlackPair,
} from "../../support/slack-app.ts";
import { signSlack } from "../../support/slack-sign.ts";

// Short backoff so a retried reply lands within the test; the deadline is the production one's shape.
const FAST_RETRY = { deadlineMs: 10_000, baseDelayMs: 20, maxDelayMs: 200 };
const deps = () => ({ ...createTestDeps(), retry: FAST_RETRY });

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on("unhandledRejection", onUnhandled);
});
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
});
afterEach(() => {
  expect(unhandled).toEqual([]);
});

/** A signed POST with a fixed timestamp, so a test controls when two requests are identical. */
function post(
  url: string,
  body: string,
  contentType: string,
  options: { timestamp?: number; headers?: Record<string, string> } = {},
) {
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": contentType,
      ...signSlack(
        body,
        SECRET,
        options.timestamp === undefined ? {} : { timestamp: options.timestamp },
      ),
      ...options.headers,
    },
    body,
  });
}

const FORM = "application/x-www-form-urlencoded";
const now = () => Math.floor(Date.now() / 1000);

describe("Slack over HTTP: exactly one answer per question", () => {
  let pair: Awaited<ReturnType<typeof startSlackPair>>;
  beforeAll(async () => {
    pair = await startSlackPair("http", deps());
  });
  afterAll(async () => pair.stop());

  it("answers an event once although Slack delivers it three times (X-Slack-Retry-Num)", async () => {
    const body = mentionEvent("EvRETRY1");
    const statuses = [];
    // Each retry is signed anew, as Slack does: a new timestamp, so a new signature.
    for (const [i, retry] of [undefined, "1", "2"].entries()) {
      const headers = retry === undefined ? {} : { "x-slack-retry-num": retry };
      const res = await post(pair.events, body, "application/json", {
        timestamp: now() - i,
        headers,
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200]);
    await pair.fake.nextCall((c) => c.name === "chat.postMessage" && c.body.channel === "C1");
    await new Promise((r) => setTimeout(r, 300));
    expect(pair.fake.calls.filter((c) => c.name === "chat.postMessage")).toHaveLength(1);
  });

  it("answers a replayed signed command once", async () => {
    const body = new URLSearchParams(
      commandForm("gpt-4o context", pair.fake.responseUrl("replay")),
    ).toString();
    const timestamp = now();
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await post(pair.events, body, FORM, { timestamp })).status);
    expect(statuses).toEqual([200, 200, 200]);
    await pair.fake.nextCall((c) => c.name === "replay");
    await new Promise((r) => setTimeout(r, 300));
    expect(pair.fake.calls.filter((c) => c.name === "replay")).toHaveLength(1);
  });

  it.each([
    ["a year ahead", 365 * 24 * 3600],
    ["six minutes ahead", 360],
    ["six minutes old", -360],
  ])("refuses a request signed %s", async (_, offset) => {
    const body = new URLSearchParams(
      commandForm("gpt-4o", pair.fake.responseUrl("future")),
    ).toString();
    const res = await post(pair.events, body, FORM, { timestamp: now() + offset });
    expect(res.status).toBe(401);
  });

  it.each([
    ["JSON null", "null", "application/json"],
    ["a JSON array", "[]", "application/json"],
    ["a JSON string", '"event"', "application/json"],
    ["an object with no type", '{"event_id":"Ev1"}', "application/json"],
    ["broken JSON", '{"type":', "application/json"],
    ["a null payload", "payload=null", FORM],
    ["a form that is neither command nor payload", "hello=world", FORM],
    ["plain text", "hello", "text/plain"],
  ])("answers %s with 400 at once", async (_, body, type) => {
    const res = await post(pair.events, body, type);
    expect(res.status).toBe(400);
  });

  it("refuses a body over the size limit with 413", async () => {
    const body = new URLSearchParams({
      ...commandForm("x".repeat(2_000_000), pair.fake.responseUrl("big")),
    }).toString();
    const res = await post(pair.events, body, FORM).catch(() => ({ status: 413 }));
    expect(res.status).toBe(413);
  });
});

describe("Slack over HTTP: transient failures are retried, one reply at a time", () => {
  let pair: Awaited<ReturnType<typeof startSlackPair>>;
  beforeAll(async () => {
    pair = await startSlackPair("http", deps());
  });
  afterAll(async () => pair.stop());

  it("delivers an answer whose response_url failed twice (500, then 429)", async () => {
    pair.fake.fail(/^\/response\/flaky$/, 500, 1);
    pair.fake.fail(/^\/response\/flaky$/, 429, 1);
    const body = new URLSearchParams(
      commandForm("gpt-5.1-codex-mini context", pair.fake.responseUrl("flaky")),
    ).toString();
    expect((await post(pair.events, body, FORM)).status).toBe(200);
    const answer = await pair.fake.nextCall((c) => c.name === "flaky");
    expect(JSON.stringify(answer.body)).toContain("400K");
    expect(pair.fake.faulted.filter((p) => p === "/response/flaky")).toHaveLength(2);
  });

  it("delivers a thread answer whose chat.postMessage met a 503", async () => {
    pair.fake.fail(/chat\.postMessage/, 503, 1, { when: (b) => b.channel === "C503" });
    await post(pair.events, mentionEvent("Ev503", "C503"), "application/json");
    const answer = await pair.fake.nextCall(
      (c) => c.name === "chat.postMessage" && c.body.channel === "C503",
    );
    expect(answer).toBeDefined();
  });

  it("holds back only the rate-limited reply: other channels are answered meanwhile", async () => {
    pair.fake.fail(/chat\.postMessage/, 429, 1, {
      retryAfter: 2,
      when: (b) => b.channel === "CSLOW",
    });
    await post(pair.events, mentionEvent("EvSLOW", "CSLOW"), "application/json");
    await vi.waitFor(() => expect(pair.fake.faulted).toContain("/api/chat.postMessage"));
    await post(pair.events, mentionEvent("EvFAST", "CFAST", "gpt-4o price"), "application/json");
    await pair.fake.nextCall((c) => c.name === "chat.postMessage" && c.body.channel === "CFAST");
    // The fast channel's answer went out while the slow one still waited out its Retry-After.
    expect(pair.fake.calls.some((c) => c.body.channel === "CSLOW")).toBe(false);
    await pair.fake.nextCall((c) => c.name === "chat.postMessage" && c.body.channel === "CSLOW");
  });
});

describe("Slack over HTTP: stalled sockets cannot starve answers", () => {
  const limits = {
    maxConnections: 20,
    headersTimeoutMs: 400,
    requestTimeoutMs: 800,
    idleTimeoutMs: 600,
    bodyLimitBytes: 65_536,
  };
  let pair: Awaited<ReturnType<typeof startSlackPair>>;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    pair = await startSlackPair("http", deps(), { http: limits });
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await pair.stop();
  });

  it("closes sockets past the cap and those that stall, then answers", async () => {
    const port = Number(new URL(pair.base).port);
    const closed: number[] = [];
    const open = (i: number, send: string) =>
      new Promise<void>((resolve) => {
        const s = connect(port, "127.0.0.1", () => {
          if (send) s.write(send);
          resolve();
        });
        s.on("error", () => {});
        s.on("close", () => closed.push(i));
        s.resume(); // read what the server sends (a 408), so its close reaches us
        sockets.push(s);
      });
    // Half send nothing, half a request line and one header and then stall (slowloris).
    for (let i = 0; i < 60; i++) {
      await open(i, i % 2 === 0 ? "" : "POST /slack/events HTTP/1.1\r\nhost: x\r\n");
    }
    // Past the cap of 20, sockets are closed at once; the stalled ones by the timeouts.
    await vi.waitFor(() => expect(closed.length).toBe(60), { timeout: 10_000, interval: 50 });
    const body = new URLSearchParams(
      commandForm("gpt-5.1-codex-mini context", pair.fake.responseUrl("after-stall")),
    ).toString();
    expect((await post(pair.events, body, FORM)).status).toBe(200);
    await pair.fake.nextCall((c) => c.name === "after-stall");
  });

  it("times out a body that trickles in", async () => {
    const port = Number(new URL(pair.base).port);
    const s = connect(port, "127.0.0.1");
    sockets.push(s);
    s.on("error", () => {});
    s.resume();
    const ended = new Promise<void>((resolve) => s.on("close", () => resolve()));
    s.write("POST /slack/events HTTP/1.1\r\nhost: x\r\ncontent-length: 1000\r\n\r\npayload=");
    const timer = setInterval(() => s.writable && s.write("a"), 100);
    await ended;
    clearInterval(timer);
  });
});
