import { PassThrough } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { startConsoleChat } from "../../../src/adapters/console/chat.ts";
import { createBasicBot } from "../../../src/app/bot.ts";
import { upHealth } from "../../../src/app/health.ts";
import { loadCatalog } from "../../../src/core/catalog/load.ts";
import { createEngine } from "../../../src/core/engine/create.ts";
import { fixtureCatalog } from "../../support/fixture-catalog.ts";

function deps() {
  const bot = createBasicBot(createEngine(fixtureCatalog()));
  return {
    bot,
    log: pino({ level: "silent" }),
    health: () => upHealth({ hash: "x", records: 1 }),
  };
}

/** A chat on in-memory streams; `printed()` is everything it wrote. */
async function openChat() {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (d: Buffer) => {
    printed += d.toString();
  });
  const chat = await startConsoleChat(deps(), { input, output });
  return { input, chat, printed: () => printed };
}

describe("console chat", () => {
  it("answers each line, shows help, and ends on quit", async () => {
    const { input, chat, printed } = await openChat();
    input.write("gpt-5.1-codex-mini context\n");
    input.write("help\n");
    input.write("quit\n");
    input.write("gpt-4o price\n");
    await chat.closed;
    expect(printed()).toContain("models loaded");
    expect(printed()).toContain("400K tokens");
    expect(printed()).toContain("model-bot: ask about AI language models");
    // Nothing after quit is answered.
    expect(printed()).not.toContain("GPT-4o: pricing");
  });

  it("answers every piped line before it reports closed at end of input", async () => {
    const { input, chat, printed } = await openChat();
    input.end("gpt-4o price\nclaude sonnet 4.5 context\n");
    await chat.closed;
    expect(printed()).toContain("GPT-4o: pricing");
    expect(printed()).toContain("200K tokens");
  });

  it("continues one conversation over the session's lines", async () => {
    const { input, chat, printed } = await openChat();
    input.end("gpt-5.1-codex-mini context\nand its price?\n");
    await chat.closed;
    expect(printed()).toContain("GPT-5.1 Codex Mini: pricing");
  });
});

describe("console chat and charts", () => {
  it("says how to draw an answer's chart, since a terminal shows no picture", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (d: Buffer) => {
      printed += d.toString();
    });
    const real = { ...deps(), bot: createBasicBot(createEngine(loadCatalog("data"))) };
    const chat = await startConsoleChat(real, { input, output });
    input.write("top 5 on livebench\n");
    input.write("gpt-5.1-codex-mini context\n");
    input.end();
    await chat.closed;
    const hints = printed.match(/Chart \(\w+\): npm run ask -- --chart chart\.png '[^']*'/g);
    // The board has a chart; the context answer has none.
    expect(hints).toEqual(["Chart (bar): npm run ask -- --chart chart.png 'top 5 on livebench'"]);
  });
});
