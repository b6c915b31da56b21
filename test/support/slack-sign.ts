import { createHmac } from "node:crypto";

export interface SignOptions {
  /** Seconds since the epoch; now when absent. */
  timestamp?: number;
  /** Sign with this secret instead (a wrong one gives a bad signature). */
  secret?: string;
}

/** Slack's request signature: v0= + HMAC-SHA256(secret, "v0:{timestamp}:{raw body}"). */
export function signSlack(body: string, secret: string, options: SignOptions = {}) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const digest = createHmac("sha256", options.secret ?? secret)
    .update(`v0:${timestamp}:${body}`)
    .digest("hex");
  return {
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${digest}`,
  };
}

/** POSTs a form body to the app as Slack would, signed. */
export function postSigned(
  url: string,
  form: Record<string, string>,
  secret: string,
  options: SignOptions = {},
) {
  const body = new URLSearchParams(form).toString();
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...signSlack(body, secret, options),
    },
    body,
  });
}

/** An interactive payload (block_actions, block_suggestion) wrapped as Slack sends it. */
export function postPayload(url: string, payload: unknown, secret: string) {
  return postSigned(url, { payload: JSON.stringify(payload) }, secret);
}

/** An Events API callback, as JSON, signed. */
export function postEvent(url: string, event: Record<string, unknown>, secret: string) {
  const body = JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: `Ev${Math.random().toString(36).slice(2, 10)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
    event,
  });
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...signSlack(body, secret) },
    body,
  });
}
