import type { AdapterDeps } from "../../app/adapter.ts";
import { DEFAULT_RETRY, withRetry } from "../../app/retry.ts";
import type { SlackMessage } from "./render.ts";
import { classifySlackError } from "./transient.ts";

// Link previews of source pages would bury the answer; the sources line already names them.
export const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

// Slack's refusals of a message's layout; the plain-text fallback still gets through.
const LAYOUT_ERRORS = [
  "invalid_blocks",
  "invalid_blocks_format",
  "msg_too_long",
  "msg_blocks_too_long",
];

function isLayoutRefusal(error: unknown): boolean {
  const e = error as { data?: { error?: string }; code?: string; statusCode?: number };
  if (e.data?.error !== undefined) return LAYOUT_ERRORS.includes(e.data.error);
  // A response_url answers a refused layout with 400; Bolt's RespondError keeps only the status.
  return e.code === "slack_bolt_respond_error" && e.statusCode === 400;
}

/**
 * Sends a rendered message. A transient failure (429, 5xx, the network) is retried with backoff
 * within the deadline, waiting only on this reply; if Slack refuses its blocks (a limit stricter
 * than documented), the plain-text summary goes instead, so the asker gets an answer, not silence.
 */
export async function sendMessage<T>(
  deps: Pick<AdapterDeps, "log" | "retry">,
  message: SlackMessage,
  send: (message: SlackMessage | { text: string }) => Promise<T>,
): Promise<T> {
  const { log } = deps;
  const attempt = (m: SlackMessage | { text: string }) =>
    withRetry(
      () => send(m),
      classifySlackError,
      deps.retry ?? DEFAULT_RETRY,
      (err, waitMs) =>
        log.warn({ err, waitMs: Math.round(waitMs) }, "slack: sending failed; trying again"),
    );
  try {
    return await attempt(message);
  } catch (error) {
    if (message.blocks.length === 0 || !isLayoutRefusal(error)) throw error;
    log.warn({ err: error }, "slack: blocks refused, sent the plain-text answer instead");
    return attempt({ text: message.text });
  }
}
