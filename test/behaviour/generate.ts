/**
 * Base questions generated from the catalog itself (CheckList's minimum-functionality tests): every
 * intent × a stratified, seeded sample of models, organizations and benchmarks, so the suites cover
 * models nobody hand-picked. Same catalog, same questions, on every run.
 */
import { createRng, type Rng } from "../../bench/prng.ts";
import type { FieldKey, Intent } from "../../src/core/answer/types.ts";
import type { Catalog } from "../../src/core/catalog/catalog.ts";
import { compactKey } from "../../src/core/engine/normalize.ts";
import type { ModelRecord } from "../../src/core/schema/record.ts";

/** A question as a template over slots, so perturbations can rewrite a slot (the model's name). */
export interface BaseQuestion {
  /** "field:context_length:gpt-4o": what it asks, for reports. */
  label: string;
  template: string;
  /** Another wording with the same meaning (the word-order perturbation). */
  reordered?: string;
  slots: Slots;
  expected: Expected;
}

export interface Slots {
  /** Model names as typed. */
  m?: string;
  m2?: string;
  /** A benchmark's name. */
  b?: string;
  /** An organization's name. */
  org?: string;
  /** The records behind m and m2 (for the maker-prefix perturbation). */
  records?: ModelRecord[];
}

export interface Expected {
  intent: Intent;
  models?: string[];
  field?: FieldKey | null;
  benchmark?: string | null;
  /** Every listed model belongs to this organization. */
  org?: string;
}

/** Field questions: each field with two wordings (topic after and before the name). */
const FIELD_TEMPLATES: [FieldKey, string, string][] = [
  ["context_length", "{m} context window", "what is the context length of {m}"],
  ["pricing", "how much does {m} cost", "price of {m}"],
  ["organization", "who makes {m}", "{m} developer"],
  ["release_date", "when was {m} released", "release date of {m}"],
  ["license", "{m} license", "what license does {m} use"],
  ["parameters", "how many parameters does {m} have", "parameter count of {m}"],
  ["max_output", "{m} max output tokens", "what is the max output of {m}"],
  ["open_weights", "is {m} open weights", "open weights {m}?"],
  ["knowledge_cutoff", "{m} knowledge cutoff", "what is the knowledge cutoff of {m}"],
  ["providers", "where can I run {m}", "providers for {m}"],
];

/** Made-up model-shaped names, far from every catalog name: the right answer is not_found. */
const FAKE_STEMS = ["zorblax", "quendrix", "vortelm", "plimbo", "skravnik", "thuvok", "yelmira"];
const FAKE_SIZES = ["70b", "9000", "3.5 pro", "x2", "13b instruct"];

/** Keys of every name of every record, to pick only names that fit exactly one record. */
function nameOwners(catalog: Catalog): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const r of catalog.records) {
    for (const name of [r.id, r.name, ...r.aliases, ...r.snapshots]) {
      const key = compactKey(name.slice(name.lastIndexOf("/") + 1));
      const set = owners.get(key) ?? new Set();
      set.add(r.id);
      owners.set(key, set);
    }
  }
  return owners;
}

/** FNV-1a of a string: a stable order that owes nothing to the catalog's file order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Models whose display name and id each fit only that record, sampled round-robin over
 * organizations (in a hashed order) so no maker dominates, popular and obscure ones alike.
 */
export function sampleModels(catalog: Catalog, count: number): ModelRecord[] {
  const owners = nameOwners(catalog);
  const unique = (name: string) => owners.get(compactKey(name))?.size === 1;
  const byOrg = new Map<string, ModelRecord[]>();
  for (const r of catalog.records) {
    if (!unique(r.name) || !unique(r.id) || compactKey(r.name).length < 3) continue;
    if (!/[a-z]/i.test(r.name)) continue;
    const list = byOrg.get(r.org) ?? [];
    list.push(r);
    byOrg.set(r.org, list);
  }
  const queues = [...byOrg.entries()]
    .sort(([a], [b]) => hash(a) - hash(b))
    .map(([, list]) => list.sort((a, b) => hash(a.id) - hash(b.id)));
  const out: ModelRecord[] = [];
  for (let round = 0; out.length < count && queues.some((q) => q.length > round); round++) {
    for (const q of queues) {
      const r = q[round];
      if (r !== undefined && out.length < count) out.push(r);
    }
  }
  return out;
}

/** How a person types the model: mostly its display name, sometimes its id. */
function typed(r: ModelRecord, rng: Rng): string {
  return rng.chance(0.3) ? r.id : r.name;
}

/** The organization's display name, when the catalog has one. */
export function orgName(catalog: Catalog, org: string): string {
  for (const r of catalog.records) {
    const f = r.facts.organization;
    if (r.org === org && f && "value" in f) return f.value;
  }
  return org;
}

/** Benchmarks whose name fits one benchmark, with the records that have a result on them. */
function benchmarksWithResults(catalog: Catalog): [string, string, ModelRecord[]][] {
  const byBenchmark = new Map<string, ModelRecord[]>();
  for (const r of catalog.records) {
    for (const b of new Set(r.benchmarks.map((x) => x.benchmark))) {
      const list = byBenchmark.get(b) ?? [];
      list.push(r);
      byBenchmark.set(b, list);
    }
  }
  const nameCount = new Map<string, number>();
  for (const b of catalog.benchmarks.values()) {
    const k = compactKey(b.name);
    nameCount.set(k, (nameCount.get(k) ?? 0) + 1);
  }
  const out: [string, string, ModelRecord[]][] = [];
  for (const [id, records] of [...byBenchmark.entries()].sort(([a], [b]) => hash(a) - hash(b))) {
    const b = catalog.benchmarks.get(id);
    if (b === undefined || nameCount.get(compactKey(b.name)) !== 1) continue;
    out.push([id, b.name, records]);
  }
  return out;
}

export function generateBaseQuestions(catalog: Catalog, seed = 14): BaseQuestion[] {
  const rng = createRng(seed);
  const out: BaseQuestion[] = [];
  const models = sampleModels(catalog, 170);
  const sampled = new Set(models.map((r) => r.id));
  const owners = nameOwners(catalog);
  const uniqueName = (r: ModelRecord) => owners.get(compactKey(r.name))?.size === 1;

  // Field and overview questions: one per sampled model, the fields taken in turn.
  models.forEach((r, i) => {
    const m = typed(r, rng);
    if (i % 4 === 3) {
      out.push({
        label: `overview:${r.id}`,
        template: "tell me about {m}",
        reordered: "{m} overview",
        slots: { m, records: [r] },
        expected: { intent: "overview", models: [r.id], field: null, benchmark: null },
      });
      return;
    }
    const [field, template, reordered] = FIELD_TEMPLATES[i % FIELD_TEMPLATES.length] ?? [
      "context_length",
      "{m} context",
      "context of {m}",
    ];
    out.push({
      label: `field:${field}:${r.id}`,
      template,
      reordered,
      slots: { m, records: [r] },
      expected: { intent: "field", models: [r.id], field, benchmark: null },
    });
  });

  // Compare: pairs of sampled models from different makers.
  for (let i = 0; i + 1 < models.length && out.filter(isCompare).length < 45; i += 3) {
    const a = models[i];
    const b = models.find((x, j) => j > i && x.org !== a?.org);
    if (a === undefined || b === undefined) continue;
    out.push({
      label: `compare:${a.id}:${b.id}`,
      template: i % 2 === 0 ? "{m} vs {m2}" : "compare {m} and {m2}",
      reordered: "how does {m} compare with {m2}",
      slots: { m: typed(a, rng), m2: typed(b, rng), records: [a, b] },
      expected: { intent: "compare", models: [a.id, b.id], benchmark: null },
    });
  }

  // A model's score on a benchmark, and each benchmark's leaderboard.
  const boards = benchmarksWithResults(catalog);
  let scores = 0;
  for (const [id, name, records] of boards) {
    const r = records.find((x) => uniqueName(x) && owners.get(compactKey(x.id))?.size === 1);
    if (r === undefined || scores >= 45) continue;
    scores++;
    out.push({
      label: `benchmark:${id}:${r.id}`,
      template: "{m} score on {b}",
      reordered: "what did {m} get on {b}",
      slots: { m: typed(r, rng), b: name, records: [r] },
      expected: { intent: "benchmark", models: [r.id], benchmark: id, field: null },
    });
  }
  for (const [id, name] of boards.slice(0, 30)) {
    out.push({
      label: `top:${id}`,
      template: "top 5 on {b}",
      reordered: "{b} top 5",
      slots: { b: name },
      expected: { intent: "top", benchmark: id },
    });
  }

  // Organizations' model lists, by their display names.
  const orgs = [...new Set(catalog.records.map((r) => r.org))]
    .filter((o) => o !== "other" && catalog.records.filter((r) => r.org === o).length >= 3)
    .sort((a, b) => hash(a) - hash(b))
    .slice(0, 30);
  for (const org of orgs) {
    out.push({
      label: `filter:org:${org}`,
      template: "{org} models",
      reordered: "models by {org}",
      slots: { org: orgName(catalog, org) },
      expected: { intent: "filter", org },
    });
  }

  // Transparency profiles.
  for (const r of catalog.records.filter((x) => x.transparency && uniqueName(x)).slice(0, 15)) {
    if (!sampled.has(r.id) && out.filter((q) => q.label.startsWith("transparency")).length >= 15)
      continue;
    out.push({
      label: `transparency:${r.id}`,
      template: "how transparent is {m}",
      reordered: "transparency of {m}",
      slots: { m: r.name, records: [r] },
      expected: { intent: "transparency", models: [r.id] },
    });
  }

  // Unknown, model-shaped names.
  for (const stem of FAKE_STEMS) {
    for (const size of FAKE_SIZES.slice(0, 3)) {
      const m = `${stem}-${size.replace(/ /g, "-")}`;
      out.push({
        label: `not_found:${m}`,
        template: FAKE_SIZES.indexOf(size) % 2 === 0 ? "{m} context" : "how much does {m} cost",
        reordered: "what is {m}",
        slots: { m },
        expected: { intent: "not_found", models: [] },
      });
    }
  }
  return out;
}

function isCompare(q: BaseQuestion): boolean {
  return q.expected.intent === "compare";
}

/** Renders a template with its slots. */
export function render(template: string, slots: Slots): string {
  return template
    .replace("{m2}", slots.m2 ?? "")
    .replace("{m}", slots.m ?? "")
    .replace("{b}", slots.b ?? "")
    .replace("{org}", slots.org ?? "");
}
