import { renderTable as formatTable } from "../src/core/render/text.ts";
import type { Results } from "./results.ts";
import { SOAK_HEADER, soakRows, soakSummary } from "./soak-report.ts";
import { round } from "./stats.ts";

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "-" : String(round(x)));

/** One row per cold-start catalog, shared by the printed report and BENCHMARKS.md. */
export function coldLoadRows(r: Results): string[][] {
  return r.cold.loads.map((l) => [
    l.label,
    String(l.records),
    String(l.runs),
    ms(l.loadMs),
    ms(l.indexMs),
    ms(l.firstAskMs),
    ms(l.readyMs),
    l.catalogHeapMB.toFixed(1),
    l.heapMB.toFixed(1),
    l.rssMB.toFixed(1),
  ]);
}
/** One row per chart kind and one for all, shared by the printed report and BENCHMARKS.md. */
export function chartRows(r: Results): string[][] {
  if (!r.charts) return [];
  return [
    ...r.charts.byKind.map((k) => [
      k.kind,
      k.question,
      String(k.width),
      ms(k.timing.p50),
      ms(k.timing.p99),
      ms(k.timing.max),
      ms(k.cpu.p50),
      ms(k.cpu.p99),
    ]),
    [
      "all",
      "",
      "",
      ms(r.charts.all.p50),
      ms(r.charts.all.p99),
      ms(r.charts.all.max),
      ms(r.charts.cpu.p50),
      ms(r.charts.cpu.p99),
    ],
  ];
}
const pct = (x: number | undefined) => (x === undefined ? "-" : `${(x * 100).toFixed(1)}%`);

/** The whole run as text tables, in the order of the issue's sections. */
export function formatReport(r: Results): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(
    `model-bot bench: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, node ${m.node}, ${m.date}, load average ${m.loadAverage}`,
  );
  const questions = r.catalogs.filter((c) => c.engine || c.baseline);
  if (questions.length > 0) {
    out.push("", "Questions (ms per question; accuracy = intent and top-1 model right)");
    out.push(
      formatTable(
        [
          "catalog",
          "models",
          "qs",
          "p50",
          "p99",
          "max",
          "cpu p99",
          "accuracy",
          "real qs",
          "top-1",
          "fuse p99",
          "fuse top-1",
          "p99 ratio",
        ],
        questions.map((c) => {
          const e = c.engine;
          const b = c.baseline;
          const ratio = e && b ? `${Math.round(b.timing.all.p99 / e.timing.all.p99)}x` : "-";
          return [
            c.label,
            String(c.records),
            String(e?.questions ?? b?.questions ?? "-"),
            ms(e?.timing.all.p50),
            ms(e?.timing.all.p99),
            ms(e?.timing.all.max),
            ms(e?.timing.cpu.p99),
            pct(e?.accuracy.rate),
            pct(e?.realAccuracy.rate),
            pct(e?.top1.rate),
            b ? `${ms(b.timing.all.p99)}${b.sampled ? ` (${b.questions} sampled)` : ""}` : "-",
            pct(b?.top1.rate),
            ratio,
          ];
        }),
      ),
    );
    const skipped = questions[0]?.skipped ?? [];
    if (skipped.length > 0)
      out.push(`(${skipped.length} real questions skipped: model not in catalog)`);
    for (const c of questions) {
      for (const slow of c.engine?.timing.slowest ?? []) {
        out.push(
          `  slowest ${c.label}: "${slow.q}" p99 ${ms(slow.p99)} ms, max ${ms(slow.max)} ms`,
        );
      }
    }
    for (const c of questions) {
      for (const miss of c.engine?.accuracy.misses ?? []) {
        out.push(`  miss ${c.label}: "${miss.q}" expected ${miss.expected}, got ${miss.got}`);
      }
    }
  }
  if (r.cold.loads.length > 0) {
    out.push(
      "",
      "Cold start and memory (fresh process, medians; ready = load + index + first answer)",
    );
    out.push(
      formatTable(
        [
          "catalog",
          "models",
          "runs",
          "load ms",
          "index ms",
          "1st ask ms",
          "ready ms",
          "heap: catalog MB",
          "heap MB",
          "rss MB",
        ],
        coldLoadRows(r),
      ),
    );
  }
  const ask = r.cold.ask;
  if (ask && "firstAnswerMs" in ask) {
    out.push(
      `CLI: ${ask.command}: first answer ${ms(ask.firstAnswerMs)} ms, exit ${ms(ask.exitMs)} ms (median of ${ask.runs})`,
    );
  } else if (ask) out.push(`CLI: skipped (${ask.skipped})`);
  const doors = [
    ...(r.slack ? [r.slack.bare, r.slack.bot] : []),
    ...(r.discord ? [r.discord.bare, r.discord.bot] : []),
  ];
  if (doors.length > 0) {
    out.push("", "Front doors (ms)");
    out.push(
      formatTable(
        ["front door", "requests", "errors", "p50", "p99", "max", "note"],
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
      `Charts (ms to draw one chart to PNG, ${r.charts.runs} renders each after warm-up)`,
    );
    out.push(
      formatTable(
        ["chart", "question", "png px", "p50", "p99", "max", "cpu p50", "cpu p99"],
        chartRows(r),
      ),
    );
  }
  if (r.soak) {
    out.push("", "Soak (bot process memory after a forced GC)", soakSummary(r.soak));
    out.push(formatTable(SOAK_HEADER, soakRows(r.soak)));
  }
  for (const f of r.failures ?? []) out.push("", `FAILED ${f}`);
  out.push("", "Targets");
  out.push(
    formatTable(
      ["target", "measured", "met", "note"],
      r.targets.map((t) => [
        t.target,
        t.measured,
        t.met === null ? "n/a" : t.met ? "yes" : "NO",
        t.note ?? "",
      ]),
    ),
  );
  return out.join("\n");
}
