import type { App, types } from "@slack/bolt";
import type { AdapterDeps } from "../../app/adapter.ts";
import { formatDate } from "../../core/answer/format.ts";
import { catalogOverview } from "../../core/catalog/discover.ts";
import { EXAMPLES } from "../../core/engine/answers/help.ts";
import { COMMAND } from "./command.ts";
import { type Block, mrkdwn, section } from "./render-blocks.ts";
import { escapeSlack } from "./text.ts";

/** Who opened the App Home: the sections below are per user and per workspace. */
export interface HomeViewer {
  user: string;
  team: string | undefined;
}

/**
 * Extra sections of the App Home, after the built-in ones. This is the hook for the live-data
 * issue's watches ("this workspace's watches"): a section that lists them for `viewer.team`.
 */
export type HomeSection = (viewer: HomeViewer) => Promise<Block[]>;

const count = new Intl.NumberFormat("en-US");
// A Home tab is a summary; a workspace with more watches sees the first ones and a count.
const WATCHES_SHOWN = 20;
const CHANNEL_ID = /^[CGD][A-Z0-9]{4,}$/;

/** The workspace's channel watches (issue 13), from the state store every replica shares. */
export function watchesSection(deps: AdapterDeps): HomeSection {
  return async () => {
    const store = deps.state?.watches;
    if (!store) return [];
    const watches = (await store.all()).filter((w) => w.platform === "slack");
    if (watches.length === 0) {
      return [
        section(
          "*Watches*\nNo channel watches the data yet. `/model watch new models` in a channel posts there when a refresh brings one.",
        ),
      ];
    }
    const lines = watches.slice(0, WATCHES_SHOWN).map((w) => {
      // A channel link names the channel for the reader; it notifies no one.
      const where = CHANNEL_ID.test(w.channel) ? `<#${w.channel}>` : escapeSlack(w.channel);
      return `• ${escapeSlack(w.label)} in ${where}`;
    });
    if (watches.length > WATCHES_SHOWN) lines.push(`…and ${watches.length - WATCHES_SHOWN} more`);
    return [section(["*Watches in this workspace*", ...lines].join("\n"))];
  };
}

/** The App Home tab: what the bot is, how to ask, examples, and how fresh the data is. */
export async function homeView(
  deps: AdapterDeps,
  viewer: HomeViewer,
  sections: readonly HomeSection[] = [],
): Promise<types.HomeView> {
  const overview = catalogOverview(deps.bot.engine().catalog);
  const stats = [
    `${count.format(overview.models)} models`,
    `${count.format(overview.benchmarks)} benchmarks`,
    `${count.format(overview.providers)} providers`,
    ...(overview.freshest ? [`freshest data as of ${formatDate(overview.freshest)}`] : []),
  ];
  // A section that fails (the database is away) leaves the rest of the Home tab standing.
  const extra = (
    await Promise.all(
      sections.map((s) =>
        s(viewer).catch((err: unknown) => {
          deps.log.warn({ err }, "slack: an App Home section failed");
          return [];
        }),
      ),
    )
  ).flat();
  const blocks: Block[] = [
    { type: "header", text: { type: "plain_text", text: "model-bot", emoji: false } },
    section(
      "Answers your team's questions about AI language models: context windows, prices, providers, benchmark scores and ranks, open weights and transparency, with the source and date of every fact.",
    ),
    section(
      [
        "*How to ask*",
        `• \`${escapeSlack(`${COMMAND} <question>`)}\` anywhere: only you see the answer, and you can share it`,
        "• Mention @model-bot in a channel: it answers in the thread",
        "• The assistant panel (top right) or a direct message: a conversation of your own",
      ].join("\n"),
    ),
    section(["*Try*", ...EXAMPLES.map((e) => `• ${escapeSlack(e)}`)].join("\n")),
    { type: "context", elements: [mrkdwn(`Catalog: ${stats.join(" · ")}`)] },
    ...extra,
  ];
  return { type: "home", blocks };
}

/** Publishes the App Home each time a user opens its Home tab. */
export function registerHome(app: App, deps: AdapterDeps, sections: readonly HomeSection[] = []) {
  app.event("app_home_opened", async ({ event, body, client }) => {
    if (event.tab !== "home") return;
    const all = [watchesSection(deps), ...sections];
    const view = await homeView(deps, { user: event.user, team: body.team_id }, all);
    await client.views.publish({ user_id: event.user, view });
  });
}
