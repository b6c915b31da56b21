import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { measureCoverage } from "./provider-coverage.ts";

// Issue 12: "where can I run X" for the 20 most-asked models names at least 95% of the providers
// the raw files list for X (the gold set's labelled, non-deprecated listings).
describe("providers of the most-asked models", () => {
  const rows = measureCoverage(join(import.meta.dirname, "..", ".."));
  it.each(rows.map((r) => [r.question, r] as const))("%s names ≥95% of them", (_q, r) => {
    expect(r.listed).toBeGreaterThan(0);
    expect(r.named / r.listed, `missing: ${r.missing.join(", ")}`).toBeGreaterThanOrEqual(0.95);
  });
});
