import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { evaluate } from "./evaluate.ts";
import { loadQuestions } from "./question-set.ts";

// The bar: at least 97% of the question set answered right (intent, models, field,
// benchmark). `npm run eval` prints the failures behind a miss.
describe("engine accuracy on the eval question set", () => {
  it("answers at least 97% of the questions right", () => {
    const catalog = loadCatalog("data");
    const report = evaluate(createEngine(catalog), catalog, loadQuestions());
    const failed = report.failures.map((f) => `${f.query}: ${f.problems.join("; ")}`);
    expect(report.overall.accuracy, failed.slice(0, 30).join("\n")).toBeGreaterThanOrEqual(0.97);
  });
});
