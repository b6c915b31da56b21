import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FmtiData } from "../../src/core/schema/fmti.ts";
import { formatFmtiJson, importFmti, orgIdOf } from "../../src/importer/fmti.ts";

const FIXTURES = "test/importer/fixtures-fmti";

describe("importFmti", () => {
  const data = importFmti(FIXTURES);

  it("reads every release, newest first, and validates", () => {
    expect(FmtiData.safeParse(data).success).toBe(true);
    expect(data.releases.map((r) => [r.id, r.asOf])).toEqual([
      ["Dec2025", "2025-12"],
      ["May2024", "2024-05"],
      ["October2023", "2023-10"],
    ]);
  });

  it("keeps indicator names and trimmed domains, never definitions or notes", () => {
    const dec = data.releases[0];
    expect(dec?.indicators).toEqual([
      { name: "Data size", domain: "Upstream", subdomain: "Data Properties" },
      { name: "Compute usage for final training run", domain: "Upstream", subdomain: "Compute" },
      { name: "Open weights", domain: "Model", subdomain: "Model access" },
      { name: "Government commitments", domain: "Downstream", subdomain: "Accountability" },
    ]);
    expect(JSON.stringify(data)).not.toMatch(/Made-up|Example|quoted/);
  });

  it("takes May 2024 domains from the v1 list, by name or else by position", () => {
    expect(data.releases[1]?.indicators.map((i) => `${i.name}|${i.subdomain}`)).toEqual([
      "Data size|Data",
      "Compute usage|Compute",
      "Changelog published|Model Updates",
    ]);
  });

  it("maps developers to catalog org ids and skips Total rows and columns", () => {
    const devs = (i: number) =>
      data.releases[i]?.developers.map((d) => `${d.name}=${d.org}:${d.scores.join("")}`);
    expect(devs(0)).toEqual([
      "AI21 Labs=ai21:1001",
      "Meta=meta:0010",
      "Some New Lab=some-new-lab:1110",
    ]);
    expect(devs(1)).toEqual(["Meta=meta:110", "Stability=stability:101"]);
    expect(devs(2)).toEqual(["Meta=meta:101", "Hugging Face=huggingface:110"]);
  });

  it.each([
    ["OpenAI", "openai"],
    ["AI21 Labs", "ai21"],
    ["Stability AI", "stability"],
    ["xAI", "xai"],
    [" Aleph Alpha ", "aleph-alpha"],
    ["BigCode/Hugging Face", "bigcode-hugging-face"],
  ])("org id of %s is %s", (name, org) => {
    expect(orgIdOf(name)).toBe(org);
  });

  it("formats deterministically, one score list per line", () => {
    const text = formatFmtiJson(data);
    expect(formatFmtiJson(importFmti(FIXTURES))).toBe(text);
    expect(text).toContain('"scores": [1,0,0,1]');
    expect(FmtiData.parse(JSON.parse(text))).toEqual(data);
  });

  it("names the file and cell of a score that is not 0 or 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "fmti-"));
    cpSync(FIXTURES, dir, { recursive: true });
    writeFileSync(join(dir, "fmti/May2024/May2024_scores.csv"), "Indicator,Meta\nData size,yes\n");
    expect(() => importFmti(dir)).toThrow(
      /May2024_scores\.csv: Meta \/ Data size: expected 0 or 1/,
    );
  });
});
