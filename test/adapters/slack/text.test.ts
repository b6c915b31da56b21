import { describe, expect, it } from "vitest";
import {
  decodeSlackText,
  escapeSlack,
  stripBotMention,
  truncate,
} from "../../../src/adapters/slack/text.ts";

describe("escapeSlack", () => {
  it.each([
    ["a & b < c > d", "a &amp; b &lt; c &gt; d"],
    ["<!channel>", "&lt;!channel&gt;"],
    ["<https://evil.example|click>", "&lt;https://evil.example|click&gt;"],
    ["hi @everyone and @Here, @channel", "hi @\u200beveryone and @\u200bHere, @\u200bchannel"],
    // Glued keywords are defused too: a later cut could otherwise leave "@here…" live.
    ["mail@heresy.org", "mail@\u200bheresy.org"],
    ["@everyonegpt", "@\u200beveryonegpt"],
    ["&amp;", "&amp;amp;"],
  ])("%j → %j", (input, output) => {
    expect(escapeSlack(input)).toBe(output);
  });
});

describe("truncate", () => {
  it.each([
    ["short", 10, "short"],
    ["abcdefghij", 5, "abcd…"],
    ["ab&amp;cd", 5, "ab…"],
    ["ab&lt;cd", 6, "ab…"],
    ["a😀b", 3, "a…"],
  ])("%j to %i → %j", (input, max, output) => {
    expect(truncate(input, max)).toBe(output);
  });
});

describe("decodeSlackText", () => {
  it.each([
    ["<@U123|alice> hi", "@alice hi"],
    ["<@U123> hi", "@U123 hi"],
    ["<#C1|general>", "#general"],
    ["<!here> <!channel> <!everyone>", "@here @channel @everyone"],
    ["<!subteam^S1|@devs>", "@devs"],
    ["see <https://example.com|the docs> or <https://x.io>", "see the docs or https://x.io"],
    ["a &lt; b &amp;&amp; c &gt; d", "a < b && c > d"],
    ["a < b", "a < b"],
  ])("%j → %j", (input, output) => {
    expect(decodeSlackText(input)).toBe(output);
  });
});

describe("stripBotMention", () => {
  it.each([
    ["<@UBOT> gpt-5 context", "UBOT", "gpt-5 context"],
    ["hey <@UBOT|model-bot> what is gpt-5?", "UBOT", "hey   what is gpt-5?"],
    ["<@UOTHER> gpt-5", undefined, "gpt-5"],
    ["compare <@U1> and gpt-5", "UBOT", "compare <@U1> and gpt-5"],
  ])("%j → %j", (input, bot, output) => {
    expect(stripBotMention(input, bot)).toBe(output);
  });
});
