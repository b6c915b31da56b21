import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { suggestChoices } from "../../src/adapters/discord/autocomplete.ts";
import { FollowUpCodec } from "../../src/adapters/discord/follow-ups.ts";
import {
  renderAnswer as renderDiscord,
  renderNotice as renderDiscordNotice,
} from "../../src/adapters/discord/render.ts";
import {
  renderOptions,
  renderAnswer as renderSlack,
  renderNotice as renderSlackNotice,
} from "../../src/adapters/slack/render.ts";
import type { Answer } from "../../src/core/answer/types.ts";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { collectTexts, findLimitViolations } from "../support/discord-limits.ts";
import { checkSlackLimits, sentLinks } from "../support/slack-limits.ts";
import { FUZZ_PARAMS, FUZZ_TIMEOUT, hostileAnswer, hostileText, MaxTime } from "./arbitraries.ts";

const engine = createEngine(loadCatalog("data"));
const codec = new FollowUpCodec();
const encode = (query: string, index: number) => codec.encode(query, index);
const timing = { slack: new MaxTime(), discord: new MaxTime() };

afterAll(() => {
  console.info(timing.slack.report("slack renderAnswer"));
  console.info(timing.discord.report("discord renderAnswer"));
});

/** Links may only point where the data's citations point; user text can never make one. */
const citedUrls = (answer: Answer) =>
  new Set(answer.citations.flatMap((c) => (c.url ? [c.url] : [])));

/**
 * Targets of live Discord masked links, `[label](url)`: a "](" whose "]" is not escaped (an even
 * run of backslashes before it) after an unescaped "[". Errs on the side of reporting.
 */
function discordLinkTargets(text: string): string[] {
  const live = (i: number) => {
    let n = 0;
    while (i - 1 - n >= 0 && text[i - 1 - n] === "\\") n++;
    return n % 2 === 0;
  };
  const out: string[] = [];
  let open = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "[" && live(i)) open = true;
    if (text[i] === "]" && live(i) && open && text[i + 1] === "(") {
      const end = text.indexOf(")", i + 2);
      out.push(text.slice(i + 2, end < 0 ? undefined : end).split(/\s/)[0] ?? "");
    }
  }
  return out;
}

/** Live Discord mentions: user, role and channel pings, slash-command links, @everyone/@here. */
const DISCORD_PINGS = /<@[!&]?\d+>|<#\d+>|<\/[^:>]+:\d+>|@(everyone|here)/i;

function checkSlack(answer: Answer, question: string): void {
  const message = timing.slack.time(() => renderSlack(answer, { share: question, picker: true }));
  expect(checkSlackLimits(message)).toEqual([]);
  const allowed = citedUrls(answer);
  for (const url of sentLinks(message)) expect(allowed).toContain(url.replace(/&amp;/g, "&"));
}

function checkDiscord(answer: Answer): void {
  const message = timing.discord.time(() => renderDiscord(answer, encode));
  expect(findLimitViolations(message)).toEqual([]);
  const allowed = citedUrls(answer);
  for (const text of collectTexts(message)) {
    expect(text).not.toMatch(DISCORD_PINGS);
    for (const url of discordLinkTargets(text)) expect(allowed).toContain(url);
  }
}

describe("the fuzz checks themselves", () => {
  // A check that never fires would make every property below pass for nothing.
  it.each([
    ["[x](https://evil.example)", ["https://evil.example"]],
    ["\\[x\\](https://evil.example)", []],
    ["\\\\[x\\\\](https://evil.example)", ["https://evil.example"]],
    ["see [docs](https://example.com/card) and (this)", ["https://example.com/card"]],
    ["plain text (with brackets] and parens)", []],
  ])("finds the live masked links in %j", (text, targets) => {
    expect(discordLinkTargets(text)).toEqual(targets);
  });

  it.each(["@everyone", "hi @Here", "<@123>", "<@!123>", "<@&123>", "<#123>", "</model:123>"])(
    "sees %j as a live Discord ping",
    (text) => expect(text).toMatch(DISCORD_PINGS),
  );

  it.each(["@\u200beveryone", "<\u200b@123>", "<#C123>", "email@example.com"])(
    "sees %j as inert",
    (text) => expect(text).not.toMatch(DISCORD_PINGS),
  );

  it("catches a renderer that echoes user text raw", () => {
    const raw = { text: "<!channel> <https://evil.example|click>", blocks: [] };
    expect(checkSlackLimits(raw)).not.toEqual([]);
  });
});

describe("fuzz: Slack and Discord renderers", () => {
  it(
    "render every engine answer to any input inside the limits, with no ping or forged link",
    () => {
      fc.assert(
        fc.property(hostileText(), (question) => {
          const answer = engine.ask(question);
          checkSlack(answer, question);
          checkDiscord(answer);
        }),
        FUZZ_PARAMS,
      );
    },
    FUZZ_TIMEOUT,
  );

  // One property per platform, so a failure in one renderer does not hide the other's.
  it.each([
    ["Slack", (answer: Answer) => checkSlack(answer, answer.query)],
    ["Discord", checkDiscord],
  ] as const)(
    "%s renders any answer, however hostile its strings and long its lists, safely and in bounds",
    (_platform, check) => {
      fc.assert(
        fc.property(hostileAnswer, (answer) => check(answer)),
        FUZZ_PARAMS,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "render any notice text safely and in bounds",
    () => {
      fc.assert(
        fc.property(hostileText(), (text) => {
          expect(checkSlackLimits(renderSlackNotice(text))).toEqual([]);
          const discord = renderDiscordNotice(text);
          expect(findLimitViolations(discord)).toEqual([]);
          for (const t of collectTexts(discord)) {
            expect(t).not.toMatch(DISCORD_PINGS);
            expect(discordLinkTargets(t)).toEqual([]);
          }
        }),
        FUZZ_PARAMS,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "fill pickers and autocomplete from any typed text inside the limits",
    () => {
      fc.assert(
        fc.property(
          hostileText(300),
          fc.constantFrom("model", "topic", "benchmark"),
          (typed, option) => {
            const suggest = {
              model: () => engine.suggestModels(typed, 100),
              topic: () => engine.suggestTopics(typed, 100),
              benchmark: () => engine.suggestBenchmarks(typed, 100),
            }[option];
            expect(checkSlackLimits({ options: renderOptions(suggest()) })).toEqual([]);
            const choices = suggestChoices(engine, option, typed);
            expect(choices.length).toBeLessThanOrEqual(25);
            for (const c of choices) {
              expect(c.name.length).toBeGreaterThan(0);
              expect(c.name.length).toBeLessThanOrEqual(100);
              expect(c.value.length).toBeGreaterThan(0);
              expect(c.value.length).toBeLessThanOrEqual(100);
            }
          },
        ),
        FUZZ_PARAMS,
      );
    },
    FUZZ_TIMEOUT,
  );
});
