import type { App } from "@slack/bolt";
import type { AdapterDeps } from "../../app/adapter.ts";
import type { Answer } from "../../core/answer/types.ts";
import { chartAltText } from "../../render/chart/alt-text.ts";
import { renderChartIsolated as renderChart } from "../../render/chart/isolated.ts";
import { escapeSlack, truncate } from "./text.ts";

/** Where a chart goes: a channel or DM, and the thread of its answer if there is one. */
export interface ChartTarget {
  channel: string;
  thread_ts?: string;
}

// Slack's limits on a file's title and a comment are generous; short ones read better.
const TITLE_MAX = 250;
const COMMENT_MAX = 1000;

/**
 * Draws an answer's chart and uploads it next to the answer with files.uploadV2 (the Web API
 * client asks files.getUploadURLExternal for a URL, sends the PNG there, then
 * files.completeUploadExternal shares it in the channel or thread), with the answer's one-line
 * text as its comment and a description as its alt text for screen readers. Called after the
 * text answer is sent, so the picture never delays it; a chart that fails to draw or upload is
 * logged and the text answer stands. Resolves to whether a file was shared.
 */
export async function uploadChart(
  deps: AdapterDeps,
  client: App["client"],
  answer: Answer,
  where: ChartTarget,
): Promise<boolean> {
  const chart = answer.chart;
  if (chart === undefined) return false;
  try {
    const { png } = await renderChart(chart);
    const upload = {
      channel_id: where.channel,
      file: png,
      filename: "chart.png",
      title: truncate(chart.title, TITLE_MAX),
      initial_comment: truncate(escapeSlack(answer.summary.trim() || chart.title), COMMENT_MAX),
      alt_text: truncate(chartAltText(chart), COMMENT_MAX),
    };
    // The typings take a thread as a separate shape of arguments, not an optional field.
    await (where.thread_ts === undefined
      ? client.files.uploadV2(upload)
      : client.files.uploadV2({ ...upload, thread_ts: where.thread_ts }));
    return true;
  } catch (err) {
    deps.log.warn({ err, chart: chart.kind }, "slack: chart not sent; the text answer stands");
    return false;
  }
}
