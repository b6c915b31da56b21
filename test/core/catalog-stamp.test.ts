import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/core/catalog/load.ts";
import { STAMP_FILE, writeStamp } from "../../src/core/catalog/stamp.ts";

/** A copy of the bundled data with a fresh stamp, as `npm run data:check` leaves it. */
function stampedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "model-bot-stamp-"));
  cpSync("data", dir, { recursive: true });
  const full = loadCatalog(dir, { trustStamp: false });
  writeStamp(dir, full.digest ?? "");
  return dir;
}

describe("the checked stamp", () => {
  it("lets the same bytes load without validating every record again", () => {
    const dir = stampedCopy();
    const c = loadCatalog(dir);
    expect(c.validation).toBe("stamp");
    expect(c.byId.get("gpt-5.1-codex-mini")?.facts.context_length).toMatchObject({
      value: 400_000,
    });
  });

  it("is ignored when asked to validate in full", () => {
    expect(loadCatalog(stampedCopy(), { trustStamp: false }).validation).toBe("schema");
  });

  it("goes stale when a file changes, so a bad value is still refused", () => {
    const dir = stampedCopy();
    const file = join(dir, "models", "openai.json");
    const records = JSON.parse(readFileSync(file, "utf8"));
    records[0].facts.context_length = { value: -5, source: "card", asOf: "2026-01-08" };
    writeFileSync(file, JSON.stringify(records));
    expect(() => loadCatalog(dir)).toThrow(/openai\.json: record 0 .*field facts\.context_length/);
  });

  it("counts for nothing when it does not match the schemas it claims", () => {
    const dir = stampedCopy();
    const stamp = JSON.parse(readFileSync(join(dir, STAMP_FILE), "utf8"));
    writeFileSync(join(dir, STAMP_FILE), JSON.stringify({ ...stamp, schema: "0".repeat(64) }));
    expect(loadCatalog(dir).validation).toBe("schema");
    writeFileSync(join(dir, STAMP_FILE), "not json");
    expect(loadCatalog(dir).validation).toBe("schema");
  });

  it("matches the committed data, so a fresh clone starts on the fast path", () => {
    expect(loadCatalog("data").validation).toBe("stamp");
  });
});
