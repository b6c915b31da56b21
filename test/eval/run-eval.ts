/**
 * `npm run eval [-- --json] [-- --data <dir>] [-- --questions <file.jsonl>]`: asks the engine every question of the eval set and
 * prints per-intent accuracy, the overall accuracy and each failure. It is a report, so it exits 0
 * whatever the accuracy; the accuracy gate lives in the test suite.
 */
import { parseArgs } from "node:util";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { createEngine } from "../../src/core/engine/create.ts";
import { formatSuites, runSuites } from "../behaviour/suites.ts";
import { type EvalReport, evaluate, type Failure, type Tally } from "./evaluate.ts";
import { formatAgreement } from "./openness-agreement.ts";
import { loadQuestions } from "./question-set.ts";

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    data: { type: "string", default: "data" },
    /** Another question set, e.g. the held-out test/eval/holdout.jsonl. */
    questions: { type: "string" },
  },
});

const catalog = loadCatalog(values.data);
const engine = createEngine(catalog);
const report = evaluate(engine, catalog, loadQuestions(values.questions));
// The behavioural suites (test/behaviour) run with the main set, not with another --questions file.
const suites = values.questions === undefined ? runSuites(engine) : undefined;
process.stdout.write(
  values.json
    ? `${JSON.stringify(suites ? { ...report, behaviour: suites } : report, null, 2)}
`
    : formatReport(report) +
        (suites
          ? `
${formatSuites(suites)}`
          : ""),
);
if (!values.json)
  process.stdout.write(`
${formatAgreement(catalog)}`);

function formatReport(r: EvalReport): string {
  const lines: string[] = [];
  if (r.failures.length > 0) lines.push(`Failures (${r.failures.length}):`, "");
  for (const f of r.failures) {
    lines.push(`  "${f.query}"`);
    for (const p of f.problems) lines.push(`      ${p}`);
    lines.push(`      got: ${describeGot(f)}`);
  }
  if (r.failures.length > 0) lines.push("");
  lines.push("Accuracy by intent:");
  for (const [intent, t] of Object.entries(r.byIntent).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${intent.padEnd(14)} ${formatTally(t)}`);
  }
  lines.push(`  ${"hard ones".padEnd(14)} ${formatTally(r.hard)}`);
  lines.push("", `Overall: ${formatTally(r.overall)}`, "");
  return lines.join("\n");
}

function describeGot({ got }: Failure): string {
  const models = got.models.length > 8 ? [...got.models.slice(0, 8), "…"] : got.models;
  const parts = [got.intent, `[${models.join(", ")}]`];
  if (got.field !== null) parts.push(`field=${got.field}`);
  if (got.benchmark !== null) parts.push(`benchmark=${got.benchmark}`);
  if (got.suggestions.length > 0) parts.push(`suggestions=[${got.suggestions.join(", ")}]`);
  return parts.join(" ");
}

function formatTally(t: Tally): string {
  const pct = `${(t.accuracy * 100).toFixed(1)}%`.padStart(6);
  return `${pct}  (${t.passed}/${t.total})`;
}
