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
  const extra = (await Promise.all(sections.map((s) => s(viewer)))).flat();
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
    const view = await homeView(deps, { user: event.user, team: body.team_id }, sections);
    await client.views.publish({ user_id: event.user, view });
  });
}
