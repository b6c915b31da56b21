import { citeSource } from "../../answer/cite.ts";
import { formatDate } from "../../answer/format.ts";
import type { FactRow } from "../../answer/types.ts";
import type { Catalog } from "../../catalog/catalog.ts";
import type { ModelRecord, SpeedMeasurement } from "../../schema/record.ts";
import type { FieldValue } from "./field-values.ts";

const ROWS = 8;

const rate = (n: number) => `${n >= 100 ? Math.round(n) : Number(n.toFixed(1))} tokens/s`;
const wait = (n: number) => `${Number(n.toFixed(2))} s to first token`;

function measured(s: SpeedMeasurement): string {
  return [
    s.tokensPerSecond === undefined ? "" : rate(s.tokensPerSecond),
    s.firstTokenSeconds === undefined ? "" : wait(s.firstTokenSeconds),
  ]
    .filter(Boolean)
    .join(", ");
}

/** A record's measurements, fastest output first, then quickest first token: the order shown. */
export function speedsFastestFirst(record: ModelRecord): SpeedMeasurement[] {
  return [...(record.speeds ?? [])].sort(
    (a, b) =>
      (b.tokensPerSecond ?? -1) - (a.tokensPerSecond ?? -1) ||
      (a.firstTokenSeconds ?? Infinity) - (b.firstTokenSeconds ?? Infinity),
  );
}

/**
 * A model's speed as sources measured it at each provider, fastest first: output tokens per
 * second and time to first token. Speed belongs to a provider's serving of a model, so the
 * answer names where each figure was measured and when.
 */
export function describeSpeed(catalog: Catalog, record: ModelRecord): FieldValue {
  const all = speedsFastestFirst(record);
  const first = all[0];
  if (first === undefined) {
    return {
      known: false,
      text: "not known",
      rows: [{ label: "Speed", value: "No source in the catalog measured this model's speed" }],
      citations: [],
    };
  }
  const rows: FactRow[] = all.slice(0, ROWS).map((s) => {
    const citation = citeSource(catalog, s);
    return {
      label: s.providerName,
      value: `${measured(s)} (measured ${formatDate(s.asOf)})`,
      citation,
    };
  });
  const more = all.length - ROWS;
  if (more > 0) rows.push({ label: "More", value: `${more} more providers measured` });
  const where =
    all.length === 1
      ? `at ${first.providerName}`
      : `at ${first.providerName}, the fastest of ${all.length} providers measured`;
  return {
    known: true,
    text: `${measured(first)} ${where}`,
    rows,
    citations: rows.flatMap((r) => (r.citation ? [r.citation] : [])),
  };
}
