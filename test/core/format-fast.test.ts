import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate, formatGrouped } from "../../src/core/answer/format.ts";

// formatGrouped and formatDate skip Intl on their common paths; these hold them to what Intl
// with the same fixed settings gives.
const GROUPED = new Intl.NumberFormat("en-US");
const MONTH = new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" });

describe("formatGrouped", () => {
  it("groups like Intl en-US for every number", () => {
    for (const n of [0, -0, 1, 12, 123, 1234, 999_999, 1_000_000, 400_000, 2 ** 53 - 1, -5, 1.5]) {
      expect(formatGrouped(n)).toBe(GROUPED.format(n));
    }
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.maxSafeInteger(), fc.double()), (n) => {
        expect(formatGrouped(n)).toBe(GROUPED.format(n));
      }),
    );
  });
});

describe("formatDate", () => {
  it("names each month as Intl en-US does", () => {
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, "0");
      const name = MONTH.format(Date.UTC(2000, m - 1, 1));
      expect(formatDate(`2025-${mm}`)).toBe(`${name} 2025`);
      expect(formatDate(`2025-${mm}-07`)).toBe(`7 ${name} 2025`);
    }
    expect(formatDate("2025")).toBe("2025");
    expect(formatDate("2025-13")).toBe("2025");
  });
});
