import { describe, expect, it } from "vitest";
import {
  escapeText,
  fitLines,
  neutralizeMentions,
  truncate,
} from "../../../src/adapters/discord/text.ts";

const Z = "\u200b";

describe("escapeText", () => {
  it.each([
    [
      "**bold** _it_ ~~s~~ ||spoiler|| `code`",
      "\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\`",
    ],
    ["[click](https://evil.example)", `\\[click\\]${Z}(https://evil.example)`],
    [
      "# heading\n> quote\n- item\n1. first\n-# small",
      "\\# heading\n\\> quote\n\\- item\n1\\. first\n\\-# small",
    ],
    ["@everyone and @here", `@${Z}everyone and @${Z}here`],
    [
      "<@123> <@!4> <@&456> <#789> </cmd:1>",
      `<${Z}@123> <${Z}@!4> <${Z}@&456> <${Z}#789> <${Z}/cmd:1>`,
    ],
    ["a\\b", "a\\\\b"],
    ["83.6 -5 #1 >x", "83.6 -5 #1 >x"],
    [">>> quote\n### h3", "\\>>> quote\n\\### h3"],
    ["400K tokens, $0.25 in / $2.00 out", "400K tokens, $0.25 in / $2.00 out"],
  ])("%j → %j", (input, output) => {
    expect(escapeText(input)).toBe(output);
  });
});

describe("neutralizeMentions", () => {
  it("leaves ordinary text alone", () => {
    expect(neutralizeMentions("GPT-5.1 Codex Mini (as of 2026-01-08)")).toBe(
      "GPT-5.1 Codex Mini (as of 2026-01-08)",
    );
  });
});

describe("truncate", () => {
  it.each([
    ["short", 10, "short"],
    ["exactly10!", 10, "exactly10!"],
    ["longer than ten", 10, "longer th…"],
    ["abcdefgh\\*\\*", 10, "abcdefgh…"],
    ["abcdefgh😀x", 10, "abcdefgh…"],
  ])("%j to %i → %j", (text, max, out) => {
    expect(truncate(text, max)).toBe(out);
    expect(truncate(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe("fitLines", () => {
  const note = (n: number) => (n > 0 ? `+${n}` : "cut");
  it.each<[string[], number, string]>([
    [["a", "b", "c"], 5, "a\nb\nc"],
    [["aa", "bb", "cc", "dd"], 9, "aa\nbb\n+2"],
    [["x".repeat(20), "b"], 10, "xxxxx…\n+1"],
    [["x".repeat(20)], 10, "xxxxx…\ncut"],
  ])("%j in %i → %j", (lines, max, out) => {
    expect(fitLines(lines, max, note)).toBe(out);
    expect(fitLines(lines, max, note).length).toBeLessThanOrEqual(max);
  });

  it("joins with another separator", () => {
    expect(fitLines(["a", "b", "c", "d"], 9, note, " · ")).toBe("a · +3");
  });
});
