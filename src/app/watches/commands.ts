import type { Catalog } from "../../core/catalog/catalog.ts";
import type { WatchSpec } from "../../core/changes/watch-match.ts";
import type { Engine } from "../../core/engine/engine.ts";
import { compactKey } from "../../core/engine/normalize.ts";
import type { BotReply, BotRequest } from "../bot.ts";
import type { NewWatch, Watch, WatchStore } from "../state/types.ts";

/** At most this many watches per channel (issue 13). */
export const MAX_WATCHES_PER_CHANNEL = 20;

/** Platforms with channels to post to. */
const CHANNELS: ReadonlySet<string> = new Set(["slack", "discord"]);

export type WatchTarget = WatchSpec & { label: string };

export type ParsedCommand =
  | { kind: "list" }
  | { kind: "watch"; what: string }
  | { kind: "unwatch"; what: string };

/** "watch …", "watches", "unwatch …" (after "/model" or a mention); undefined for a question. */
export function parseWatchCommand(text: string): ParsedCommand | undefined {
  const t = text.trim().replace(/\s+/g, " ");
  const m = /^(watches|watch|unwatch)(?:\s+(.*))?$/i.exec(t);
  if (!m) return undefined;
  const verb = (m[1] ?? "").toLowerCase();
  const what = (m[2] ?? "").trim();
  if (verb === "watches" || (verb === "watch" && /^(list|ls)?$/i.test(what)))
    return { kind: "list" };
  return verb === "watch" ? { kind: "watch", what } : { kind: "unwatch", what };
}

const notice = (message: string): BotReply => ({ kind: "notice", message });

function orgOf(catalog: Catalog, key: string): { org: string; name: string } | undefined {
  for (const r of catalog.records) {
    const name = r.facts.organization;
    const display = name && "value" in name ? name.value : undefined;
    if (
      r.org !== "other" &&
      (compactKey(r.org) === key || (display && compactKey(display) === key))
    ) {
      return { org: r.org, name: display ?? r.org };
    }
  }
  return undefined;
}

function benchmarkOf(catalog: Catalog, key: string): { id: string; name: string } | undefined {
  for (const b of catalog.benchmarks.values()) {
    if (b.suite && compactKey(b.suite) === key) {
      const suite = catalog.benchmarks.get(b.suite);
      return { id: b.suite, name: suite?.name ?? b.suite };
    }
  }
  for (const b of catalog.benchmarks.values()) {
    const names = [b.id, b.name, ...b.aliases].map(compactKey);
    if (names.includes(key)) return { id: b.id, name: b.name };
  }
  return undefined;
}

/**
 * What "watch <what>" names: new models, prices (of a model), a benchmark, a maker or a model.
 * A string is an explanation for the user when it names nothing.
 */
export function resolveWatchTarget(engine: Engine, what: string): WatchTarget | string {
  const text = what
    .toLowerCase()
    .replace(/[?!.]+$/, "")
    .trim();
  if (text === "") {
    return "Say what to watch: `watch new models`, `watch anthropic`, `watch price claude sonnet 4.5` or `watch livebench`.";
  }
  if (/^(new|new models?|new releases|models)$/.test(text)) {
    return { kind: "new-models", target: "", label: "new models" };
  }
  const price = /^(?:price|prices|pricing)(?:\s+(?:of|for))?\s*(.*)$/.exec(text);
  if (price) {
    const rest = price[1]?.trim() ?? "";
    if (rest === "") return { kind: "price", target: "", label: "price changes" };
    const model = resolveModel(engine, rest);
    return typeof model === "string"
      ? model
      : { kind: "price", target: model.id, label: `price of ${model.name}` };
  }
  const key = compactKey(text);
  const bench = benchmarkOf(engine.catalog, key);
  if (bench) return { kind: "benchmark", target: bench.id, label: bench.name };
  const org = orgOf(engine.catalog, key);
  if (org) return { kind: "org", target: org.org, label: org.name };
  const model = resolveModel(engine, text);
  return typeof model === "string" ? model : { kind: "model", target: model.id, label: model.name };
}

function resolveModel(engine: Engine, text: string): { id: string; name: string } | string {
  const answer = engine.ask(text);
  const id = answer.models[0];
  if (
    answer.models.length === 1 &&
    id &&
    ["overview", "field", "benchmark"].includes(answer.intent)
  ) {
    return { id, name: engine.catalog.byId.get(id)?.name ?? id };
  }
  const names = answer.suggestions
    .slice(0, 5)
    .map((s) => engine.catalog.byId.get(s)?.name ?? s)
    .join(", ");
  return names
    ? `I can't tell which model that is. Did you mean: ${names}?`
    : "I don't know a model, maker or benchmark by that name. Try `watch new models`, `watch anthropic`, `watch price claude sonnet 4.5` or `watch livebench`.";
}

function describe(list: Watch[]): string {
  if (list.length === 0) {
    return "This channel watches nothing yet. Try `/model watch new models`, `/model watch anthropic`, `/model watch price claude sonnet 4.5` or `/model watch livebench`.";
  }
  const lines = list.map((w, i) => `${i + 1}. ${w.label}`);
  return [
    `This channel watches (${list.length} of ${MAX_WATCHES_PER_CHANNEL}):`,
    ...lines,
    "After a data refresh that changes one of these, I post one message here. Remove one with `/model unwatch <number or name>`.",
  ].join("\n");
}

export interface WatchCommandsOptions {
  watches: WatchStore;
  engine: () => Engine;
}

/**
 * Handles "watch", "watches" and "unwatch" in Slack and Discord channels; undefined for anything
 * else (a question). Anyone in a channel may add a watch, up to 20 per channel.
 */
export function createWatchCommands(o: WatchCommandsOptions) {
  return async (request: BotRequest): Promise<BotReply | undefined> => {
    const command = parseWatchCommand(request.text);
    if (!command) return undefined;
    if (!CHANNELS.has(request.platform)) {
      return notice(
        "Watches post to a Slack or Discord channel: add them there with `/model watch …`.",
      );
    }
    const { platform, channel } = request;
    if (command.kind === "list") return notice(describe(await o.watches.list(platform, channel)));
    if (command.kind === "unwatch") return unwatch(o, request, command.what);
    const target = resolveWatchTarget(o.engine(), command.what);
    if (typeof target === "string") return notice(target);
    const watch: NewWatch = { platform, channel, ...target, createdBy: request.user };
    const added = await o.watches.add(watch, MAX_WATCHES_PER_CHANNEL);
    if (added.status === "full") {
      return notice(
        `This channel already has ${added.limit} watches, the most it may have. Remove one first (\`/model watches\` lists them).`,
      );
    }
    if (added.status === "exists")
      return notice(`This channel already watches ${added.watch.label}.`);
    // The post needs the bot in the channel; a channel it cannot post to loses its watches.
    const reach =
      platform === "slack"
        ? "I need to be a member of this channel to post here (`/invite` me if I'm not)."
        : "I need permission to send messages in this channel.";
    return notice(
      `Watching ${target.label} in this channel. After a data refresh that changes it, I post one message here (\`/model watches\` lists this channel's watches). ${reach}`,
    );
  };
}

async function unwatch(
  o: WatchCommandsOptions,
  request: BotRequest,
  what: string,
): Promise<BotReply> {
  const { platform, channel } = request;
  const list = await o.watches.list(platform, channel);
  if (/^all$/i.test(what)) {
    const n = await o.watches.removeChannel(platform, channel);
    return notice(
      n === 0 ? "This channel watches nothing." : `Removed all ${n} watches of this channel.`,
    );
  }
  let found: Watch | undefined;
  const index = /^#?(\d{1,2})$/.exec(what);
  if (index) found = list[Number(index[1]) - 1];
  else {
    const target = resolveWatchTarget(o.engine(), what);
    if (typeof target !== "string") {
      found = list.find((w) => w.kind === target.kind && w.target === target.target);
    }
    found ??= list.find((w) => compactKey(w.label) === compactKey(what));
  }
  if (!found) return notice(`This channel does not watch that. ${describe(list)}`);
  await o.watches.remove(platform, channel, found.kind, found.target);
  return notice(`Stopped watching ${found.label} in this channel.`);
}
