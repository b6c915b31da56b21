import { writeFile } from "node:fs/promises";
import type { Answer } from "../../core/answer/types.ts";
import { renderChartIsolated as renderChart } from "../../render/chart/isolated.ts";
import type { CliIo } from "./command.ts";

/**
 * `--chart FILE`: draws the answer's chart and writes it as PNG, saying on stderr what was
 * written, or that this answer has no picture (stdout keeps only the answer, so --json stays
 * parseable). A file that cannot be written is reported the same way; the answer stands.
 */
export async function writeChartFile(io: CliIo, answer: Answer, file: string): Promise<void> {
  if (answer.chart === undefined) {
    io.err(`chart: this answer has no chart (${file} not written)\n`);
    return;
  }
  try {
    const { png, width, height } = await renderChart(answer.chart);
    await writeFile(file, png);
    io.err(`chart: wrote ${file} (${answer.chart.kind}, ${width}×${height} px)\n`);
  } catch (err) {
    io.err(`chart: could not write ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
  }
}
