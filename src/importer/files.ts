import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { BotError } from "../core/errors.ts";

/** Files below a directory whose names end with `suffix`, as sorted paths relative to `dir`. */
export function listFiles(dir: string, suffix: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(suffix)) out.push(relative(dir, path));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** Reads a JSON file; a broken input file is a start-up error naming the file. */
export function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new BotError("IMPORT_INPUT", `${path}: ${(e as Error).message}`);
  }
}

/** A plain object view of an unknown value (empty when it is not an object). */
export function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export function asString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim().length > 0 ? value.trim() : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function asBoolean(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

export function asStringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value.filter((v): v is string => typeof v === "string" && v.length > 0);
  return list.length > 0 ? list : undefined;
}

/** "Commit date : 2026-07-02 00:40:28 +0800" in a SOURCE.txt → "2026-07-02" (the author's day). */
export function readCommitDate(sourceTxt: string): string | undefined {
  if (!existsSync(sourceTxt)) return undefined;
  const m = /^Commit date\s*:\s*(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(sourceTxt, "utf8"));
  return m?.[1];
}
