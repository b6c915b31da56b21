import type { ModelRecord } from "../schema/record.ts";
import type { BenchmarkInfo, SourceInfo } from "../schema/registry.ts";

/** The validated data set. Built once; never mutated after load (a reload builds a new one). */
export interface Catalog {
  readonly records: readonly ModelRecord[];
  readonly byId: ReadonlyMap<string, ModelRecord>;
  readonly benchmarks: ReadonlyMap<string, BenchmarkInfo>;
  readonly sources: ReadonlyMap<string, SourceInfo>;
  /** Content hash of every file read, and the record count: tells two data sets apart. */
  readonly version: { hash: string; records: number };
}
