import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeDiscord } from "../support/discord-fake.ts";
import { APP_ID } from "../support/discord-payloads.ts";
import { commandForm } from "../support/slack-app.ts";
import { FakeSlack } from "../support/slack-fake.ts";
import { postSigned } from "../support/slack-sign.ts";
import { discordEnv, freePort, killer, slackHttpEnv, spawnEntry } from "./spawn.ts";

// Made-up credentials in Slack's formats; the test checks neither ever reaches the logs.
const BOT_TOKEN = "xoxb-1111111111-2222222222-processTestTokenValue";
const SECRET = "processtest0signing1secret2value3";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function listen(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  });
  return (server.address() as AddressInfo).port;
}

/** A response_url that takes `delayMs` to accept a reply, like a slow network to Slack. */
function slowResponseUrl(delayMs: number) {
  const state = { body: "", answered: false, aborted: false };
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      state.body = body;
      setTimeout(() => {
        state.answered = true;
        res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      }, delayMs);
    });
    res.on("close", () => {
      if (!state.answered) state.aborted = true;
    });
  });
  return { server, state };
}

describe("npm start with Slack (a real process, real Bolt, fake Slack on loopback)", () => {
  it("serves /healthz, reloads on SIGHUP, refuses bad data, and on SIGTERM finishes the reply being sent", async () => {
    const fake = await new FakeSlack().start();
    cleanups.push(() => fake.close());
    const slow = slowResponseUrl(1500);
    const responsePort = await listen(slow.server);
    const dataDir = mkdtempSync(join(tmpdir(), "model-bot-slack-process-"));
    cpSync("data", dataDir, { recursive: true });
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const p = spawnEntry("src/main.ts", {
      ...slackHttpEnv({ token: BOT_TOKEN, secret: SECRET, apiUrl: fake.apiUrl, port }),
      DATA_DIR: dataDir,
      DATA_WATCH: "0",
    });
    cleanups.push(killer(p));
    await p.waitFor('"adapter started"');
    const base = `http://127.0.0.1:${port}`;
    const health = async () => {
      const res = await fetch(`${base}/healthz`);
      return {
        status: res.status,
        body: (await res.json()) as {
          ok: boolean;
          data: { hash: string; records: number };
          uptimeSeconds: number;
        },
      };
    };

    const first = await health();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, data: { records: expect.any(Number) } });
    expect(first.body.data.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(first.body.uptimeSeconds).toBeGreaterThanOrEqual(0);

    // A corrupt data set is refused: the old version keeps serving.
    const sourcesFile = join(dataDir, "sources.json");
    const goodSources = readFileSync(sourcesFile, "utf8");
    writeFileSync(sourcesFile, "[{");
    p.child.kill("SIGHUP");
    await vi.waitFor(() => expect(p.stdout()).toContain("data reload refused; old data kept"), {
      timeout: 10_000,
    });
    expect((await health()).body.data).toEqual(first.body.data);

    // A good new one is swapped in.
    const sources = JSON.parse(goodSources);
    sources[0].name = `${sources[0].name} (updated)`;
    writeFileSync(sourcesFile, JSON.stringify(sources));
    p.child.kill("SIGHUP");
    await vi
      .waitFor(async () => expect((await health()).body.data.hash).not.toBe(first.body.data.hash), {
        timeout: 10_000,
        interval: 100,
      })
      .catch((e) => {
        throw new Error(`${e}\n${p.stdout()}`);
      });

    // A question whose reply is still being delivered when SIGTERM arrives.
    const form = commandForm("gpt-5.1-codex-mini context", `http://127.0.0.1:${responsePort}/r`);
    const ack = await postSigned(`${base}/slack/events`, form, SECRET);
    expect(ack.status).toBe(200);
    await vi.waitFor(() => expect(slow.state.body).not.toBe(""));
    p.child.kill("SIGTERM");
    expect(await p.exited).toEqual({ code: 0, signal: null });
    expect(slow.state).toMatchObject({ answered: true, aborted: false });
    expect(slow.state.body).toContain("400K");

    const out = p.stdout();
    const question = out.split("\n").find((l) => l.includes('"msg":"question"'));
    expect(JSON.parse(question ?? "{}")).toMatchObject({
      platform: "slack",
      user: "U1",
      channel: "C1",
      intent: "field",
      models: ["gpt-5.1-codex-mini"],
    });
    expect(out).toContain('"msg":"stopped"');
    for (const secret of [BOT_TOKEN, SECRET]) {
      expect(out).not.toContain(secret);
      expect(p.stderr()).not.toContain(secret);
    }
    // A whole bot process on a busy CI machine: room to start, not a timing check.
  }, 60_000);
});

describe("npm start with Slack and Discord in one process", () => {
  it("starts both, and on SIGTERM closes the Slack receiver and the Discord gateway and exits 0", async () => {
    const slack = await new FakeSlack().start();
    cleanups.push(() => slack.close());
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    const port = await freePort();
    const p = spawnEntry("src/main.ts", {
      ...slackHttpEnv({ token: BOT_TOKEN, secret: SECRET, apiUrl: slack.apiUrl, port }),
      ...discordEnv({ token: discord.validToken, applicationId: APP_ID, apiUrl: discord.apiUrl }),
    });
    cleanups.push(killer(p));
    await p.waitFor('"adapter":"discord","msg":"adapter started"');
    expect(p.stdout()).toContain('"adapter":"slack","msg":"adapter started"');
    expect(discord.openSessions).toBe(1);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    p.child.kill("SIGTERM");
    expect(await p.exited).toEqual({ code: 0, signal: null });
    await discord.waitForSessions(0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    expect(p.stdout()).not.toContain(discord.validToken);
  }, 60_000);
});

describe("npm start with Discord alone and PORT set", () => {
  it("serves /healthz beside Discord: ready once the gateway is connected", async () => {
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    const port = await freePort();
    const p = spawnEntry("src/main.ts", {
      PORT: String(port),
      ...discordEnv({ token: discord.validToken, applicationId: APP_ID, apiUrl: discord.apiUrl }),
    });
    cleanups.push(killer(p));
    await p.waitFor('"adapter":"discord","msg":"adapter started"');
    await p.waitFor('"msg":"serving /healthz"');
    const res = await vi.waitFor(
      async () => {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`);
        expect(r.status).toBe(200);
        return r;
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(await res.json()).toMatchObject({
      ok: true,
      ready: true,
      platforms: { discord: "connected" },
    });
    p.child.kill("SIGTERM");
    expect(await p.exited).toEqual({ code: 0, signal: null });
  }, 60_000);
});
