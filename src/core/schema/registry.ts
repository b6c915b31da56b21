import { z } from "zod";
import { IsoDate, SourceId } from "./fact.ts";

/** A data source the catalog cites (data/sources.json). */
export const SourceInfo = z.strictObject({
  id: SourceId,
  name: z.string().min(1),
  url: z.url().optional(),
  license: z.string().min(1),
  /** The date of the snapshot the importer read. */
  asOf: IsoDate,
  /** Attribution text this project shows or files where the license asks for it. */
  attribution: z.string().min(1).optional(),
});
export type SourceInfo = z.infer<typeof SourceInfo>;

export const BenchmarkCategory = z.enum([
  "overall",
  "coding",
  "agentic",
  "math",
  "reasoning",
  "knowledge",
  "language",
  "data-analysis",
  "instruction-following",
  "multimodal",
  "long-context",
  "safety",
  "other",
]);
export type BenchmarkCategory = z.infer<typeof BenchmarkCategory>;

/**
 * A benchmark the catalog holds results for (data/benchmarks.json). Scores of every result are in
 * the benchmark's `unit`: "percent" is 0-100 (LiveBench, and fraction scores multiplied by 100),
 * "elo" an arena rating, "index" a composite index, "score" anything else.
 */
export const BenchmarkInfo = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  name: z.string().min(1),
  /** Other names users type: "webdev", "web dev arena", "aider". */
  aliases: z.array(z.string().min(1)),
  category: BenchmarkCategory,
  unit: z.enum(["percent", "elo", "index", "score"]),
  higherIsBetter: z.boolean(),
  /** A family of benchmarks published together, e.g. "livebench" for its categories. */
  suite: z.string().min(1).optional(),
  url: z.url().optional(),
});
export type BenchmarkInfo = z.infer<typeof BenchmarkInfo>;

export const SourcesFile = z.array(SourceInfo);
export const BenchmarksFile = z.array(BenchmarkInfo);
