import type { Catalog } from "../catalog/catalog.ts";
import type { ModelRecord } from "../schema/record.ts";
import type { Choice, Engine } from "./engine.ts";
import type { NameIndex } from "./name-index.ts";
import { compactKey, tokenize } from "./normalize.ts";
import { FIELD_LABELS, FIELD_SYNONYMS } from "./topics.ts";

type Suggesters = Pick<Engine, "suggestModels" | "suggestBenchmarks" | "suggestTopics">;

function orgName(r: ModelRecord) {
  const o = r.facts.organization;
  return o && "value" in o ? o.value : undefined;
}

/** Autocomplete for pickers: what the user has typed so far, as it grows letter by letter. */
export function buildSuggesters(catalog: Catalog, index: NameIndex): Suggesters {
  const benchmarkCounts = new Map<string, number>();
  for (const r of catalog.records) {
    for (const b of r.benchmarks)
      benchmarkCounts.set(b.benchmark, (benchmarkCounts.get(b.benchmark) ?? 0) + 1);
  }
  const benchmarks = [...catalog.benchmarks.values()].sort(
    (a, b) =>
      (benchmarkCounts.get(b.id) ?? 0) - (benchmarkCounts.get(a.id) ?? 0) ||
      a.id.localeCompare(b.id),
  );
  const topics: Choice[] = [
    ...Object.entries(FIELD_LABELS).map(([value, label]) => ({ label, value })),
    { label: "Benchmarks", value: "benchmarks" },
    { label: "Transparency", value: "transparency" },
  ];
  const topicWords = new Map(
    topics.map((t) => [
      t.value,
      [t.label, ...(FIELD_SYNONYMS[t.value as keyof typeof FIELD_SYNONYMS] ?? [])].map(compactKey),
    ]),
  );

  return {
    suggestModels(typed, limit) {
      const text = typed.slice(0, 100);
      const records =
        tokenize(text).length === 0 ? index.ranked.slice(0, limit) : index.complete(text, limit);
      return records.map((r) => {
        const org = orgName(r);
        return { label: org ? `${r.name} (${org})` : r.name, value: r.id };
      });
    },
    suggestBenchmarks(typed, limit) {
      const key = compactKey(typed.slice(0, 100));
      return benchmarks
        .filter(
          (b) =>
            key === "" || [b.id, b.name, ...b.aliases].some((n) => compactKey(n).includes(key)),
        )
        .slice(0, limit)
        .map((b) => ({ label: b.name, value: b.id }));
    },
    suggestTopics(typed, limit) {
      const key = compactKey(typed.slice(0, 100));
      return topics
        .filter((t) => key === "" || topicWords.get(t.value)?.some((w) => w.includes(key)))
        .slice(0, limit);
    },
  };
}
