import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "zod";
import { BotError } from "../errors.ts";
import { EMPTY_FMTI, FmtiData } from "../schema/fmti.ts";
import { EMPTY_OPENNESS, OpennessData } from "../schema/openness.ts";
import { ModelFile, type ModelRecord } from "../schema/record.ts";
import { BenchmarksFile, SourcesFile } from "../schema/registry.ts";
import type { Catalog } from "./catalog.ts";
import { checkCatalog } from "./cross-check.ts";
import { stampMatches } from "./stamp.ts";

export interface LoadOptions {
  /**
   * Trust a matching stamp (see stamp.ts) instead of validating every record again. Off for
   * `npm run data:check`, which is what writes the stamp.
   */
  trustStamp?: boolean;
}

/**
 * Reads and validates every file of a data directory (models/**.json, benchmarks.json,
 * sources.json, fmti.json, openness.json) and returns the catalog. Any bad file throws a CATALOG_INVALID error
 * naming the file, the record and the field path; nothing is returned half-loaded.
 */
export function loadCatalog(dataDir: string, options: LoadOptions = {}): Catalog {
  const modelsDir = join(dataDir, "models");
  if (!existsSync(modelsDir)) {
    throw new BotError("CATALOG_MISSING", `no model data: ${modelsDir} does not exist`);
  }
  const fmtiFile = join(dataDir, "fmti.json");
  const opennessFile = join(dataDir, "openness.json");
  const paths = {
    benchmarks: join(dataDir, "benchmarks.json"),
    sources: join(dataDir, "sources.json"),
    // FMTI scores are optional: without them computed profiles lack developer evidence.
    fmti: existsSync(fmtiFile) ? fmtiFile : undefined,
    // Openness evidence is optional too: without it profiles rest on the records and FMTI.
    openness: existsSync(opennessFile) ? opennessFile : undefined,
    models: listJsonFiles(modelsDir),
  };
  const texts = new Map<string, string>();
  const hash = createHash("sha256");
  for (const file of [
    paths.benchmarks,
    paths.sources,
    paths.fmti,
    paths.openness,
    ...paths.models,
  ]) {
    if (file === undefined) continue;
    const text = readFileSync(file, "utf8");
    texts.set(file, text);
    hash.update(relative(dataDir, file)).update("\0").update(text).update("\0");
  }
  const digest = hash.digest("hex");
  const trusted = options.trustStamp !== false && stampMatches(dataDir, digest);
  const read = <S extends z.ZodType>(file: string, schema: S): z.infer<S> =>
    trusted
      ? parseTrusted(file, texts.get(file) ?? "")
      : parseFile(file, texts.get(file) ?? "", schema);
  const benchmarks = read(paths.benchmarks, BenchmarksFile);
  const sources = read(paths.sources, SourcesFile);
  const fmti = paths.fmti === undefined ? EMPTY_FMTI : read(paths.fmti, FmtiData);
  const openness =
    paths.openness === undefined ? EMPTY_OPENNESS : read(paths.openness, OpennessData);
  const records: ModelRecord[] = [];
  for (const file of paths.models) records.push(...read(file, ModelFile));
  const catalog: Catalog = {
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    benchmarks: new Map(benchmarks.map((b) => [b.id, b])),
    // openness.json names its own sources (it may be carried over a refresh on its own).
    sources: new Map([...sources, ...openness.sources].map((s) => [s.id, s])),
    fmti,
    openness,
    version: { hash: digest.slice(0, 16), records: records.length },
    validation: trusted ? "stamp" : "schema",
    digest,
  };
  const problems = checkCatalog(catalog);
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join("\n  ");
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : "";
    throw new BotError("CATALOG_INVALID", `data in ${dataDir} is inconsistent:\n  ${shown}${more}`);
  }
  return catalog;
}

/** JSON already validated under the stamp: parsed, not re-checked. */
function parseTrusted<T>(file: string, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new BotError("CATALOG_INVALID", `${file}: not valid JSON (${(e as Error).message})`);
  }
}

/** All .json files below a directory, sorted so loading order (and the hash) is stable. */
function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJsonFiles(path));
    else if (entry.name.endsWith(".json")) out.push(path);
  }
  return out.sort();
}

function parseFile<S extends z.ZodType>(file: string, text: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BotError("CATALOG_INVALID", `${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path ?? [];
  const index = typeof path[0] === "number" ? path[0] : undefined;
  const id = index === undefined ? undefined : recordId(json, index);
  const where = index === undefined ? "" : ` record ${index}${id ? ` (${id})` : ""}`;
  const field = path.slice(index === undefined ? 0 : 1).join(".") || "(root)";
  const extra = parsed.error.issues.length > 1 ? ` (+${parsed.error.issues.length - 1} more)` : "";
  throw new BotError(
    "CATALOG_INVALID",
    `${file}:${where} field ${field}: ${issue?.message ?? "invalid"}${extra}`,
  );
}

function recordId(json: unknown, index: number): string | undefined {
  if (!Array.isArray(json)) return undefined;
  const rec: unknown = json[index];
  if (rec && typeof rec === "object" && "id" in rec && typeof rec.id === "string") return rec.id;
  return undefined;
}
