import { describe, expect, it } from "vitest";
import { FollowUpCodec } from "../../../src/adapters/discord/follow-ups.ts";
import { renderAnswer } from "../../../src/adapters/discord/render.ts";
import { loadCatalog } from "../../../src/core/catalog/load.ts";
import { createEngine } from "../../../src/core/engine/create.ts";
import { collectTexts, findLimitViolations, findLiveMarkup } from "../../support/discord-limits.ts";
import { FACT_ONCE_CASES, occurrences } from "../../support/fact-once.ts";

// The engine's real answers over the bundled catalog, rendered for Discord: whatever the core
// says, the message stays sendable and inert.

const engine = createEngine(loadCatalog("data"));
const codec = new FollowUpCodec();

const QUESTIONS = [
  "gpt-5.1-codex-mini",
  "gpt-5.1-codex-mini context",
  "what rank is gpt-5.1-codex-mini on WebDev Arena?",
  "transparency of gpt-5.1-codex-mini",
  "compare gpt-4o and claude sonnet 4.5 on price",
  "compare gpt-4o vs claude sonnet 4.5 vs gemini 2.5 pro vs gpt-5.1-codex-mini",
  "top 25 on livebench coding",
  "open-weights models with over 1M context",
  "models with vision and function calling",
  "where can I run llama 3.1 405b",
  "help",
  "gemni 2.5 prp",
  "claude",
  "",
  "@everyone <@123> [click](https://evil.example) **bold** `code` ```fence",
];

describe("real answers rendered for Discord", () => {
  it.each(QUESTIONS)("%j fits every limit and pings no one", (question) => {
    const body = renderAnswer(engine.ask(question), (q, i) => codec.encode(q, i));
    expect(findLimitViolations(body)).toEqual([]);
    expect(collectTexts(body).flatMap(findLiveMarkup)).toEqual([]);
    expect(body.embeds).toHaveLength(1);
  });
});

describe("each fact once", () => {
  it.each(FACT_ONCE_CASES)("%s shows %s once in the embed", (q, fact) => {
    const message = renderAnswer(engine.ask(q), (query, i) => codec.encode(query, i));
    expect(occurrences(JSON.stringify(message.embeds), fact)).toBe(1);
  });
});
