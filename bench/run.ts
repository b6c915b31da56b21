/**
 * `npm run bench -- [--quick] [--only latency,baseline,cold,memory,slack,discord,charts,soak]
 * [--soak-count N]`: measures question latency and accuracy against plain fuse.js, cold start,
 * memory, the chat front doors and memory over a long soak; prints a table and writes
 * bench/results.json. See BENCHMARKS.md for the method.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadCatalog } from "../src/core/catalog/load.ts";
import { benchCatalogs } from "./catalog-bench.ts";
import { benchCharts } from "./chart-bench.ts";
import { benchCold } from "./cold-bench.ts";
import { benchDiscord } from "./discord-bench.ts";
import { currentLoad, describeMachine } from "./machine.ts";
import { parseOptions } from "./options.ts";
import { benchParse } from "./parse-bench.ts";
import { formatReport } from "./report.ts";
import type { Results } from "./results.ts";
import { benchSlack } from "./slack-bench.ts";
import { benchSoak } from "./soak-bench.ts";
import { checkTargets } from "./targets.ts";

async function main(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const started = performance.now();
  const log = (line: string) =>
    process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${line}\n`);
  const real = loadCatalog(resolve(options.dataDir));
  const results: Results = {
    machine: describeMachine(),
    command: `npm run bench${argv.length > 0 ? ` -- ${argv.join(" ")}` : ""}`,
    quick: options.quick,
    catalogs: [],
    cold: { loads: [] },
    targets: [],
  };
  // A section that fails is reported and the others still run: one broken front door should
  // not cost the numbers of the rest.
  const section = async (name: string, work: () => Promise<void> | void) => {
    try {
      await work();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      log(`${name} failed: ${message}`);
      results.failures = [...(results.failures ?? []), `${name}: ${message.slice(0, 500)}`];
    }
  };
  if (options.only.has("latency") || options.only.has("baseline")) {
    await section("questions", () => {
      results.catalogs = benchCatalogs(real, options, log);
    });
  }
  if (options.only.has("latency")) {
    await section("parse", () => {
      results.parse = benchParse(real, log);
    });
  }
  if (options.only.has("cold") || options.only.has("memory")) {
    await section("cold", async () => {
      results.cold = await benchCold(real, options, log);
    });
  }
  if (options.only.has("slack")) {
    await section("slack", async () => {
      results.slack = await benchSlack(real, options, log);
    });
  }
  if (options.only.has("discord")) {
    await section("discord", async () => {
      results.discord = await benchDiscord(real, options, log);
    });
  }
  if (options.only.has("charts")) {
    await section("charts", async () => {
      results.charts = await benchCharts(real, options, log);
    });
  }
  if (options.only.has("soak")) {
    await section("soak", async () => {
      results.soak = await benchSoak(real, options, log);
    });
  }
  results.machine.loadAverageEnd = currentLoad();
  results.targets = checkTargets(results);
  results.durationSeconds = Math.round((performance.now() - started) / 1000);
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  if (results.failures) process.exitCode = 1;
  process.stdout.write(
    `${formatReport(results)}\n\nwrote ${options.out} (${results.durationSeconds} s)\n`,
  );
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
