import type { Answer, AnswerBlock } from "../answer/types.ts";

function saysSomething(block: AnswerBlock, summary: string): boolean {
  switch (block.kind) {
    case "text":
      return block.text.trim() !== "" && block.text.trim() !== summary;
    case "facts":
      return block.rows.length > 0;
    case "table":
      return block.rows.length > 0;
    case "list":
      return block.items.length > 0;
  }
}

/**
 * Whether a rich rendering (a heading over the body: Slack blocks, Discord embeds) shows the
 * summary line too. The summary restates the body in one line for notifications and pipes;
 * under a heading and beside the body it would say each fact twice, so it is shown only when
 * the body says nothing of its own.
 */
export function showsSummary(answer: Answer): boolean {
  const summary = answer.summary.trim();
  return summary !== "" && !answer.blocks.some((b) => saysSomething(b, summary));
}
