import type { types } from "@slack/bolt";
import type { Answer, Citation } from "../../core/answer/types.ts";
import type { Choice } from "../../core/engine/engine.ts";
import { showsSummary } from "../../core/render/once.ts";
import { ACTION } from "./actions.ts";
import { LIMITS } from "./limits.ts";
import { type Block, mrkdwn, renderAnswerBlock, section } from "./render-blocks.ts";
import { escapeSlack, fitLines, moreNote, truncate } from "./text.ts";

/** A message body for respond(), chat.postMessage and chat.postEphemeral alike. */
export interface SlackMessage {
  /** Notification and screen-reader fallback. */
  text: string;
  blocks: Block[];
}

export interface RenderOptions {
  /** Offer a "Share in channel" button that re-asks this question in public. */
  share?: string;
  /** Add the model picker (an external_select fed by the options handler). */
  picker?: boolean;
  /** Mark the message as shared from a private answer. */
  shared?: boolean;
  /**
   * The question, for a "Show chart" button on a private answer that has a chart: ephemeral
   * messages cannot carry files, so the button sends the chart to the asker by DM.
   */
  chartQuestion?: string;
}

// A summary is one line by contract; the cap keeps it from crowding out the answer itself.
const SUMMARY_MAX = 500;
// Room kept below the JSON limit for the truncation note and serialization separators.
const NOTE_RESERVE = 200;
const jsonSize = (blocks: Block[]) => JSON.stringify(blocks).length;

const plain = (text: string, max: number): types.PlainTextElement => ({
  type: "plain_text",
  text: truncate(escapeSlack(text), max),
  emoji: true,
});

// Only http(s) links from the data become links; the label is escaped and cannot close the link.
function renderSource(c: Citation): string {
  const name = escapeSlack(c.sourceName).replace(/\|/g, "¦");
  const label = `${name} (as of ${escapeSlack(c.asOf)})`;
  const safeUrl = c.url && /^https?:\/\/[^\s<>|"]+$/.test(c.url) ? c.url : undefined;
  return safeUrl ? `<${safeUrl.replace(/&/g, "&amp;")}|${label}>` : label;
}

function renderContext(answer: Answer, shared: boolean): Block | undefined {
  const parts = answer.citations.map(renderSource);
  const elements: types.MrkdwnElement[] = [];
  if (shared) elements.push(mrkdwn("Shared from a private /model answer"));
  if (parts.length > 0) {
    const text = fitLines(parts, 1900, (n) => `…and ${n} more source${n === 1 ? "" : "s"}`);
    elements.push(mrkdwn(`Sources: ${text.replace(/\n/g, " · ")}`));
  }
  return elements.length > 0 ? { type: "context", elements } : undefined;
}

function renderFollowUps(answer: Answer): Block | undefined {
  const buttons: types.Button[] = answer.followUps
    .filter((f) => f.query.trim() !== "" && f.query.length <= LIMITS.actionValue)
    .slice(0, LIMITS.actionElements)
    .map((f, i) => ({
      type: "button",
      action_id: `${ACTION.followUp}_${i}`,
      text: plain(f.label.trim() || f.query, LIMITS.buttonText),
      value: f.query,
    }));
  return buttons.length > 0 ? { type: "actions", elements: buttons } : undefined;
}

function renderControls(answer: Answer, options: RenderOptions): Block | undefined {
  const elements: (types.Button | types.ExternalSelect)[] = [];
  if (options.picker) {
    elements.push({
      type: "external_select",
      action_id: ACTION.pick,
      placeholder: plain("Pick a model to see its overview", LIMITS.placeholder),
      // 0: the list opens at once with the engine's ranked models; typing narrows it.
      min_query_length: 0,
    });
  }
  const question = options.share?.trim();
  if (question && options.share && options.share.length <= LIMITS.actionValue) {
    elements.push({
      type: "button",
      action_id: ACTION.share,
      text: plain("Share in channel", LIMITS.buttonText),
      value: options.share,
      style: "primary",
    });
  }
  const chartQuestion = options.chartQuestion;
  if (answer.chart && chartQuestion?.trim() && chartQuestion.length <= LIMITS.actionValue) {
    elements.push({
      type: "button",
      action_id: ACTION.chart,
      text: plain("Show chart", LIMITS.buttonText),
      value: chartQuestion,
    });
  }
  return elements.length > 0 ? { type: "actions", elements } : undefined;
}

/**
 * The body blocks in reading order, inside `maxBlocks` and `maxJson`: tables and lists shrink to
 * the room left; whole sections that no longer fit are dropped and counted in a closing note.
 */
function renderBody(answer: Answer, maxBlocks: number, maxJson: number): Block[] {
  const summary = answer.summary.trim();
  const parts = answer.blocks.filter((b) => !(b.kind === "text" && b.text.trim() === summary));
  const out: Block[] = [];
  let used = 0;
  let dropped = 0;
  for (const part of parts) {
    const room = maxJson - used - NOTE_RESERVE;
    const all: Block[] = renderAnswerBlock(part, room - 100);
    // Units (sections of text or fields) are kept while they fit; the rest are counted.
    const kept: Block[] = [];
    for (const unit of all) {
      if (out.length + kept.length + 2 > maxBlocks || used + jsonSize([...kept, unit]) > room)
        break;
      kept.push(unit);
    }
    dropped += all.length - kept.length;
    out.push(...kept);
    used += kept.length > 0 ? jsonSize(kept) : 0;
  }
  if (dropped > 0) out.push(section(moreNote(dropped, "section")));
  return out;
}

/**
 * Renders an answer as Block Kit: header, summary, body, sources and as-of dates, follow-up
 * buttons, and the share and picker controls. Stays inside every Slack limit by cutting
 * cleanly and saying so, never by letting Slack refuse the message.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const head: Block[] = [];
  if (answer.title.trim()) {
    head.push({ type: "header", text: plain(answer.title.trim(), LIMITS.headerText) });
  }
  const summary = answer.summary.trim();
  // The summary is the notification text; in the message it would repeat the body.
  if (showsSummary(answer)) head.push(section(`*${truncate(escapeSlack(summary), SUMMARY_MAX)}*`));
  const tail = [
    renderContext(answer, options.shared ?? false),
    renderFollowUps(answer),
    renderControls(answer, options),
  ].filter((b): b is Block => b !== undefined);
  const fixed = [...head, ...tail];
  const body = renderBody(
    answer,
    LIMITS.blocks - fixed.length,
    LIMITS.messageJson - jsonSize(fixed),
  );
  const text = truncate(
    escapeSlack(summary || answer.title.trim() || "Answer"),
    LIMITS.notificationText,
  );
  return { text, blocks: [...head, ...body, ...tail] };
}

/** A short notice (rate limit, error, expired button) as one safe section. */
export function renderNotice(message: string): SlackMessage {
  const text = truncate(escapeSlack(message.trim() || "Something went wrong."), LIMITS.sectionText);
  return { text: truncate(text, LIMITS.notificationText), blocks: [section(text)] };
}

/** Picker options: at most 100, labels cut to 75 characters, over-long values left out. */
export function renderOptions(choices: Choice[]): types.PlainTextOption[] {
  return choices
    .filter((c) => c.value.length > 0 && c.value.length <= LIMITS.optionValue)
    .slice(0, LIMITS.options)
    .map((c) => ({ text: plain(c.label.trim() || c.value, LIMITS.optionText), value: c.value }));
}
