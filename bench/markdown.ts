/**
 * `npx tsx bench/markdown.ts [results.json] [BENCHMARKS.md]`: rewrites the numbers section of
 * BENCHMARKS.md (between the bench:results markers) from a results file, so the document always
 * shows one run's numbers, all from the same run.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { chartRows, coldLoadRows } from "./report.ts";
import type { Results } from "./results.ts";
import { SOAK_HEADER, soakRows, soakSummary } from "./soak-report.ts";
import { round } from "./stats.ts";

const START = "<!-- bench:results -->";
const END = "<!-- /bench:results -->";

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "-" : `${round(x)}`);
const pct = (x: number | undefined) => (x === undefined ? "-" : `${(x * 100).toFixed(1)}%`);

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** The numbers of one run as Markdown: machine, questions, cold start, front doors, targets. */
export function renderResults(r: Results): string {
  const m = r.machine;
  const out: string[] = [
    `Run of \`${r.command}\` on ${m.date.slice(0, 16).replace("T", " ")} UTC: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, Node ${m.node} (${m.platform}); 1-minute load average ${m.loadAverage} at the start and ${m.loadAverageEnd ?? "?"} at the end; ${r.durationSeconds ?? "?"} s in all.`,
    "",
    "### Questions",
    "",
    table(
      [
        "catalog",
        "models",
        "questions",
        "p50 ms",
        "p99 ms",
        "max ms",
        "CPU p99 ms",
        "accuracy",
        "real questions",
        "top-1",
        "fuse.js p99 ms",
        "fuse.js top-1",
        "p99 ratio",
      ],
      r.catalogs.map((c) => {
        const e = c.engine;
        const b = c.baseline;
        return [
          c.label,
          String(c.records),
          String(e?.questions ?? "-"),
          ms(e?.timing.all.p50),
          ms(e?.timing.all.p99),
          ms(e?.timing.all.max),
          ms(e?.timing.cpu.p99),
          pct(e?.accuracy.rate),
          pct(e?.realAccuracy.rate),
          pct(e?.top1.rate),
          b ? `${ms(b.timing.all.p99)}${b.sampled ? ` (${b.questions} sampled)` : ""}` : "-",
          pct(b?.top1.rate),
          e && b ? `${Math.round(b.timing.all.p99 / e.timing.all.p99)}x` : "-",
        ];
      }),
    ),
  ];
  const slow = r.catalogs.flatMap((c) =>
    (c.engine?.timing.slowest ?? []).map((s) => `- ${c.label}: "${s.q}" p99 ${ms(s.p99)} ms`),
  );
  if (slow.length > 0) out.push("", "Slowest questions (p99):", "", ...slow);
  const misses = r.catalogs.flatMap((c) =>
    (c.engine?.accuracy.misses ?? []).map(
      (x) => `- ${c.label}: "${x.q}": expected ${x.expected}, got ${x.got}`,
    ),
  );
  if (misses.length > 0) out.push("", "Wrong answers:", "", ...misses);
  if (r.cold.loads.length > 0) {
    out.push(
      "",
      "### Cold start and memory",
      "",
      table(
        [
          "catalog",
          "models",
          "runs",
          "load ms",
          "index ms",
          "first ask ms",
          "ready ms",
          "heap: catalog MB",
          "heap MB",
          "RSS MB",
        ],
        coldLoadRows(r),
      ),
    );
  }
  const ask = r.cold.ask;
  if (ask && "firstAnswerMs" in ask) {
    out.push(
      "",
      `CLI, \`${ask.command}\`: first answer after ${ms(ask.firstAnswerMs)} ms, exit after ${ms(ask.exitMs)} ms (median of ${ask.runs}).`,
    );
  }
  const doors = [
    ...(r.slack ? [r.slack.bare, r.slack.bot] : []),
    ...(r.discord ? [r.discord.bare, r.discord.bot] : []),
  ];
  if (doors.length > 0) {
    out.push(
      "",
      "### Front doors",
      "",
      table(
        ["front door", "requests", "errors", "p50 ms", "p99 ms", "max ms", "note"],
        doors.map((d) => [
          d.label,
          String(d.requests),
          String(d.errors + (d.non2xx ?? 0)),
          ms(d.p50),
          ms(d.p99),
          ms(d.max),
          d.note ?? "",
        ]),
      ),
    );
  }
  if (r.charts) {
    out.push(
      "",
      "### Charts",
      "",
      table(
        ["chart", "question", "PNG px", "p50 ms", "p99 ms", "max ms", "CPU p50 ms", "CPU p99 ms"],
        chartRows(r),
      ),
    );
  }
  if (r.soak) {
    out.push("", "### Soak", "", soakSummary(r.soak), "", table(SOAK_HEADER, soakRows(r.soak)));
  }
  out.push(
    "",
    "### Targets",
    "",
    table(
      ["target", "measured", "met", "note"],
      r.targets.map((t) => [
        t.target,
        t.measured,
        t.met === null ? "n/a" : t.met ? "yes" : "**no**",
        t.note ?? "",
      ]),
    ),
  );
  return out.join("\n");
}

function main(resultsFile = "bench/results.json", doc = "BENCHMARKS.md"): void {
  const results = JSON.parse(readFileSync(resultsFile, "utf8")) as Results;
  const text = readFileSync(doc, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${doc} has no ${START} … ${END} section`);
  const updated = `${text.slice(0, start + START.length)}\n${renderResults(results)}\n${text.slice(end)}`;
  writeFileSync(doc, updated);
  process.stdout.write(`updated ${doc} from ${resultsFile}\n`);
}

main(...process.argv.slice(2));
