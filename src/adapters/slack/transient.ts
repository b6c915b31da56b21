import type { RetryAdvice } from "../../app/retry.ts";

/**
 * Which failures of a Slack call are worth another try: rate limits (after the Retry-After the
 * Web API client reports, in seconds), 5xx answers and network errors, from the Web API client
 * and from Bolt's response_url poster alike. A refused token or a bad request is final.
 */
export function classifySlackError(error: unknown): RetryAdvice {
  const e = error as { code?: string; statusCode?: number; retryAfter?: number };
  switch (e.code) {
    case "slack_webapi_rate_limited_error":
      return { retry: true, afterMs: Math.max(0, (e.retryAfter ?? 1) * 1000) };
    case "slack_webapi_request_error":
      return { retry: true };
    case "slack_webapi_http_error":
    case "slack_bolt_respond_error": {
      const status = e.statusCode ?? 0;
      return status === 429 || status >= 500 ? { retry: true } : { retry: false };
    }
    default:
      // fetch (Bolt's response_url poster) rejects with a TypeError when the network fails.
      return error instanceof TypeError && /fetch failed/i.test(error.message)
        ? { retry: true }
        : { retry: false };
  }
}
