import { createHmac, timingSafeEqual } from "node:crypto";

/** Slack's replay window: a request signed more than five minutes away from now, either way, is refused. */
export const SIGNATURE_WINDOW_S = 300;

export type Verdict = { ok: true } | { ok: false; status: 400 | 401; reason: string };

/**
 * Checks Slack's request signature (v0 = HMAC-SHA256 of "v0:{timestamp}:{body}") and its
 * timestamp. Bolt checks the signature too, but only refuses timestamps in the past; one signed a
 * year ahead would stay replayable for a year, so both directions are refused here.
 */
export function verifySlackSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: Buffer,
  nowMs: number,
): Verdict {
  const ts = Number(headers.timestamp);
  if (!headers.timestamp || !Number.isInteger(ts)) {
    return { ok: false, status: 401, reason: "no request timestamp" };
  }
  if (Math.abs(nowMs / 1000 - ts) > SIGNATURE_WINDOW_S) {
    return { ok: false, status: 401, reason: "timestamp outside the five-minute window" };
  }
  const given = headers.signature ?? "";
  const expected = `v0=${createHmac("sha256", secret).update(`v0:${ts}:`).update(body).digest("hex")}`;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return { ok: false, status: 401, reason: "bad signature" };
  }
  return { ok: true };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What a verified request carries, for de-duplication: its Events API id when it has one. */
export interface SlackDelivery {
  eventId?: string;
}

/**
 * Checks that a body is one of the shapes Slack sends (an Events API object, an interactive
 * payload, a slash command, an SSL check); anything else is answered 400 at once rather than
 * handed to Bolt, which fails on it without answering (a JSON `null` left the request hanging).
 */
export function readSlackBody(
  contentType: string | undefined,
  body: Buffer,
): { ok: true; delivery: SlackDelivery } | { ok: false; reason: string } {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
  const text = body.toString("utf8");
  if (type === "application/json") {
    const value = parseJson(text);
    if (!isObject(value) || typeof value.type !== "string") {
      return { ok: false, reason: "JSON body is not a Slack event object" };
    }
    return {
      ok: true,
      delivery: typeof value.event_id === "string" ? { eventId: value.event_id } : {},
    };
  }
  if (type === "application/x-www-form-urlencoded") {
    const form = new URLSearchParams(text);
    const payload = form.get("payload");
    if (payload !== null) {
      const value = parseJson(payload);
      if (!isObject(value) || typeof value.type !== "string") {
        return { ok: false, reason: "payload is not a Slack interaction object" };
      }
      return { ok: true, delivery: {} };
    }
    if (form.get("ssl_check") === "1" || form.get("command") !== null) {
      return { ok: true, delivery: {} };
    }
    return { ok: false, reason: "form is neither a command nor an interaction" };
  }
  return { ok: false, reason: "unsupported content type" };
}
