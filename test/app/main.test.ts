import { describe, expect, it } from "vitest";
import { spawnEntry } from "./spawn.ts";

const MAIN = "src/main.ts";

describe("npm start (src/main.ts)", () => {
  it("with no tokens, opens the console chat on the bundled data and exits 0 at end of input", async () => {
    const p = spawnEntry(MAIN);
    p.child.stdin?.end("gpt-5.1-codex-mini context\n");
    expect(await p.exited).toEqual({ code: 0, signal: null });
    expect(p.stdout()).toMatch(/models loaded/);
    expect(p.stdout()).toMatch(/400K tokens/);
  });

  it("exits 0 on SIGTERM while the console chat waits for input", async () => {
    const p = spawnEntry(MAIN);
    await p.waitFor("models loaded");
    p.child.kill("SIGTERM");
    expect(await p.exited).toEqual({ code: 0, signal: null });
  });

  it.each([
    [
      { DATA_DIR: "/nonexistent/model-bot-data" },
      [],
      /^model-bot: no model data: .*models does not exist\n$/,
    ],
    [{ LOG_LEVEL: "loud" }, [], /^model-bot: configuration: LOG_LEVEL must be one of/],
    [{}, ["--only", "discord"], /^model-bot: --only discord needs DISCORD_TOKEN to be set/],
    [{}, ["--colour"], /^model-bot: unknown option "--colour"/],
  ])(
    "a start-up error %j %j prints what is wrong, no stack, and exits 1",
    async (env, args, message) => {
      const p = spawnEntry(MAIN, env, args);
      expect(await p.exited).toEqual({ code: 1, signal: null });
      expect(p.stderr()).toMatch(message);
      expect(p.stderr()).not.toMatch(/\n\s+at /);
    },
  );

  it("never prints a token in a start-up error", async () => {
    const token = "MTA5ODc2NTQzMjEwOTg3NjU0.GaBcDe.not-a-real-token-but-long-enough";
    // An application id that is not a snowflake fails Discord's env check before any connection.
    const p = spawnEntry(MAIN, { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: token });
    expect(await p.exited).toEqual({ code: 1, signal: null });
    expect(p.stderr()).toMatch(/Discord configuration/);
    expect(p.stderr()).not.toContain(token);
  });
});
