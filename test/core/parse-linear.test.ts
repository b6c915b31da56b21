import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { looksLikeId } from "../../src/core/engine/parse.ts";

/** The regex looksLikeId replaced; cubic, so only ever run here on short text. */
const OLD = /[a-z].*[-/_:.].*[a-z\d]|\d.*[-/_:.].*[a-z]/;
const ALPHABET = fc.constantFrom(..."ab19-/_:.$ ?");

/**
 * An independent definition: some letter, then punctuation, then a letter or digit (or a digit,
 * punctuation, a letter), by position search rather than a scan with flags.
 */
function byPositions(s: string): boolean {
  const first = (re: RegExp, from: number) => {
    for (let i = from; i < s.length; i++) if (re.test(s[i] ?? "")) return i;
    return -1;
  };
  const chain = (a: RegExp, c: RegExp) => {
    const i = first(a, 0);
    const j = i < 0 ? -1 : first(/[-/_:.]/, i + 1);
    return j >= 0 && first(c, j + 1) >= 0;
  };
  return chain(/[a-z]/, /[a-z\d]/) || chain(/\d/, /[a-z]/);
}

describe("looksLikeId (the id test of parse.ts)", () => {
  it("agrees with the regex it replaced on short text", () => {
    fc.assert(
      fc.property(fc.string({ unit: ALPHABET, maxLength: 24 }), (s) => {
        expect(looksLikeId(s)).toBe(OLD.test(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("answers 10,000-character inputs the way the definition does", () => {
    const long = fc.tuple(fc.string({ unit: ALPHABET, maxLength: 30 }), fc.nat(9_970), ALPHABET);
    fc.assert(
      fc.property(long, ([head, n, fill]) => {
        const s = `${head}${fill.repeat(n)}`.padEnd(10_000, fill);
        expect(s.length).toBe(10_000);
        expect(looksLikeId(s)).toBe(byPositions(s));
      }),
      { numRuns: 200 },
    );
    // The worst case of the old pattern: letters then punctuation, nothing after it.
    expect(looksLikeId(`${"a".repeat(5000)}${"-".repeat(5000)}`)).toBe(false);
  });

  it("no regex in the engine has two unbounded wildcards in a row (the cubic shape)", () => {
    const dir = new URL("../../src/core/engine/", import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".ts"),
    );
    const offenders = files.flatMap((f) =>
      readFileSync(new URL(f, dir), "utf8")
        .split("\n")
        .filter((line) => !/^\s*(\/\/|\*)/.test(line) && /\.[*+].*\.[*+]/.test(line))
        .filter((line) => !/\\\.[*+]/.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
