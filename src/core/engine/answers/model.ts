import { citeSource } from "../../answer/cite.ts";
import type { DataFact } from "../../answer/data.ts";
import { capitalize, formatCount, formatDate, formatPrice } from "../../answer/format.ts";
import type { Answer, Citation, FactRow, FieldKey } from "../../answer/types.ts";
import type { Catalog } from "../../catalog/catalog.ts";
import { priceLadder } from "../../chart/prices.ts";
import type { ModelRecord } from "../../schema/record.ts";
import { transparencyOf } from "../../transparency/index.ts";
import { KIND_LABELS, TEXT_KINDS } from "../kinds.ts";
import type { Leaderboards } from "../leaderboard.ts";
import { FIELD_LABELS } from "../topics.ts";
import { makeAnswer } from "./base.ts";
import { factData, listingsData } from "./data.ts";
import { describeField } from "./field-values.ts";
import { leadPrice } from "./offers.ts";

/** "GPT-5.1 Codex Mini (OpenAI)". */
export function displayName(r: ModelRecord): string {
  const org = r.facts.organization;
  return org && "value" in org ? `${r.name} (${org.value})` : r.name;
}

/** What a user most often wants next about a model. */
function followUpsFor(r: ModelRecord, except?: FieldKey) {
  const ups = [
    { field: "pricing", label: "Pricing", query: `${r.id} pricing` },
    { field: "providers", label: "Providers", query: `${r.id} providers` },
    { field: "benchmarks", label: "Benchmarks", query: `${r.id} benchmarks` },
    { field: "transparency", label: "Transparency", query: `transparency of ${r.id}` },
  ];
  return ups.filter((u) => u.field !== except).map(({ label, query }) => ({ label, query }));
}

const OVERVIEW_FIELDS: FieldKey[] = [
  "organization",
  "family",
  "release_date",
  "context_length",
  "max_output",
  "modality",
  "parameters",
  "architecture",
  "license",
  "open_weights",
  "knowledge_cutoff",
  "reasoning",
  "function_calling",
  "vision",
];

/** A model's card: description, key facts, price, top benchmarks, transparency total. */
export function answerOverview(
  catalog: Catalog,
  boards: Leaderboards,
  query: string,
  r: ModelRecord,
): Answer {
  const rows: FactRow[] = [];
  const citations: Citation[] = [];
  // What the record is (read by the importer from modalities, id words and flags).
  if (r.kind) rows.push({ label: "Kind", value: capitalize(KIND_LABELS[r.kind.value]) });
  const facts: DataFact[] = [];
  for (const key of OVERVIEW_FIELDS) {
    const v = describeField(catalog, r, key);
    if (!v.known && v.text === "not known") continue;
    facts.push(factData(r, key, v));
    const head = v.rows[0];
    rows.push({
      label: FIELD_LABELS[key],
      value: capitalize(v.text),
      ...(head?.citation ? { citation: head.citation } : {}),
    });
    citations.push(...v.citations.slice(0, 1));
  }
  const price = leadPrice(r);
  if (price) {
    const c = citeSource(catalog, price);
    rows.push({
      label: "Price",
      value: `${formatPrice(price.price.input, price.price.output)} (${price.providerName})`,
      citation: c,
    });
    citations.push(c);
  }
  const providers = new Set(r.listings.map((l) => l.provider)).size;
  if (providers > 0) rows.push({ label: "Providers", value: String(providers) });
  const bench = topBenchmarks(catalog, boards, r, 3);
  if (bench.length > 0) rows.push({ label: "Benchmarks", value: bench.join("; ") });
  const t = transparencyOf(catalog, r);
  rows.push({
    label: "Transparency",
    value: `${t.total}/100 (${t.basis === "card" ? "reference card" : "computed by model-bot"})`,
  });
  const description = r.facts.description;
  const blocks: Answer["blocks"] = [];
  if (description && "value" in description) blocks.push({ kind: "text", text: description.value });
  blocks.push({ kind: "facts", rows });
  const ctx = r.facts.context_length;
  const bits = [
    ctx && "value" in ctx ? `${formatCount(ctx.value)} context` : undefined,
    price ? `${formatPrice(price.price.input, price.price.output)}` : undefined,
    r.facts.release_date && "value" in r.facts.release_date
      ? `released ${formatDate(r.facts.release_date.value)}`
      : undefined,
  ].filter(Boolean);
  return makeAnswer(query, {
    intent: "overview",
    models: [r.id],
    title: displayName(r),
    summary: `${r.name}${r.kind && !TEXT_KINDS.includes(r.kind.value) ? ` (${KIND_LABELS[r.kind.value]})` : ""}${bits.length ? `: ${bits.join(", ")}` : ""}`,
    blocks,
    followUps: followUpsFor(r),
    citations,
    data: { facts, listings: listingsData(r) },
  });
}

function providerName(catalog: Catalog, provider: string): string {
  for (const r of catalog.records) {
    const l = r.listings.find((x) => x.provider === provider);
    if (l) return l.providerName;
  }
  return provider;
}

/** "LiveBench Coding 69.9 (#12)" for the model's best-known boards. */
function topBenchmarks(
  catalog: Catalog,
  boards: Leaderboards,
  r: ModelRecord,
  n: number,
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const ordered = [...r.benchmarks].sort(
    (a, b) =>
      (a.source === "card" ? -1 : 0) - (b.source === "card" ? -1 : 0) ||
      (b.release ?? b.asOf).localeCompare(a.release ?? a.asOf),
  );
  for (const res of ordered) {
    if (seen.has(res.benchmark) || out.length >= n) continue;
    seen.add(res.benchmark);
    const info = catalog.benchmarks.get(res.benchmark);
    const entry = boards.entriesFor(r, res.benchmark)[0]?.entry;
    const score = entry?.result.score ?? res.score;
    out.push(
      `${info?.name ?? res.benchmark} ${info?.unit === "elo" ? Math.round(score) : score.toFixed(1)}${entry ? ` (#${entry.rank})` : ""}`,
    );
  }
  return out;
}

/** One field of one model, with every source's value. */
export function answerField(
  catalog: Catalog,
  query: string,
  r: ModelRecord,
  field: FieldKey,
  provider?: string,
): Answer {
  const atProvider = provider !== undefined && (field === "pricing" || field === "providers");
  const listings = atProvider ? r.listings.filter((l) => l.provider === provider) : r.listings;
  if (atProvider && listings.length === 0) {
    const others = [...new Set(r.listings.map((l) => l.providerName))];
    return makeAnswer(query, {
      intent: "field",
      models: [r.id],
      field,
      title: `${r.name}: ${FIELD_LABELS[field].toLowerCase()}`,
      summary: `${r.name} is not listed at ${providerName(catalog, provider)}.`,
      blocks: [
        {
          kind: "text",
          text:
            others.length > 0
              ? `It is listed at: ${others.join(", ")}.`
              : "No provider lists it in the catalog.",
        },
      ],
      followUps: followUpsFor(r, field),
    });
  }
  const v = describeField(catalog, atProvider ? { ...r, listings } : r, field);
  const label = FIELD_LABELS[field];
  const chart =
    field === "pricing" || field === "providers"
      ? priceLadder(catalog, atProvider ? { ...r, listings } : r)
      : undefined;
  const summary = v.known
    ? `${r.name} ${label.toLowerCase()}: ${v.text}`
    : `${r.name} ${label.toLowerCase()}: ${v.text}`;
  return makeAnswer(query, {
    intent: "field",
    models: [r.id],
    field,
    title: `${r.name}: ${label.toLowerCase()}`,
    summary,
    // Many rows (every provider's price): lead with the one-line answer.
    blocks: [
      ...(v.rows.length > 2 ? [{ kind: "text" as const, text: `${capitalize(v.text)}.` }] : []),
      { kind: "facts", rows: v.rows },
    ],
    followUps: followUpsFor(r, field),
    citations: v.citations,
    ...(chart ? { chart } : {}),
    data: {
      facts: [factData(r, field, v)],
      ...(field === "pricing" || field === "providers"
        ? { listings: listingsData(r, atProvider ? provider : undefined) }
        : {}),
    },
  });
}

/**
 * Several topics of one model ("price and context window of claude sonnet 4.5"): one row per
 * topic asked, in the order asked, each with its source.
 */
export function answerFields(
  catalog: Catalog,
  query: string,
  r: ModelRecord,
  fields: FieldKey[],
  /** The topic the question is mainly about, reported as the answer's `field`. */
  primary: FieldKey | undefined = fields[0],
): Answer {
  const values = fields.map((f) => ({ field: f, v: describeField(catalog, r, f) }));
  const labels = fields.map((f) => FIELD_LABELS[f].toLowerCase());
  return makeAnswer(query, {
    intent: "field",
    models: [r.id],
    field: primary ?? null,
    title: `${r.name}: ${labels.join(", ")}`,
    summary: `${r.name}: ${values.map(({ field, v }) => `${FIELD_LABELS[field].toLowerCase()} ${v.text}`).join("; ")}`,
    blocks: [
      {
        kind: "facts",
        rows: values.map(({ field, v }) => ({
          label: FIELD_LABELS[field],
          value: capitalize(v.text),
          ...(v.rows[0]?.citation ? { citation: v.rows[0].citation } : {}),
        })),
      },
    ],
    followUps: followUpsFor(r),
    citations: values.flatMap(({ v }) => v.citations.slice(0, 3)),
    data: {
      facts: values.map(({ field, v }) => factData(r, field, v)),
      ...(fields.includes("pricing") || fields.includes("providers")
        ? { listings: listingsData(r) }
        : {}),
    },
  });
}
