import type { LoadRun } from "./cold.ts";
import type { CatalogRun, Results, TargetRow } from "./results.ts";
import { soakTarget } from "./soak-report.ts";
import { round } from "./stats.ts";

const ms = (x: number) => `${round(x)} ms`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Checks a measured value against a limit; the note says by how much it is missed. */
function limit(target: string, value: number, max: number, show: (x: number) => string): TargetRow {
  const met = value < max;
  return {
    target,
    measured: show(value),
    met,
    ...(met
      ? {}
      : { note: `over by ${show(value - max)} (${(value / max).toFixed(1)}x the limit)` }),
  };
}

function pending(target: string, why: string): TargetRow {
  return { target, measured: "-", met: null, note: why };
}

/** The targets, each with what this run measured. */
export function checkTargets(r: Results): TargetRow[] {
  const rows: TargetRow[] = [];
  const real = r.catalogs.find((c) => c.syntheticRecords === 0);
  const big = r.catalogs.find((c) => c.syntheticRecords === 100_000);
  const ten = r.catalogs.find((c) => c.syntheticRecords === 10_000);
  rows.push(latencyRow("p99 per question < 0.2 ms on the real catalog", real, 0.2));
  rows.push(latencyRow("p99 per question < 1 ms at +100k models", big, 1));
  rows.push(accuracyRow(real, big));
  rows.push(speedupRow(ten));
  const load = (label: string) => r.cold.loads.find((l) => l.label === label);
  rows.push(loadRow("catalog load+index < 300 ms (real)", load("real"), 300));
  rows.push(loadRow("catalog load+index < 3 s (+100k)", load("real+100k"), 3000));
  const ask = r.cold.ask;
  rows.push(
    ask && "firstAnswerMs" in ask
      ? limit("process start to first answer < 1 s (npm run ask)", ask.firstAnswerMs, 1000, ms)
      : pending("process start to first answer < 1 s (npm run ask)", "not measured in this run"),
  );
  const bigLoad = load("real+100k");
  rows.push(
    bigLoad
      ? limit("heap < 100 MB at +100k models", bigLoad.heapMB, 100, (x) => `${x.toFixed(1)} MB`)
      : pending("heap < 100 MB at +100k models", "not measured in this run"),
  );
  rows.push(slackRow(r));
  rows.push(
    r.charts
      ? {
          ...limit("chart render p99 < 300 ms", r.charts.all.p99, 300, ms),
          note: `CPU time p99 ${ms(r.charts.cpu.p99)}; load average ${r.machine.loadAverage}`,
        }
      : pending("chart render p99 < 300 ms", "not measured in this run"),
  );
  rows.push(soakTarget(r));
  return rows;
}

function latencyRow(target: string, run: CatalogRun | undefined, max: number): TargetRow {
  return run?.engine
    ? limit(target, run.engine.timing.all.p99, max, ms)
    : pending(target, "not measured");
}

function accuracyRow(real: CatalogRun | undefined, big: CatalogRun | undefined): TargetRow {
  const target = "no accuracy lost from real to +100k (real questions)";
  if (!real?.engine || !big?.engine) return pending(target, "not measured");
  const a = real.engine.realAccuracy.rate;
  const b = big.engine.realAccuracy.rate;
  const lost = big.engine.realAccuracy.misses
    .filter((m) => !real.engine?.realAccuracy.misses.some((x) => x.q === m.q))
    .map((m) => `"${m.q}" → ${m.got}`);
  return {
    target,
    measured: `${pct(a)} → ${pct(b)}`,
    met: b >= a,
    ...(lost.length > 0 ? { note: `newly wrong at 100k: ${lost.join("; ")}` } : {}),
  };
}

function speedupRow(ten: CatalogRun | undefined): TargetRow {
  const target = ">= 1000x faster than fuse.js at p99 and more accurate (+10k)";
  if (!ten?.engine || !ten.baseline) return pending(target, "not measured");
  const ratio = ten.baseline.timing.all.p99 / ten.engine.timing.all.p99;
  const more = ten.engine.top1.rate > ten.baseline.top1.rate;
  const met = ratio >= 1000 && more;
  return {
    target,
    measured: `${Math.round(ratio)}x; top-1 ${pct(ten.engine.top1.rate)} vs ${pct(ten.baseline.top1.rate)}`,
    met,
    ...(met
      ? {}
      : {
          note: ratio < 1000 ? `${(1000 / ratio).toFixed(1)}x short of 1000x` : "not more accurate",
        }),
  };
}

function loadRow(target: string, load: LoadRun | undefined, max: number): TargetRow {
  return load ? limit(target, load.readyMs, max, ms) : pending(target, "not measured in this run");
}

function slackRow(r: Results): TargetRow {
  const target = "Slack: no errors at 200 req/s and p99 <= 1.3x bare Bolt";
  if (!r.slack) return pending(target, "not measured in this run");
  const { bot, p99Ratio } = r.slack;
  const met = bot.errors === 0 && (bot.non2xx ?? 0) === 0 && p99Ratio <= 1.3;
  return {
    target,
    measured: `${bot.errors + (bot.non2xx ?? 0)} errors; p99 ratio ${p99Ratio.toFixed(2)}x`,
    met,
    ...(met ? {} : { note: `p99 ${ms(bot.p99)} vs bare ${ms(r.slack.bare.p99)}` }),
  };
}
