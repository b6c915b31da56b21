import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBasicBot } from "../../../src/app/bot.ts";
import type { Answer } from "../../../src/core/answer/types.ts";
import { loadCatalog } from "../../../src/core/catalog/load.ts";
import { createEngine } from "../../../src/core/engine/create.ts";
import { readPng } from "../../support/png.ts";
import {
  blockActions,
  commandForm,
  createTestDeps,
  SECRET,
  startSlackPair,
} from "../../support/slack-app.ts";
import type { Captured, FakeSlack } from "../../support/slack-fake.ts";
import { postEvent, postPayload, postSigned } from "../../support/slack-sign.ts";

// The real Bolt over HTTP against the fake Slack: charts go up with files.uploadV2 (URL, upload,
// complete) after the text answer, and private answers offer "Show chart", which DMs it.

type Pair = Awaited<ReturnType<typeof startSlackPair>>;
let pair: Pair;
let fake: FakeSlack;
let ts = 1700000100;

beforeAll(async () => {
  pair = await startSlackPair("http");
  fake = pair.fake;
});
afterAll(async () => {
  await pair.stop();
});

const index = (c: Captured) => fake.calls.indexOf(c);

/** The three calls of one files.uploadV2, for the completion that shares into `channel`. */
async function uploadTo(channel: string) {
  const complete = await fake.nextCall(
    (c) => c.name === "files.completeUploadExternal" && c.body.channel_id === channel,
  );
  const files = complete.body.files as { id: string; title: string }[];
  const id = files[0]?.id ?? "";
  // The fake numbers files in the order their URLs were asked for (F0001, F0002, ...).
  const url = fake.calls.filter((c) => c.name === "files.getUploadURLExternal")[
    Number(id.slice(1)) - 1
  ];
  const upload = fake.calls.find((c) => c.kind === "upload" && c.name === id);
  if (!url || !upload?.raw) throw new Error("upload steps missing");
  const start = upload.raw.indexOf(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return {
    complete,
    url,
    upload,
    png: readPng(upload.raw.subarray(start)),
    title: files[0]?.title,
  };
}

async function mention(question: string, channel: string) {
  const at = `${++ts}.000001`;
  const res = await postEvent(
    pair.events,
    { type: "app_mention", user: "U1", text: `<@UBOT> ${question}`, ts: at, channel, event_ts: at },
    SECRET,
  );
  expect(res.status).toBe(200);
  return at;
}

describe("charts in Slack", () => {
  const cases = [
    ["top 10 on livebench coding", "C21"],
    ["compare gpt-5 and claude opus 4.5 on livebench", "C22"],
    ["price vs livebench score for open weights models", "C23"],
    ["gpt-4o livebench history", "C24"],
  ] as const;
  for (const [question, channel] of cases) {
    it(`uploads the chart of "${question}" into the thread, after the text answer`, async () => {
      const thread = await mention(question, channel);
      const text = await fake.nextCall(
        (c) => c.name === "chat.postMessage" && c.body.channel === channel,
      );
      const { complete, url, upload, png, title } = await uploadTo(channel);
      // The text answer, complete in its blocks, went out before any step of the upload.
      expect(index(text)).toBeLessThan(index(url));
      expect(index(url)).toBeLessThan(index(upload));
      expect(index(upload)).toBeLessThan(index(complete));
      expect(JSON.stringify(text.body.blocks).length).toBeGreaterThan(200);
      expect(complete.body.thread_ts).toBe(thread);
      expect(String(complete.body.initial_comment)).toBe(String(text.body.text));
      expect(url.body.filename).toBe("chart.png");
      expect(String(url.body.alt_text)).toMatch(/chart|plot/i);
      expect(title?.length).toBeGreaterThan(5);
      expect(png.complete).toBe(true);
      expect(png.width).toBeGreaterThanOrEqual(1200);
    });
  }

  it("uploads nothing for an answer without a chart", async () => {
    await mention("gpt-5.1-codex-mini context", "C25");
    await fake.nextCall((c) => c.name === "chat.postMessage" && c.body.channel === "C25");
    // A later question's chart lands; had the first one had an upload it would have come first.
    await mention("top 5 on livebench", "C26");
    await uploadTo("C26");
    expect(fake.calls.some((c) => c.body.channel_id === "C25")).toBe(false);
  });

  it("offers 'Show chart' on a private answer, and the button DMs the chart to the asker", async () => {
    const res = await postSigned(
      pair.events,
      commandForm("top 10 on livebench coding", fake.responseUrl("private-1")),
      SECRET,
    );
    expect(res.status).toBe(200);
    const posted = await fake.nextCall((c) => c.kind === "response" && c.name === "private-1");
    expect(posted.body.response_type).toBe("ephemeral");
    const blocks = JSON.stringify(posted.body.blocks);
    expect(blocks).toContain('"action_id":"model_chart"');
    expect(blocks).toContain("Show chart");
    // No chart, no button.
    await postSigned(
      pair.events,
      commandForm("gpt-4o context", fake.responseUrl("private-2")),
      SECRET,
    );
    const plain = await fake.nextCall((c) => c.kind === "response" && c.name === "private-2");
    expect(JSON.stringify(plain.body.blocks)).not.toContain("model_chart");

    await postPayload(
      pair.events,
      blockActions(
        { type: "button", action_id: "model_chart", value: "top 10 on livebench coding" },
        fake.responseUrl("clicked-1"),
        { type: "message", is_ephemeral: true, channel_id: "C1" },
      ),
      SECRET,
    );
    const open = await fake.nextCall((c) => c.name === "conversations.open");
    expect(open.body.users).toBe("U1");
    const { png } = await uploadTo("DU1");
    expect(png.width).toBeGreaterThanOrEqual(1200);
    const note = await fake.nextCall((c) => c.kind === "response" && c.name === "clicked-1");
    expect(note.body.text).toContain("direct message");
    expect(note.body.response_type).toBe("ephemeral");
  });

  it("keeps the text answer when the chart cannot be drawn, and logs why", async () => {
    const engine = createEngine(loadCatalog("data"));
    // A chart the renderer cannot draw (a kind it does not know) must cost only the picture.
    const broken = (answer: Answer): Answer =>
      answer.chart ? { ...answer, chart: { ...answer.chart, kind: "pie" } as never } : answer;
    const bot = createBasicBot(engine);
    const warnings: string[] = [];
    let warned: () => void = () => {};
    const logged = new Promise<void>((resolve) => {
      warned = resolve;
    });
    const deps = createTestDeps({
      engine: bot.engine,
      handle: async (r) => {
        const reply = await bot.handle(r);
        return reply.kind === "answer" ? { ...reply, answer: broken(reply.answer) } : reply;
      },
    });
    deps.log.warn = ((_: unknown, msg: string) => {
      warnings.push(msg);
      warned();
    }) as typeof deps.log.warn;
    const other = await startSlackPair("http", deps);
    try {
      const at = `${++ts}.000001`;
      await postEvent(
        other.events,
        {
          type: "app_mention",
          user: "U1",
          text: "<@UBOT> top 5 on livebench",
          ts: at,
          channel: "C30",
          event_ts: at,
        },
        SECRET,
      );
      const text = await other.fake.nextCall((c) => c.name === "chat.postMessage");
      expect(JSON.stringify(text.body.blocks)).toContain("LiveBench");
      await logged;
      expect(warnings[0]).toContain("chart not sent");
      expect(other.fake.calls.some((c) => c.name === "files.completeUploadExternal")).toBe(false);
    } finally {
      await other.stop();
    }
  });
});
