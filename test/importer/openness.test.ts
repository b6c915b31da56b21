import { describe, expect, it } from "vitest";
import { OpennessData } from "../../src/core/schema/openness.ts";
import { importOpenness } from "../../src/importer/openness/import.ts";
import { statusOf } from "../../src/importer/openness/licenses.ts";

const DIR = "test/importer/fixtures-openness";

describe("importOpenness", () => {
  const out = importOpenness(DIR);
  const entry = (name: string) => out?.entries.find((e) => e.name === name);
  const status = (name: string, component: string) =>
    entry(name)?.items.find((i) => i.component === component)?.status;

  it("reads both data sets into valid data, dated by their SOURCE.txt, skipping test and sample files", () => {
    expect(out).toBeDefined();
    expect(OpennessData.safeParse(out).success).toBe(true);
    expect(out?.sources.map((s) => [s.id, s.asOf])).toEqual([
      ["mof", "2026-05-11"],
      ["osai-index", "2025-03-11"],
    ]);
    expect(out?.entries.map((e) => e.name)).toEqual(["Closed-Pro", "Open-7B", "Open 7B Chat"]);
  });

  it("counts a listed MOF component as released under its own license or the distribution's", () => {
    expect(status("Open-7B", "model_architecture")).toBe("open");
    expect(status("Open-7B", "datasets")).toBe("open");
    expect(entry("Open-7B")?.items.find((i) => i.component === "datasets")?.url).toBe(
      "https://example.org/data",
    );
    // "unlicensed" means included with no license: released, but not open.
    expect(status("Open-7B", "paper")).toBe("partial");
    expect(entry("Open-7B")?.mofClass).toBe(3);
    expect(entry("Open-7B")?.org).toBe("allenai");
    expect(entry("Open-7B")?.huggingface).toBe("openlab/Open-7B");
  });

  it("reads withheld components as closed and leaves unknown component names out", () => {
    expect(status("Closed-Pro", "model_architecture")).toBe("closed");
    expect(status("Closed-Pro", "technical_report")).toBe("closed");
    expect(status("Closed-Pro", "paper")).toBe("partial");
    expect(entry("Closed-Pro")?.items).toHaveLength(3);
    expect(entry("Closed-Pro")?.mofClass).toBeUndefined();
    expect(entry("Closed-Pro")?.org).toBe("openai");
  });

  it("keeps the Index's ratings and links but none of its notes, and totals its points", () => {
    const e = entry("Open 7B Chat");
    expect(e?.items.map((i) => [i.component, i.status])).toEqual([
      ["base_weights", "closed"],
      ["datasets", "partial"],
      ["license", "open"],
      ["training_code", "open"],
    ]);
    expect(e?.points).toBe(2.5);
    expect(e?.base).toBe("Open 7B");
    expect(e?.org).toBe("allenai");
    expect(e?.items.find((i) => i.component === "license")?.url).toBeUndefined();
    expect(JSON.stringify(e)).not.toMatch(/prose/);
  });

  it("is undefined when neither data set is there", () => {
    expect(importOpenness("test/importer/fixtures-fmti")).toBeUndefined();
  });
});

describe("statusOf", () => {
  it.each([
    ["Apache-2.0", undefined, "open"],
    ["MIT license", undefined, "open"],
    ["CC-BY-4.0", undefined, "open"],
    ["CC-BY-NC-4.0", undefined, "partial"],
    ["Llama 3.1 Community License", undefined, "partial"],
    [undefined, "Apache-2.0", "open"],
    [undefined, undefined, "partial"],
    ["unlicensed", "Apache-2.0", "partial"],
    ["Proprietary", "Apache-2.0", "closed"],
    ["Component not included", undefined, "closed"],
  ] as const)("own %s, release-wide %s → %s", (own, fallback, expected) => {
    expect(statusOf(own, fallback)).toBe(expected);
  });
});
