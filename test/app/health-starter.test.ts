import pino from "pino";
import { describe, expect, it } from "vitest";
import type { AdapterDeps, HealthReport } from "../../src/app/adapter.ts";
import { healthStarter } from "../../src/app/health-starter.ts";

describe("the /healthz server beside Discord", () => {
  it("is planned only for Discord without Slack, with PORT set, outside shard processes", () => {
    expect(healthStarter(["discord"], { PORT: "0" })?.name).toBe("health");
    expect(healthStarter(["discord"], {})).toBeUndefined();
    expect(healthStarter(["slack", "discord"], { PORT: "0" })).toBeUndefined();
    expect(healthStarter(["console"], { PORT: "0" })).toBeUndefined();
    expect(
      healthStarter(["discord"], { PORT: "0", SHARDS: "0", SHARD_COUNT: "2" }),
    ).toBeUndefined();
    expect(() => healthStarter(["discord"], { PORT: "http" })).toThrow(/PORT must be a number/);
  });

  it("answers GET /healthz with the bot's health report", async () => {
    let report: HealthReport = {
      ok: true,
      ready: true,
      healthy: true,
      platforms: { discord: "connected" },
      answers: { recent: 0, failed: 0 },
      data: { hash: "abc", records: 3 },
      uptimeSeconds: 1,
    };
    const deps = { log: pino({ level: "silent" }), health: () => report } as unknown as AdapterDeps;
    const running = (await healthStarter(["discord"], { PORT: "0" })?.start(deps)) as unknown as {
      port: number;
      stop(): Promise<void>;
    };
    try {
      const url = `http://127.0.0.1:${running.port}/healthz`;
      const ok = await fetch(url);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual(report);
      report = { ...report, ok: false };
      expect((await fetch(url)).status).toBe(503);
    } finally {
      await running.stop();
    }
  });
});
