import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allMatches } from "../../src/core/engine/matches.ts";

const simple = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, [...m]]);

describe("allMatches", () => {
  it("gives what matchAll gives, groups and positions included", () => {
    const cases: [string, RegExp][] = [
      ["models over 200k context under $1 input", /(over|under)\s*\$?(\d+)(k)?/g],
      ["a1 b22 c333", /[a-z](\d+)/g],
      ["nothing here", /\d+/g],
      ["", /x/g],
      // Empty matches step forward one character, as matchAll does.
      ["abc", /x*/g],
      ["a,b,,c", /(?=,)|,/g],
    ];
    for (const [text, re] of cases) {
      expect(simple(allMatches(text, re))).toEqual(simple(text.matchAll(re)));
    }
  });

  it("agrees with matchAll on any text", () => {
    const patterns = [/a+/g, /b*/g, /(a)(b)?/g, /\bab\b|(?=b)/g, /[ab]{2}/gu];
    fc.assert(
      fc.property(fc.stringMatching(/^[ab c]{0,12}$/), (text) => {
        for (const re of patterns)
          expect(simple(allMatches(text, re))).toEqual(simple(text.matchAll(re)));
      }),
    );
  });

  it("leaves a shared pattern ready for the next caller", () => {
    const re = /\d/g;
    expect(allMatches("1 2 3", re)).toHaveLength(3);
    expect(re.lastIndex).toBe(0);
    expect(allMatches("4 5", re)).toHaveLength(2);
  });

  it("refuses a pattern without the g flag, as matchAll does", () => {
    expect(() => allMatches("abc", /b/)).toThrow(TypeError);
  });
});
