/**
 * Scores the importer's grouping against a hand-labelled gold set (test/importer/gold/ids.jsonl):
 * each gold line is a source id (a provider's listing id, a LiveBench row) and the model it
 * belongs to. Pairwise: of the pairs of gold ids the importer put on one record, how many the
 * labels put on one model (precision), and of the pairs the labels put together, how many the
 * importer did (recall). An id the importer did not place counts as a record of its own.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

export const GoldItem = z.strictObject({
  model: z.string().min(1),
  source: z.string().min(1),
  provider: z.string().min(1).optional(),
  id: z.string().min(1),
  /** The raw file marks the offer deprecated: a name of the model, no listing. */
  deprecated: z.boolean().optional(),
  /** What the label was read from in the raw files (display name, id). */
  evidence: z.string().min(1),
});
export type GoldItem = z.infer<typeof GoldItem>;

export interface PairScore {
  items: number;
  /** Gold ids the importer placed on some record. */
  placed: number;
  precision: number;
  recall: number;
  /** Gold ids whose record holds ids of another model, and ids split from their model. */
  merged: string[];
  split: string[];
}

/** The key a source id is looked up by: source, provider (or empty) and id. */
export function trailKey(source: string, provider: string | undefined, id: string): string {
  return `${source}|${provider ?? ""}|${id}`;
}

export function readGold(path: string): GoldItem[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l, i) => {
      const parsed = GoldItem.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

const pairs = (n: number) => (n * (n - 1)) / 2;

export function scorePairs(
  gold: GoldItem[],
  recordOf: (item: GoldItem) => string | undefined,
): PairScore {
  const byModel = new Map<string, number>();
  const byRecord = new Map<string, number>();
  const byBoth = new Map<string, number>();
  const recordModels = new Map<string, Set<string>>();
  const modelRecords = new Map<string, Set<string>>();
  let placed = 0;
  gold.forEach((item, i) => {
    const found = recordOf(item);
    if (found !== undefined) placed++;
    const record = found ?? `\0unplaced ${i}`;
    byModel.set(item.model, (byModel.get(item.model) ?? 0) + 1);
    byRecord.set(record, (byRecord.get(record) ?? 0) + 1);
    const both = `${item.model}\0${record}`;
    byBoth.set(both, (byBoth.get(both) ?? 0) + 1);
    recordModels.set(record, (recordModels.get(record) ?? new Set()).add(item.model));
    modelRecords.set(item.model, (modelRecords.get(item.model) ?? new Set()).add(record));
  });
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, n) => a + pairs(n), 0);
  const together = sum(byBoth);
  const predicted = sum(byRecord);
  const labelled = sum(byModel);
  const many = (m: Map<string, Set<string>>) =>
    [...m].filter(([, s]) => s.size > 1).map(([k, s]) => `${k}: ${[...s].sort().join(", ")}`);
  return {
    items: gold.length,
    placed,
    precision: predicted === 0 ? 1 : together / predicted,
    recall: labelled === 0 ? 1 : together / labelled,
    merged: many(recordModels),
    split: many(modelRecords),
  };
}
