import type { Answer } from "../answer/types.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type { ModelRecord, TransparencyProfile } from "../schema/record.ts";
import { transparencyAnswer } from "./answer-parts.ts";
import { CATEGORY_LABELS, TRANSPARENCY_CATEGORIES } from "./categories.ts";
import {
  assessmentText,
  basisLabel,
  basisTag,
  METHOD_DOC,
  modelName,
  profileCitations,
  totalText,
} from "./present.ts";
import { transparencyOf, transparencyTotalOf } from "./profile.ts";

const MAX_RANKING = 50;

/** "compare transparency of X and Y": the ten categories side by side, with totals and bases. */
export function answerCompare(catalog: Catalog, models: ModelRecord[], question: string): Answer {
  const profiles = models.map((r) => transparencyOf(catalog, r));
  const scoreOf = (p: TransparencyProfile, i: number) => {
    const a = p.categories.find((c) => c.category === TRANSPARENCY_CATEGORIES[i]);
    return a ? assessmentText(a) : "—";
  };
  const rows = TRANSPARENCY_CATEGORIES.map((c, i) => [
    CATEGORY_LABELS[c],
    ...profiles.map((p) => scoreOf(p, i)),
  ]);
  rows.push(["Total", ...profiles.map(totalText)], ["Basis", ...profiles.map(basisTag)]);
  const ranked = models
    .map((r, i) => ({ r, p: profiles[i] as TransparencyProfile }))
    .sort((a, b) => b.p.total - a.p.total);
  const [top, second] = ranked;
  const lead =
    top && second && top.p.total > second.p.total
      ? `${top.r.name} is the ${models.length > 2 ? "most" : "more"} transparent (${top.p.total} vs ${second.p.total} out of 100).`
      : `${models.length > 2 ? "The top two" : "They"} score the same total.`;
  const mixed = new Set(profiles.map((p) => p.basis)).size > 1;
  return transparencyAnswer(question, {
    models: models.map((r) => r.id),
    title: `Transparency: ${models.map((r) => r.name).join(" vs ")}`,
    summary: `${models.map((r, i) => `${r.name} ${profiles[i]?.total}/100`).join(", ")}. ${lead}`,
    blocks: [
      { kind: "table", columns: ["Category", ...models.map((r) => r.name)], rows },
      {
        kind: "list",
        items: models.map((r, i) => `${r.name}: ${basisLabel(profiles[i] as TransparencyProfile)}`),
      },
      ...(mixed
        ? [
            {
              kind: "text" as const,
              text: "The card's levels and model-bot's computed scores come from different methods; compare them with care.",
            },
          ]
        : []),
      { kind: "text", text: `How the scores are made: ${METHOD_DOC}.` },
    ],
    followUps: models.map((r) => ({
      label: `${r.name} in full`,
      query: `transparency of ${r.id}`,
    })),
    citations: models.flatMap((r) => profileCitations(catalog, r).slice(0, 1)),
  });
}

export interface RankingQuery {
  order: "most" | "least";
  count: number;
  org?: string;
  openWeightsOnly?: boolean;
}

function isOpenWeights(r: ModelRecord): boolean {
  const f = r.facts.open_weights;
  return f !== undefined && "value" in f && f.value === true;
}

/** "most / least transparent models", optionally within one organization or open-weights only. */
/** Every record by total, most and least transparent first; sorted once per catalog. */
const ORDERS = new WeakMap<Catalog, { most: ModelRecord[]; least: ModelRecord[] }>();
function rankingOrder(catalog: Catalog): { most: ModelRecord[]; least: ModelRecord[] } {
  let orders = ORDERS.get(catalog);
  if (orders === undefined) {
    const totals = new Map(catalog.records.map((r) => [r, transparencyTotalOf(catalog, r)]));
    const by = (sign: number) => (a: ModelRecord, b: ModelRecord) =>
      sign * ((totals.get(a) ?? 0) - (totals.get(b) ?? 0)) || (a.id < b.id ? -1 : 1);
    orders = { most: [...catalog.records].sort(by(-1)), least: [...catalog.records].sort(by(1)) };
    ORDERS.set(catalog, orders);
  }
  return orders;
}

export function answerRanking(catalog: Catalog, q: RankingQuery, question: string): Answer {
  const count = Math.min(MAX_RANKING, Math.max(1, Math.floor(q.count) || 1));
  const inScope = (r: ModelRecord) =>
    (q.org === undefined || r.org === q.org) && (!q.openWeightsOnly || isOpenWeights(r));
  const order = rankingOrder(catalog)[q.order];
  const whole = q.org === undefined && !q.openWeightsOnly;
  const picked: ModelRecord[] = whole ? order.slice(0, count) : [];
  let poolSize = whole ? order.length : 0;
  for (let i = 0; !whole && i < order.length; i++) {
    const r = order[i];
    if (r === undefined || !inScope(r)) continue;
    poolSize++;
    if (picked.length < count) picked.push(r);
  }
  const pool = { length: poolSize };
  const ranked = picked.map((r) => ({ r, p: transparencyOf(catalog, r) }));
  const scope = [
    q.openWeightsOnly ? "open-weights " : "",
    "models",
    q.org ? ` from ${orgName(catalog, q.org)}` : "",
  ].join("");
  const title = `${q.order === "most" ? "Most" : "Least"} transparent ${scope}`;
  const first = ranked[0];
  return transparencyAnswer(question, {
    models: ranked.map((x) => x.r.id),
    title,
    summary: first
      ? `${title}: ${first.r.name} ${q.order === "most" ? "leads" : "is lowest"} with ${totalText(first.p)} (${pool.length} ${pool.length === 1 ? scope.replace(/models/, "model") : scope} ranked).`
      : `No ${scope} in the catalog.`,
    blocks: first
      ? [
          {
            kind: "table",
            columns: ["#", "Model", "Total", "Basis"],
            rows: ranked.map((x, i) => [
              String(i + 1),
              modelName(x.r),
              totalText(x.p),
              basisTag(x.p),
            ]),
          },
          {
            kind: "text",
            text: `"card" is the reference card's assessment; "computed" is model-bot's own, from released artefacts (MOF, Open Source AI Index), published facts and FMTI developer scores. Method: ${METHOD_DOC}.`,
          },
        ]
      : [{ kind: "text", text: "Try without the organization or open-weights filter." }],
    followUps: [
      {
        label: q.order === "most" ? "Least transparent" : "Most transparent",
        query: `${q.order === "most" ? "least" : "most"} transparent models`,
      },
      ...ranked.slice(0, 2).map((x) => ({ label: x.r.name, query: `transparency of ${x.r.id}` })),
    ],
    citations: ranked.flatMap((x) => profileCitations(catalog, x.r).slice(0, 1)),
  });
}

/** An organization's display name, as its models' records give it. */
function orgName(catalog: Catalog, org: string): string {
  for (const r of catalog.records) {
    const f = r.org === org ? r.facts.organization : undefined;
    if (f && "value" in f) return f.value;
  }
  return org;
}
