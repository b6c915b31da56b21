import { createHmac } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { type QuestionPool, runTurns, type SoakTurn, soakTurn } from "./soak-plan.ts";

export const SOAK_SLACK_SECRET = "soak-signing-secret-0123456789abcdef";
const BOT = { user_id: "UBOT", bot_id: "BBOT", team_id: "T1", user: "model-bot" };
/** How long one answer may take before the soak counts it as lost. */
const ANSWER_TIMEOUT_MS = 15_000;

/** What the Slack side of a soak run saw. */
export interface SlackSoakCounts {
  questions: number;
  /** Extra deliveries of an event already sent (X-Slack-Retry-Num), sent at the same moment. */
  retries: number;
  answered: number;
  /** Refusals the asker alone sees (rate limits): chat.postEphemeral. */
  ephemeral: number;
  /** Answers that never came within the timeout. */
  lost: number;
  /** Posts nobody waited for: a second answer to one question. */
  duplicates: number;
  chartsUploaded: number;
  non2xx: number;
}

/**
 * A lean stand-in for slack.com on loopback, for a long run: it keeps no history, only counts,
 * and hands each answer to whoever waits for its key (a response_url id, or channel + thread).
 */
export class SoakSlack {
  readonly #server = createServer((req, res) => {
    void this.#route(req).then(
      (body) => res.writeHead(200, { "content-type": "application/json" }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  readonly #waiting = new Map<string, (kind: "answer" | "ephemeral") => void>();
  #files = 0;
  counts = { answered: 0, ephemeral: 0, duplicates: 0, chartsUploaded: 0 };
  url = "";

  async start(): Promise<this> {
    this.#server.listen(0, "127.0.0.1");
    await once(this.#server, "listening");
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  /** Resolves with how the answer under `key` came, or "lost" after the timeout. */
  expect(key: string): Promise<"answer" | "ephemeral" | "lost"> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(key);
        resolve("lost");
      }, ANSWER_TIMEOUT_MS);
      this.#waiting.set(key, (kind) => {
        clearTimeout(timer);
        resolve(kind);
      });
    });
  }

  #deliver(key: string, kind: "answer" | "ephemeral"): void {
    const waiter = this.#waiting.get(key);
    if (waiter === undefined) {
      this.counts.duplicates += 1;
      return;
    }
    this.#waiting.delete(key);
    this.counts[kind === "answer" ? "answered" : "ephemeral"] += 1;
    waiter(kind);
  }

  async #route(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    if (path.startsWith("/upload/")) return "ok";
    const body: Record<string, unknown> = (req.headers["content-type"] ?? "").includes("json")
      ? JSON.parse(raw || "{}")
      : Object.fromEntries(new URLSearchParams(raw));
    if (path.startsWith("/response/")) {
      this.#deliver(`r:${path.slice("/response/".length)}`, "answer");
      return JSON.stringify({ ok: true });
    }
    const method = path.replace(/^\/api\//, "");
    const where = `m:${String(body.channel ?? "")}:${String(body.thread_ts ?? "")}`;
    switch (method) {
      case "auth.test":
        return JSON.stringify({ ok: true, ...BOT });
      case "chat.postMessage":
        this.#deliver(where, "answer");
        return JSON.stringify({ ok: true, channel: body.channel, ts: "1700000000.000200" });
      case "chat.postEphemeral":
        this.#deliver(where, "ephemeral");
        return JSON.stringify({ ok: true, message_ts: "1700000000.000200" });
      case "conversations.open":
        return JSON.stringify({ ok: true, channel: { id: `D${String(body.users ?? "")}` } });
      case "files.getUploadURLExternal": {
        const id = `F${++this.#files}`;
        return JSON.stringify({ ok: true, upload_url: `${this.url}/upload/${id}`, file_id: id });
      }
      case "files.completeUploadExternal":
        this.counts.chartsUploaded += 1;
        return JSON.stringify({ ok: true, files: [] });
      default:
        return JSON.stringify({ ok: true });
    }
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** One delivery as Slack would POST it: the body and its content type. */
interface Delivery {
  body: string;
  type: string;
  /** The key the answer arrives under at the fake. */
  answerKey: string;
  /** Deliver it twice at once, the second as Slack's retry. */
  retry: boolean;
}

const FORM = "application/x-www-form-urlencoded";

/**
 * The n-th Slack question as Slack delivers it. By user: four in ten use /model (their
 * follow-up is a press of the answer's follow-up button), four in ten @mention the bot in a
 * channel (the follow-up is a second mention in the answer's thread; one event in ten is also
 * delivered again at once as Slack's retry), two in ten ask in a DM.
 */
function delivery(t: SoakTurn, run: string, responseBase: string): Delivery {
  const user = `U${run}${pad(t.user, 6)}`;
  const channel = `C${pad(t.channel, 5)}`;
  const kind = t.user % 10;
  const now = Math.floor(Date.now() / 1000);
  if (kind < 4) {
    const id = `${run}-${t.n}`;
    const responseUrl = `${responseBase}/response/${id}`;
    if (!t.followUp) {
      const form = {
        token: "legacy",
        team_id: "T1",
        team_domain: "soak",
        channel_id: channel,
        channel_name: "soak",
        user_id: user,
        user_name: "asker",
        command: "/model",
        text: t.text,
        api_app_id: "A1",
        response_url: responseUrl,
        trigger_id: `${t.n}.1.soak`,
      };
      return {
        body: new URLSearchParams(form).toString(),
        type: FORM,
        answerKey: `r:${id}`,
        retry: false,
      };
    }
    const payload = {
      type: "block_actions",
      team: { id: "T1", domain: "soak" },
      user: { id: user, username: "asker", name: "asker", team_id: "T1" },
      api_app_id: "A1",
      token: "legacy",
      // The /model answer the button sits on is the asker's alone; so is the follow-up's answer.
      container: {
        type: "message",
        channel_id: channel,
        message_ts: "1700000000.000200",
        is_ephemeral: true,
      },
      trigger_id: `${t.n}.1.soak`,
      channel: { id: channel, name: "soak" },
      message: { type: "message", ts: "1700000000.000200", text: "x", user: "UBOT" },
      response_url: responseUrl,
      actions: [
        {
          block_id: "b1",
          action_ts: `${now}.0`,
          action_id: "model_followup_0",
          type: "button",
          text: { type: "plain_text", text: "price" },
          value: `${t.first} price`,
        },
      ],
    };
    return {
      body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      type: FORM,
      answerKey: `r:${id}`,
      retry: false,
    };
  }
  const dm = kind >= 8;
  const where = dm ? `D${run}${pad(t.user, 6)}` : channel;
  const thread = `1700000000.${pad(t.user, 6)}`;
  const ts = t.followUp ? `1700000001.${pad(t.user, 6)}` : thread;
  const event = dm
    ? {
        type: "message",
        channel_type: "im",
        channel: where,
        user,
        text: t.text,
        ts,
        event_ts: ts,
      }
    : {
        type: "app_mention",
        channel: where,
        user,
        text: `<@UBOT> ${t.text}`,
        ts,
        event_ts: ts,
        ...(t.followUp ? { thread_ts: thread } : {}),
      };
  const body = JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: `Ev${run}${pad(t.n, 7)}`,
    event_time: now,
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
    event,
  });
  return {
    body,
    type: "application/json",
    answerKey: dm ? `m:${where}:` : `m:${where}:${thread}`,
    retry: !dm && t.user % 20 === 5,
  };
}

function sign(body: string): Record<string, string> {
  const ts = String(Math.floor(Date.now() / 1000));
  const digest = createHmac("sha256", SOAK_SLACK_SECRET).update(`v0:${ts}:${body}`).digest("hex");
  return { "x-slack-request-timestamp": ts, "x-slack-signature": `v0=${digest}` };
}

/**
 * Sends `count` Slack questions (see soakTurn) to the bot's HTTP endpoint, `concurrency` at a
 * time, each waiting for its answer at the fake. `run` keeps ids of separate runs apart.
 */
export async function driveSlack(
  fake: SoakSlack,
  port: number,
  pool: QuestionPool,
  options: { count: number; concurrency: number; run: string; log?: (done: number) => void },
): Promise<SlackSoakCounts> {
  const url = `http://127.0.0.1:${port}/slack/events`;
  const before = { ...fake.counts };
  let retries = 0;
  let lost = 0;
  let non2xx = 0;
  const post = async (d: Delivery, retryNum?: number) => {
    const headers: Record<string, string> = { "content-type": d.type, ...sign(d.body) };
    if (retryNum !== undefined) headers["x-slack-retry-num"] = String(retryNum);
    const res = await fetch(url, { method: "POST", headers, body: d.body });
    await res.arrayBuffer();
    if (res.status !== 200) non2xx += 1;
  };
  await runTurns(
    options.count,
    options.concurrency,
    async (n) => {
      const d = delivery(soakTurn(n, pool), options.run, fake.url);
      const answer = fake.expect(d.answerKey);
      const sends = [post(d)];
      if (d.retry) {
        retries += 1;
        sends.push(post(d, 1));
      }
      await Promise.all(sends);
      if ((await answer) === "lost") lost += 1;
    },
    options.log,
  );
  // A second answer to a question would come after the first; give stragglers a moment.
  await new Promise((r) => setTimeout(r, 500));
  const c = fake.counts;
  return {
    questions: options.count,
    retries,
    answered: c.answered - before.answered,
    ephemeral: c.ephemeral - before.ephemeral,
    lost,
    duplicates: c.duplicates - before.duplicates,
    chartsUploaded: c.chartsUploaded - before.chartsUploaded,
    non2xx,
  };
}
