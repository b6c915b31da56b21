import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadCatalog } from "../core/catalog/load.ts";
import { writeStamp } from "../core/catalog/stamp.ts";
import { BotError } from "../core/errors.ts";
import { readGold } from "./resolve/score.ts";
import { formatReport, formatScore, importAll, scoreImport } from "./run-import.ts";
import { writeFiles } from "./write.ts";

// `npm run data:import [--datasets DIR] [--out DIR] [--reference DIR]`: reads the data sets,
// writes data/ and prints a coverage report.
function main(): void {
  const { values } = parseArgs({
    options: {
      datasets: { type: "string", default: "../shared/datasets" },
      out: { type: "string", default: "data" },
      reference: { type: "string", default: "data/reference" },
      verbose: { type: "boolean", default: false },
    },
  });
  const datasets = resolve(values.datasets);
  const out = resolve(values.out);
  if (!existsSync(datasets)) {
    throw new BotError("IMPORT_INPUT", `no data sets at ${datasets} (use --datasets DIR)`);
  }
  const reference = resolve(values.reference);
  const { files, report, trail } = importAll(datasets, reference);
  const changed = writeFiles(out, files);
  // Validate what was written in full, exactly as data:check does, and stamp it as checked.
  const written = loadCatalog(out, { trustStamp: false });
  if (written.digest !== undefined) writeStamp(out, written.digest);
  console.log(formatReport(report, changed.length));
  // The entity-resolution score on the hand-labelled gold set, when the repository has it.
  const goldPath = resolve("test/importer/gold/ids.jsonl");
  if (existsSync(goldPath)) {
    const score = scoreImport(trail, readGold(goldPath));
    console.log(formatScore(score));
    if (values.verbose) for (const m of [...score.merged, ...score.split]) console.log(`    ${m}`);
  }
  if (values.verbose) {
    for (const l of report.namesLost)
      console.log(`  name "${l.name}": ${l.from} → kept by ${l.to}`);
  }
}

try {
  main();
} catch (e) {
  if (!(e instanceof BotError)) throw e;
  console.error(`data:import failed: ${e.message}`);
  process.exit(1);
}
