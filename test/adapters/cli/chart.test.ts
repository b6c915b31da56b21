import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliCaptured as cli, cliEngine } from "../../support/cli.ts";
import { readPng } from "../../support/png.ts";

const _engine = cliEngine;
const dir = mkdtempSync(join(tmpdir(), "model-bot-chart-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("model-bot ask --chart", () => {
  const cases = [
    ["top 10 on livebench coding", "bar"],
    ["compare gpt-5 and claude opus 4.5 on livebench", "grouped-bar"],
    ["price vs livebench score for open weights models", "scatter"],
    ["gpt-4o livebench history", "line"],
  ] as const;
  for (const [question, kind] of cases) {
    it(`writes a PNG at least 1,200 px wide for "${question}"`, async () => {
      const file = join(dir, `${kind}.png`);
      const { code, stdout, stderr } = await cli(["ask", "--chart", file, question]);
      expect(code).toBe(0);
      expect(stdout.length).toBeGreaterThan(50);
      expect(stderr).toContain(`chart: wrote ${file} (${kind},`);
      const png = readPng(readFileSync(file));
      expect(png.complete).toBe(true);
      expect(png.width).toBeGreaterThanOrEqual(1200);
    });
  }

  it("says when the answer has no chart, and writes nothing", async () => {
    const file = join(dir, "none.png");
    const { code, stdout, stderr } = await cli([
      "ask",
      "--chart",
      file,
      "gpt-5.1-codex-mini context",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("400K tokens");
    expect(stderr).toContain("this answer has no chart");
    expect(existsSync(file)).toBe(false);
  });

  it("names the chart's kind in --json, null when there is none", async () => {
    const top = JSON.parse((await cli(["ask", "--json", "top 5 on livebench coding"])).stdout);
    expect(top.chart).toBe("bar");
    const field = JSON.parse((await cli(["ask", "--json", "gpt-4o context"])).stdout);
    expect(field.chart).toBeNull();
  });

  it("needs a question on the command line (stdin lines would overwrite one file)", async () => {
    const { code, stderr } = await cli(["ask", "--chart", join(dir, "x.png")]);
    expect(code).toBe(2);
    expect(stderr).toContain("--chart needs a question");
  });
});
