import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { FmtiData } from "../schema/fmti.ts";
import { OpennessData } from "../schema/openness.ts";
import { ModelFile } from "../schema/record.ts";
import { BenchmarksFile, SourcesFile } from "../schema/registry.ts";

/**
 * The record that a data set passed full validation: the digest of its files and a fingerprint
 * of the schemas it passed. `npm run data:check` and the importer write it after validating;
 * loading the same bytes against the same schemas can then skip re-validating 16,000 facts (most
 * of the start-up time). Any change to a file or a schema makes the stamp stale, and the loader
 * validates in full again.
 */
export const StampFile = z.strictObject({
  data: z.string().regex(/^[0-9a-f]{64}$/),
  schema: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Stamp = z.infer<typeof StampFile>;

export const STAMP_FILE = "checked.json";

let fingerprint: string | undefined;

/** A digest of every data schema, as JSON Schema: changes whenever a schema does. */
export function schemaFingerprint(): string {
  fingerprint ??= createHash("sha256")
    .update(
      JSON.stringify(
        [ModelFile, BenchmarksFile, SourcesFile, FmtiData, OpennessData].map((s) =>
          z.toJSONSchema(s, { unrepresentable: "any" }),
        ),
      ),
    )
    .digest("hex");
  return fingerprint;
}

/** True when the directory's stamp vouches for exactly these bytes under today's schemas. */
export function stampMatches(dataDir: string, dataDigest: string): boolean {
  const file = join(dataDir, STAMP_FILE);
  if (!existsSync(file)) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return false;
  }
  const stamp = StampFile.safeParse(parsed);
  return (
    stamp.success && stamp.data.data === dataDigest && stamp.data.schema === schemaFingerprint()
  );
}

export function writeStamp(dataDir: string, dataDigest: string): void {
  const stamp: Stamp = { data: dataDigest, schema: schemaFingerprint() };
  writeFileSync(join(dataDir, STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
}
