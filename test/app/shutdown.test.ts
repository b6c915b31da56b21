import { describe, expect, it } from "vitest";
import { spawnEntry } from "./spawn.ts";

const FIXTURE = "test/app/fixtures/slow-bot.ts";

const logLines = (stderr: string) =>
  stderr
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { msg: string });

describe("process-level error handling", () => {
  it("logs an unhandled rejection, secret blanked, and keeps answering", async () => {
    const secret = "0123456789abcdef0123456789abcdef";
    const p = spawnEntry(FIXTURE, { SEND_MS: "0", SLACK_SIGNING_SECRET: secret });
    await p.waitFor("ready");
    p.child.stdin?.write("!reject\n");
    p.child.stdin?.write("gpt-5.1-codex-mini context\n");
    await p.waitFor("reply:");
    expect(p.stdout()).toMatch(/reply: \{"kind":"answer"/);
    p.child.kill("SIGTERM");
    expect(await p.exited).toEqual({ code: 0, signal: null });
    const rejection = logLines(p.stderr()).find((l) => l.msg === "unhandled rejection");
    expect(JSON.stringify(rejection)).toContain("stray failure with [Redacted]");
    expect(p.stderr()).not.toContain(secret);
  });
});

describe("clean shutdown", () => {
  it("on SIGTERM mid-answer, finishes the answer, stops the adapter and exits 0", async () => {
    const p = spawnEntry(FIXTURE, { SEND_MS: "1500" });
    await p.waitFor("ready");
    p.child.stdin?.write("gpt-5.1-codex-mini context\n");
    await p.waitFor("received:");
    p.child.kill("SIGTERM");
    expect(await p.exited).toEqual({ code: 0, signal: null });
    const out = p.stdout();
    expect(out).toMatch(/reply: \{"kind":"answer".*400K/);
    // The reply went out before the adapter was closed.
    expect(out.indexOf("reply:")).toBeLessThan(out.indexOf("adapter stopped"));
    const msgs = logLines(p.stderr()).map((l) => l.msg);
    expect(msgs).toContain("shutting down");
    expect(msgs.at(-1)).toBe("stopped");
  });

  it("on SIGINT with nothing in flight, exits 0 at once", async () => {
    const p = spawnEntry(FIXTURE);
    await p.waitFor("ready");
    p.child.kill("SIGINT");
    expect(await p.exited).toEqual({ code: 0, signal: null });
    expect(p.stdout()).toContain("adapter stopped");
  });

  it("stops waiting for an answer at the grace deadline and still exits 0", async () => {
    const p = spawnEntry(FIXTURE, { SEND_MS: "60000", SHUTDOWN_GRACE_MS: "300" });
    await p.waitFor("ready");
    p.child.stdin?.write("gpt-5.1-codex-mini\n");
    await p.waitFor("received:");
    p.child.kill("SIGTERM");
    expect(await p.exited).toEqual({ code: 0, signal: null });
    expect(p.stdout()).not.toContain("reply:");
    expect(logLines(p.stderr()).map((l) => l.msg)).toContain(
      "answers still in flight at the deadline",
    );
  });
});
