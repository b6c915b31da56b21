import { type APIEmbed, AttachmentBuilder } from "discord.js";
import type { Answer } from "../../core/answer/types.ts";
import { chartAltText } from "../../render/chart/alt-text.ts";
import { renderChartIsolated as renderChart } from "../../render/chart/isolated.ts";
import { NO_PINGS } from "./client.ts";
import type { DiscordContext } from "./context.ts";
import type { DiscordMessage } from "./render.ts";

/** The attachment's name; the embed shows it as its image through attachment://. */
export const CHART_FILE = "chart.png";
// Discord caps an attachment's description (its alt text) at 1,024 characters.
const ALT_MAX = 1024;

/** The edit that adds the chart: the same embed with the picture as its image, plus the file. */
export type EditWithChart = (body: {
  embeds: APIEmbed[];
  components: DiscordMessage["components"];
  files: AttachmentBuilder[];
  allowedMentions: typeof NO_PINGS;
}) => Promise<unknown>;

/**
 * Adds an answer's chart to the reply already sent: the PNG as an attachment shown as the embed's
 * image (attachment://chart.png). The text answer goes out first and the picture follows in an
 * edit of the same message, so drawing never delays the answer; a chart that fails to draw or
 * upload is logged and the text answer stands.
 */
export async function attachChart(
  ctx: DiscordContext,
  answer: Answer,
  sent: DiscordMessage,
  edit: EditWithChart,
): Promise<void> {
  const chart = answer.chart;
  const [embed, ...rest] = sent.embeds;
  if (chart === undefined || embed === undefined) return;
  try {
    const { png } = await renderChart(chart);
    const file = new AttachmentBuilder(png, {
      name: CHART_FILE,
      description: chartAltText(chart).slice(0, ALT_MAX),
    });
    await edit({
      embeds: [{ ...embed, image: { url: `attachment://${CHART_FILE}` } }, ...rest],
      components: sent.components,
      files: [file],
      allowedMentions: NO_PINGS,
    });
  } catch (err) {
    ctx.log.warn({ err, chart: chart.kind }, "discord: chart not sent; the text answer stands");
  }
}
