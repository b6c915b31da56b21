import { createHmac } from "node:crypto";

/** The signing secret both the bench's Slack servers and its load generator use. */
export const SLACK_SECRET = "bench-signing-secret-0123456789";

/** A slash-command body as Slack sends it, signed the way Bolt checks (v0 HMAC-SHA256). */
export function signedCommand(text: string, n: number, responseBase: string) {
  const body = new URLSearchParams({
    token: "legacy",
    team_id: "T1",
    team_domain: "bench",
    channel_id: "C1",
    channel_name: "general",
    user_id: `U${n % 1000}`,
    user_name: "bench",
    command: "/model",
    text,
    api_app_id: "A1",
    response_url: `${responseBase}/respond/${n}`,
    trigger_id: `${n}.1.bench`,
  }).toString();
  const ts = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac("sha256", SLACK_SECRET).update(`v0:${ts}:${body}`).digest("hex")}`;
  return {
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": ts,
      "x-slack-signature": signature,
    },
  };
}
