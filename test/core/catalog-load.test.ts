import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";

function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), "model-bot-data-"));
  cpSync("data", dir, { recursive: true });
  return dir;
}

describe("loadCatalog", () => {
  it("loads the bundled data with the reference model", () => {
    const c = loadCatalog("data");
    expect(c.byId.get("gpt-5.1-codex-mini")?.name).toBe("GPT-5.1 Codex Mini");
    expect(c.version.records).toBe(c.records.length);
  });

  it("names the file, record and field path of a bad value", () => {
    const dir = copyData();
    const file = join(dir, "models", "openai.json");
    const records = JSON.parse(readFileSync(file, "utf8"));
    const i = records.findIndex((r: { id: string }) => r.id === "gpt-5.1-codex-mini");
    records[i].facts.context_length.value = "four hundred K";
    writeFileSync(file, JSON.stringify(records));
    expect(() => loadCatalog(dir)).toThrow(
      new RegExp(
        `openai\\.json: record ${i} \\(gpt-5\\.1-codex-mini\\) field facts\\.context_length`,
      ),
    );
  });

  it("refuses a result naming an unknown benchmark", () => {
    const dir = copyData();
    writeFileSync(join(dir, "benchmarks.json"), "[]");
    expect(() => loadCatalog(dir)).toThrow(
      /benchmark result names unknown benchmark "[a-z0-9.-]+"/,
    );
  });

  it("refuses a file that is not JSON", () => {
    const dir = copyData();
    writeFileSync(join(dir, "models", "broken.json"), "{");
    expect(() => loadCatalog(dir)).toThrow(/broken\.json: not valid JSON/);
  });
});
