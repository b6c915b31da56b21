import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitTable, fitWidths, wrapCell } from "../../src/core/render/fit-table.ts";

describe("fitTable", () => {
  it("keeps a table that fits as it is", () => {
    expect(fitTable(["a", "bb"], [["1", "2"]], 100)).toBe("a  bb\n-  --\n1  2");
  });

  it("never writes a line wider than the width, whatever the cells", () => {
    const cell = fc.string({ maxLength: 80 }).map((s) => s.replace(/\n/g, " "));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 6 }),
        fc.integer({ min: 30, max: 200 }),
        (n, rows, width) => {
          const table = fitTable(
            Array.from({ length: n }, (_, i) => `column ${i}`),
            rows.map((r) => r.slice(0, n)),
            width,
          );
          for (const line of table.split("\n")) expect(line.length).toBeLessThanOrEqual(width);
        },
      ),
    );
  });

  it("takes room from the widest columns first", () => {
    expect(fitWidths([10, 50, 60], 84)).toEqual([10, 35, 35]);
    expect(fitWidths([10, 20], 100)).toEqual([10, 20]);
  });

  it("wraps at spaces, hyphens and slashes, and cuts a cell past three lines with …", () => {
    expect(wrapCell("Claude Sonnet 4.5 (latest)", 18)).toEqual(["Claude Sonnet 4.5", "(latest)"]);
    expect(wrapCell("gpt-5.1-codex-mini", 10)).toEqual(["gpt-5.1-", "codex-mini"]);
    expect(wrapCell("a b c d e f g h", 3)).toEqual(["a b", "c d", "e …"]);
  });
});
