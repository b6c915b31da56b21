import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BotReply, BotRequest } from "../../src/app/bot.ts";
import { openStateStore } from "../../src/app/state/open.ts";
import type { StateStore } from "../../src/app/state/types.ts";
import { createWatchCommands, parseWatchCommand } from "../../src/app/watches/commands.ts";
import { notifyWatchers } from "../../src/app/watches/notify.ts";
import type { ChannelPoster, PostOutcome } from "../../src/app/watches/poster.ts";
import type { Answer } from "../../src/core/answer/types.ts";
import type { Catalog } from "../../src/core/catalog/catalog.ts";
import { diffCatalogs } from "../../src/core/changes/diff.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { SourceInfo } from "../../src/core/schema/registry.ts";
import { acmeRecord, fixtureCatalog } from "../support/fixture-catalog.ts";

const log = pino({ level: "silent" });
const limits = { user: { burst: 100, perMinute: 100 }, channel: { burst: 100, perMinute: 100 } };
let dir: string;
let state: StateStore;
const engine = createEngine(fixtureCatalog());
let handle: (r: BotRequest) => Promise<BotReply | undefined>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "watches-test-"));
  // The default store: watches in the embedded PGlite under STATE_DIR.
  state = await openStateStore({ stateDir: dir, rateLimits: limits }, log);
  handle = createWatchCommands({ watches: state.watches, engine: () => engine });
  // Opens the embedded database now (it opens on first use), with room on a busy machine.
  await state.watches.list("slack", "C0");
}, 120_000);
afterAll(async () => {
  await state.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  for (const ch of ["C1", "C2", "C3"]) await state.watches.removeChannel("slack", ch);
  await state.watches.removeChannel("discord", "D1");
});

const say = async (text: string, channel = "C1", platform: BotRequest["platform"] = "slack") => {
  const reply = await handle({ platform, user: "U1", channel, text });
  return reply && "message" in reply ? reply.message : undefined;
};

describe("watch commands", () => {
  it("reads the three verbs and leaves questions alone", () => {
    expect(parseWatchCommand("watch new models")).toEqual({ kind: "watch", what: "new models" });
    expect(parseWatchCommand("  Watches ")).toEqual({ kind: "list" });
    expect(parseWatchCommand("watch")).toEqual({ kind: "list" });
    expect(parseWatchCommand("unwatch 2")).toEqual({ kind: "unwatch", what: "2" });
    expect(parseWatchCommand("watchdog model context")).toBeUndefined();
    expect(parseWatchCommand("gpt-4o price")).toBeUndefined();
  });

  it("subscribes a channel to new models, a maker, a model's price and a benchmark suite", async () => {
    expect(await say("watch new models")).toMatch(/^Watching new models in this channel/);
    expect(await say("watch anthropic")).toMatch(/^Watching Anthropic/);
    expect(await say("watch price claude sonnet 4.5")).toMatch(
      /^Watching price of Claude Sonnet 4\.5/,
    );
    expect(await say("watch livebench")).toMatch(/^Watching LiveBench/);
    expect(await say("watch gpt-4o")).toMatch(/^Watching GPT-4o/);
    const list = await state.watches.list("slack", "C1");
    expect(list.map((w) => [w.kind, w.target])).toEqual([
      ["new-models", ""],
      ["org", "anthropic"],
      ["price", "claude-sonnet-4-5"],
      ["benchmark", "livebench"],
      ["model", "gpt-4o"],
    ]);
    expect(await say("watch anthropic")).toBe("This channel already watches Anthropic.");
    const shown = await say("watches");
    expect(shown).toContain("This channel watches (5 of 20):");
    expect(shown).toContain("3. price of Claude Sonnet 4.5");
    // Channels are separate.
    expect(await say("watches", "C2")).toMatch(/^This channel watches nothing yet/);
  });

  it("removes one by number or by name, or all", async () => {
    await say("watch new models");
    await say("watch anthropic");
    await say("watch livebench");
    expect(await say("unwatch 2")).toBe("Stopped watching Anthropic in this channel.");
    expect(await say("unwatch livebench")).toBe("Stopped watching LiveBench in this channel.");
    expect((await state.watches.list("slack", "C1")).map((w) => w.label)).toEqual(["new models"]);
    expect(await say("unwatch openai")).toMatch(/^This channel does not watch that/);
    expect(await say("unwatch all")).toBe("Removed all 1 watches of this channel.");
  });

  it("holds at most 20 watches per channel", async () => {
    const ids = engine.catalog.records.map((r) => r.id).slice(0, 20);
    for (const id of ids) expect(await say(`watch ${id}`, "C3")).toMatch(/^Watching/);
    expect(await say("watch new models", "C3")).toMatch(/already has 20 watches/);
    expect((await state.watches.list("slack", "C3")).length).toBe(20);
  });

  it("explains a name it cannot place without echoing it, and refuses the terminal", async () => {
    const reply = await say("watch <!channel> zorblax 9000");
    expect(reply).not.toContain("<!channel>");
    expect(reply).not.toContain("zorblax");
    expect(await say("watch new models", "cli", "cli")).toMatch(/Slack or Discord channel/);
  });
});

/** A poster that records what it would send. */
function recorder(platform: "slack" | "discord", outcome: PostOutcome = "sent") {
  const sent: { channel: string; answer: Answer }[] = [];
  const poster: ChannelPoster = {
    platform,
    post: async (channel, answer) => {
      sent.push({ channel, answer });
      return outcome;
    },
  };
  return { poster, sent };
}

function withNewModel(before: Catalog): Catalog {
  const added = acmeRecord("acme-opus-2", "Acme Opus 2", { release: "2026-11-18" });
  const records = [...before.records, added];
  const sources = new Map(before.sources);
  sources.set(
    "fixture",
    SourceInfo.parse({ id: "fixture", name: "Fixture data", license: "test", asOf: "2026-11-20" }),
  );
  return {
    ...before,
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    sources,
    version: { hash: "next", records: records.length },
  };
}

describe("posting a refresh's changes to watching channels", () => {
  const before = fixtureCatalog();
  const after = withNewModel(before);
  const changes = diffCatalogs(before, after);

  it("posts one grouped message per matching channel, once per refresh", async () => {
    await say("watch new models", "C1");
    await say("watch openai", "C1");
    await say("watch price gpt-4o", "C2");
    await say("watch new models", "D1", "discord");
    const slack = recorder("slack");
    const discord = recorder("discord");
    const posters = [slack.poster, discord.poster];
    expect(await notifyWatchers({ changes, catalog: after, state, posters, log })).toBe(2);
    expect(slack.sent.map((s) => s.channel)).toEqual(["C1"]);
    expect(discord.sent.map((s) => s.channel)).toEqual(["D1"]);
    const post = slack.sent[0]?.answer;
    expect(post?.title).toBe("Data update: 1 new model");
    expect(JSON.stringify(post?.blocks)).toContain(
      "Acme Opus 2 (acme), released 18 Nov 2026: fixture, 20 Nov 2026",
    );
    expect(JSON.stringify(post?.blocks)).toContain("This channel watches new models, OpenAI.");
    // The same refresh seen again (another replica, a retry): no second post.
    expect(await notifyWatchers({ changes, catalog: after, state, posters, log })).toBe(0);
    expect(slack.sent.length + discord.sent.length).toBe(2);
  });

  it("drops the watches of a channel the bot can no longer post to", async () => {
    await say("watch new models", "C2");
    const gone = recorder("slack", "gone");
    const next = { ...changes, to: { ...changes.to, hash: "another" } };
    await notifyWatchers({ changes: next, catalog: after, state, posters: [gone.poster], log });
    expect(gone.sent.length).toBe(1);
    expect(await state.watches.list("slack", "C2")).toEqual([]);
  });
});
