/**
 * The behavioural suites (CheckList, Ribeiro et al., ACL 2020) over generated questions:
 * - minimum functionality: each base question gets its expected reading;
 * - invariance: each perturbation of a base question reads the same as the base question;
 * - directional: a refinement moves the answer only the way it says ("open weights" can only
 *   shrink a list, "cheapest" sorts ascending by price, "top 3" is the head of "top 10").
 */
import type { Answer } from "../../src/core/answer/types.ts";
import type { Catalog } from "../../src/core/catalog/catalog.ts";
import { buildFactsCache } from "../../src/core/engine/answers/select.ts";
import type { Engine } from "../../src/core/engine/engine.ts";
import { type BaseQuestion, generateBaseQuestions, orgName, render } from "./generate.ts";
import { runDecline, runListWording, runMoneyBesideContext, runParaphrase } from "./paraphrase.ts";
import { PERTURBATIONS } from "./perturb.ts";

export interface SuiteResult {
  name: string;
  total: number;
  passed: number;
  failures: string[];
}

/** What the suites compare: the CLI contract's reading of a question. */
export function reading(a: Answer): string {
  return JSON.stringify([a.intent, a.models, a.field, a.benchmark]);
}

/** A suite's result and the function that records one check. */
export function tally(name: string): [SuiteResult, (ok: boolean, failure: () => string) => void] {
  const r: SuiteResult = { name, total: 0, passed: 0, failures: [] };
  return [
    r,
    (ok, failure) => {
      r.total++;
      if (ok) r.passed++;
      else r.failures.push(failure());
    },
  ];
}

/** One maker, one org id: the importer merges spellings ("mistral-ai" into "mistral"). */
export function sameOrg(a: string | undefined, b: string): boolean {
  return a === b;
}

/** Whether an answer has the reading a base question expects; a line per mismatch. */
export function mismatches(q: BaseQuestion, a: Answer, catalog: Catalog): string[] {
  const e = q.expected;
  const out: string[] = [];
  if (a.intent !== e.intent) out.push(`intent ${a.intent}, expected ${e.intent}`);
  if (e.models && a.models.join(",") !== e.models.join(","))
    out.push(`models [${a.models.join(", ")}], expected [${e.models.join(", ")}]`);
  if (e.field !== undefined && a.field !== e.field)
    out.push(`field ${a.field}, expected ${e.field}`);
  if (e.benchmark !== undefined && a.benchmark !== e.benchmark)
    out.push(`benchmark ${a.benchmark}, expected ${e.benchmark}`);
  if (e.org !== undefined) {
    const others = a.models.filter((id) => !sameOrg(catalog.byId.get(id)?.org, e.org ?? ""));
    if (a.models.length === 0 || others.length > 0)
      out.push(`models [${a.models.slice(0, 4).join(", ")}] not all by ${e.org}`);
  }
  return out;
}

export function runMinimumFunctionality(engine: Engine, bases: BaseQuestion[]): SuiteResult {
  const [result, check] = tally("minimum functionality");
  for (const q of bases) {
    const text = render(q.template, q.slots);
    const problems = mismatches(q, engine.ask(text), engine.catalog);
    check(problems.length === 0, () => `${q.label}: "${text}": ${problems.join("; ")}`);
  }
  return result;
}

export function runInvariance(engine: Engine, bases: BaseQuestion[]): SuiteResult {
  const [result, check] = tally("invariance");
  bases.forEach((q, i) => {
    const base = reading(engine.ask(render(q.template, q.slots)));
    for (const p of PERTURBATIONS) {
      const text = p.apply(q, i, engine.catalog);
      if (text === undefined) continue;
      const got = reading(engine.ask(text));
      check(got === base, () => `${p.name}: "${text}": ${got}, base ${base}`);
    }
  });
  return result;
}

export function runDirectional(engine: Engine, catalog: Catalog): SuiteResult {
  const [result, check] = tally("directional");
  const facts = buildFactsCache();
  const orgs = [...new Set(catalog.records.map((r) => r.org))]
    .filter((o) => catalog.records.filter((r) => r.org === o).length >= 4)
    .sort();
  const of = (id: string) => {
    const r = catalog.byId.get(id);
    return r === undefined ? undefined : facts(r);
  };
  const ask = (q: string) => engine.ask(q);

  // Adding "open weights" to a list question can only shrink it: every result is open-weights and
  // still meets the list's own constraint, and there are no more of them.
  const lists: [string, (id: string) => boolean][] = [
    ...orgs.map((o): [string, (id: string) => boolean] => [
      `${orgName(catalog, o)} models`,
      (id) => sameOrg(catalog.byId.get(id)?.org, o),
    ]),
    ["models with over 100k context", (id) => (of(id)?.context ?? 0) > 100_000],
    ["vision models", (id) => of(id)?.vision === true],
    ["reasoning models", (id) => of(id)?.reasoning === true],
  ];
  for (const [q, meets] of lists) {
    const base = ask(q);
    const refined = ask(`open weights ${q}`);
    const ok =
      refined.models.length <= Math.max(base.models.length, 0) &&
      refined.models.every((id) => meets(id) && of(id)?.openWeights === true) &&
      (refined.intent === base.intent || refined.models.length === 0);
    check(ok, () => `open weights ${q}: [${refined.models.slice(0, 5).join(", ")}]`);
  }

  // "cheapest" sorts ascending by price, within the list's constraint.
  for (const [q, meets] of lists) {
    const a = ask(`cheapest ${q}`);
    // Paid prices rank; models listed only at $0 come after them (a free tier is no price).
    const prices = a.models.map((id) =>
      of(id)?.freeOnly ? Number.MAX_VALUE : (of(id)?.inputPrice ?? Infinity),
    );
    const ascending = prices.every((p, k) => k === 0 || p >= (prices[k - 1] ?? 0));
    check(
      a.intent === "filter" && ascending && a.models.every(meets),
      () => `cheapest ${q}: ${a.intent} [${a.models.slice(0, 5).join(", ")}] prices ${prices}`,
    );
  }

  // "under $1" keeps every price at or under $1.
  for (const [q] of lists.slice(0, orgs.length)) {
    const a = ask(`${q} under $1`);
    check(
      a.models.every((id) => (of(id)?.inputPrice ?? Infinity) <= 1),
      () => `${q} under $1: [${a.models.slice(0, 5).join(", ")}]`,
    );
  }

  // "top 3" is the head of "top 10" on the same board.
  const boards = [...catalog.benchmarks.values()]
    .filter((b) => catalog.records.some((r) => r.benchmarks.some((x) => x.benchmark === b.id)))
    .slice(0, 40);
  for (const b of boards) {
    const three = ask(`top 3 on ${b.name}`);
    const ten = ask(`top 10 on ${b.name}`);
    check(
      three.intent === "top" &&
        three.models.length > 0 &&
        three.models.join(",") === ten.models.slice(0, three.models.length).join(","),
      () => `top 3 on ${b.name}: [${three.models.join(", ")}] vs [${ten.models.join(", ")}]`,
    );
  }
  return result;
}

/** Every suite over the catalog's generated questions. */
export function runSuites(engine: Engine): { bases: number; suites: SuiteResult[] } {
  const bases = generateBaseQuestions(engine.catalog);
  return {
    bases: bases.length,
    suites: [
      runMinimumFunctionality(engine, bases),
      runInvariance(engine, bases),
      runDirectional(engine, engine.catalog),
      runParaphrase(engine, bases),
      runDecline(engine),
      runMoneyBesideContext(engine),
      runListWording(engine),
    ],
  };
}

export function formatSuites(r: { bases: number; suites: SuiteResult[] }, failures = 10): string {
  const lines = [`Behavioural suites (${r.bases} base questions from the catalog):`];
  for (const s of r.suites) {
    const pct = `${((s.passed / Math.max(s.total, 1)) * 100).toFixed(1)}%`.padStart(6);
    lines.push(`  ${s.name.padEnd(22)} ${pct}  (${s.passed}/${s.total})`);
    for (const f of s.failures.slice(0, failures)) lines.push(`      ${f}`);
    if (s.failures.length > failures) lines.push(`      … ${s.failures.length - failures} more`);
  }
  return `${lines.join("\n")}\n`;
}
