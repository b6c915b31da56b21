import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ModelRecord } from "../core/schema/record.ts";
import { compareStrings } from "./draft.ts";

/** Two-space JSON with a trailing newline: the one format of every data file. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The files of data/models/: one per org, records sorted by id. */
export function modelFiles(records: readonly ModelRecord[]): Map<string, string> {
  const byOrg = new Map<string, ModelRecord[]>();
  for (const r of records) {
    const list = byOrg.get(r.org) ?? [];
    list.push(r);
    byOrg.set(r.org, list);
  }
  const files = new Map<string, string>();
  for (const org of [...byOrg.keys()].sort(compareStrings)) {
    const list = (byOrg.get(org) ?? []).sort((a, b) => compareStrings(a.id, b.id));
    files.set(`${org}.json`, formatJson(list));
  }
  return files;
}

/**
 * Writes files under `dir`, touching only those whose bytes change, and removes .json files of
 * data/models/ the import no longer produces (an org that lost its last model). Returns the
 * relative paths written or removed.
 */
export function writeFiles(dir: string, files: Map<string, string>): string[] {
  const changed: string[] = [];
  for (const [rel, text] of files) {
    const path = join(dir, rel);
    if (existsSync(path) && readFileSync(path, "utf8") === text) continue;
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
    changed.push(rel);
  }
  const modelsDir = join(dir, "models");
  if (existsSync(modelsDir)) {
    for (const name of readdirSync(modelsDir).sort(compareStrings)) {
      const rel = join("models", name);
      if (name.endsWith(".json") && !files.has(rel)) {
        rmSync(join(modelsDir, name));
        changed.push(rel);
      }
    }
  }
  return changed;
}
