import type { FmtiData } from "../schema/fmti.ts";
import type { OpennessData } from "../schema/openness.ts";
import type { ModelRecord } from "../schema/record.ts";
import type { BenchmarkInfo, SourceInfo } from "../schema/registry.ts";

/** The validated data set. Built once; never mutated after load (a reload builds a new one). */
export interface Catalog {
  readonly records: readonly ModelRecord[];
  readonly byId: ReadonlyMap<string, ModelRecord>;
  readonly benchmarks: ReadonlyMap<string, BenchmarkInfo>;
  readonly sources: ReadonlyMap<string, SourceInfo>;
  /**
   * FMTI developer scores (data/fmti.json). Optional so hand-built catalogs (fixtures, benches)
   * need not carry them; loadCatalog always sets it (no releases when the file is absent).
   */
  readonly fmti?: FmtiData;
  /**
   * Per-release openness evidence (data/openness.json: the Model Openness Framework and the Open
   * Source AI Index), matched to records when a transparency profile is computed. Optional like fmti.
   */
  readonly openness?: OpennessData;
  /** Content hash of every file read, and the record count: tells two data sets apart. */
  readonly version: { hash: string; records: number };
  /**
   * How loadCatalog vouched for the records: validated against the schemas now ("schema"), or by
   * a stamp a full validation of the same bytes wrote ("stamp"). Absent on hand-built catalogs.
   */
  readonly validation?: "schema" | "stamp";
  /** The full SHA-256 of the files (version.hash is its first 16 hex digits). */
  readonly digest?: string;
}
