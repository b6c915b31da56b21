import { describe, expect, it } from "vitest";
import { benchSoak } from "../../bench/soak-bench.ts";
import { BLOCK, soakTurn, soakUsers } from "../../bench/soak-plan.ts";
import { soakRows, soakTarget } from "../../bench/soak-report.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";

// A short run of the soak benchmark: the real bot process, Slack and Discord over loopback. It
// checks the harness (every question answered once, memory read at each point), not speed.

const pool = { plain: ["gpt-4o context", "claude sonnet 4.5"], charted: ["gpt-4o price"] };

describe("the soak plan", () => {
  it("has each user ask twice, the follow-up later and in the same place", () => {
    const turns = Array.from({ length: 2 * BLOCK }, (_, n) => soakTurn(n, pool));
    const byUser = new Map<number, typeof turns>();
    for (const t of turns) byUser.set(t.user, [...(byUser.get(t.user) ?? []), t]);
    expect(byUser.size).toBe(soakUsers(2 * BLOCK));
    expect(byUser.size).toBe(BLOCK);
    for (const [, [first, second]] of byUser) {
      expect(first?.followUp).toBe(false);
      expect(second?.followUp).toBe(true);
      expect(second?.channel).toBe(first?.channel);
      expect(second?.first).toBe(first?.text);
    }
  });
});

describe("the soak benchmark, shortened", () => {
  it("answers every question once and reads the bot's memory before and after", async () => {
    const count = 1_200;
    const run = await benchSoak(
      loadCatalog("data"),
      { quick: true, only: new Set(["soak"]), out: "", dataDir: "data", soakCount: count },
      () => {},
    );
    expect(run.count).toBe(count);
    expect(run.users).toBe(2 * soakUsers(count / 2));
    for (const side of [run.slack, run.discord]) expect(side.questions).toBe(count / 2);
    expect(run.slack.answered + run.slack.ephemeral).toBe(count / 2);
    expect(run.slack.lost).toBe(0);
    // Some events were delivered twice at once; none was answered twice.
    expect(run.slack.retries).toBeGreaterThan(0);
    expect(run.slack.duplicates).toBe(0);
    expect(run.slack.non2xx).toBe(0);
    expect(run.discord.answered).toBe(count / 2);
    expect(run.samples.map((s) => s.label)).toEqual(["start", "before", "after Slack", "after"]);
    for (const s of run.samples) {
      expect(s.rss).toBeGreaterThan(10 * 1_048_576);
      expect(s.heapUsed).toBeGreaterThan(0);
      expect(s.held.claims).toBeGreaterThanOrEqual(0);
    }
    const [, before, , after] = run.samples;
    expect(run.rssGrowthMB).toBeCloseTo(((after?.rss ?? 0) - (before?.rss ?? 0)) / 1_048_576, 5);
    // What the bot holds grew with the askers (claims, rate buckets, conversations).
    expect(after?.held.claims).toBeGreaterThan(before?.held.claims ?? 0);
    expect(soakRows(run)).toHaveLength(4);
    // A shortened run reports its growth but does not count as meeting the 100,000 target.
    const row = soakTarget({ soak: run } as Parameters<typeof soakTarget>[0]);
    expect(row.met).toBeNull();
    expect(row.note).toMatch(/only 1200 questions/);
  }, 300_000);
});
