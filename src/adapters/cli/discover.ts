import { citeSource } from "../../core/answer/cite.ts";
import { formatTokens } from "../../core/answer/format.ts";
import type { Catalog } from "../../core/catalog/catalog.ts";
import { latestSources, listBenchmarks, listProviders } from "../../core/catalog/discover.ts";
import { fitTable } from "../../core/render/fit-table.ts";
import { renderSources } from "../../core/render/text.ts";
import type { Provenance } from "../../core/schema/fact.ts";
import { type CliCommand, type CliIo, EXIT } from "./command.ts";
import { type CliOption, HELP_OPTION, JSON_OPTION, UsageError } from "./options.ts";

const count = new Intl.NumberFormat("en-US");

const QUERY_OPTION: CliOption = {
  name: "query",
  short: "q",
  type: "string",
  arg: "TEXT",
  help: "only models whose names match TEXT (typos and partial names too), best match first",
};
const LIMIT_OPTION: CliOption = {
  name: "limit",
  short: "n",
  type: "string",
  arg: "N",
  help: "at most N models (default 25; 0 for all)",
};

/** A table that fits the width, with the sources of its rows under it. */
function printTable(
  io: CliIo,
  catalog: Catalog,
  columns: string[],
  rows: string[][],
  sources: Provenance[],
  note = "",
): void {
  const cited = renderSources(sources.map((s) => citeSource(catalog, s)));
  const parts = [fitTable(columns, rows, io.columns), note, cited].filter((p) => p !== "");
  io.out(`${parts.join("\n\n")}\n`);
}

export const benchmarksCommand: CliCommand = {
  name: "benchmarks",
  summary: "list the benchmarks you can ask about",
  usage: "[options]",
  description:
    "Lists every benchmark the catalog holds results for, the most widely reported first, with\nits id (what `top 5 on <id>` takes), category, unit and how many models have a result.",
  options: [JSON_OPTION, HELP_OPTION],
  positionals: false,
  examples: ["model-bot benchmarks", "model-bot benchmarks --json | jq -r '.[].id'"],
  async run(io, values) {
    const catalog = io.engine().catalog;
    const list = listBenchmarks(catalog).filter((b) => b.models > 0);
    if (values.json) {
      io.out(`${JSON.stringify(list)}\n`);
      return EXIT.ok;
    }
    const rows = list.map((b) => [b.id, b.name, b.category, b.unit, count.format(b.models)]);
    printTable(
      io,
      catalog,
      ["Id", "Benchmark", "Category", "Unit", "Models"],
      rows,
      latestSources(list),
    );
    return EXIT.ok;
  },
};

export const providersCommand: CliCommand = {
  name: "providers",
  summary: "list the providers whose offers the catalog holds",
  usage: "[options]",
  description:
    "Lists every provider that offers models in the catalog, the one listing the most first,\nwith its id and how many models it lists.",
  options: [JSON_OPTION, HELP_OPTION],
  positionals: false,
  examples: ["model-bot providers", "model-bot providers --json"],
  async run(io, values) {
    const catalog = io.engine().catalog;
    const list = listProviders(catalog);
    if (values.json) {
      io.out(`${JSON.stringify(list)}\n`);
      return EXIT.ok;
    }
    const rows = list.map((p) => [p.id, p.name, count.format(p.models)]);
    printTable(io, catalog, ["Id", "Provider", "Models listed"], rows, latestSources(list));
    return EXIT.ok;
  },
};

function parseLimit(value: string | boolean | undefined): number {
  if (value === undefined) return 25;
  const n = Number(value);
  if (typeof value !== "string" || !/^\d+$/.test(value) || n > 100_000) {
    throw new UsageError(`--limit must be a whole number (0 for all), not '${String(value)}'`);
  }
  return n === 0 ? Number.MAX_SAFE_INTEGER : n;
}

function factValue<T>(fact: { value: T } | object | undefined): T | null {
  return fact !== undefined && "value" in fact ? fact.value : null;
}

export const modelsCommand: CliCommand = {
  name: "models",
  summary: "list models, or find them by name with -q",
  usage: "[options] [-q TEXT]",
  description:
    "Lists the catalog's models, the best known first, or with -q those whose names match TEXT\nas the bot would read it in a question (typos, partial names, word order).",
  options: [QUERY_OPTION, LIMIT_OPTION, JSON_OPTION, HELP_OPTION],
  positionals: false,
  examples: [
    'model-bot models -q "claude sonnet"',
    "model-bot models -q llama -n 5 --json",
    "model-bot models -n 0",
  ],
  async run(io, values) {
    const limit = parseLimit(values.limit);
    const engine = io.engine();
    const catalog = engine.catalog;
    const query = typeof values.query === "string" ? values.query : "";
    const found = engine
      .suggestModels(query, Math.min(limit, catalog.records.length))
      .flatMap((c) => catalog.byId.get(c.value) ?? []);
    const models = found.map((r) => ({
      id: r.id,
      name: r.name,
      organization: factValue(r.facts.organization) ?? r.org,
      context_length: factValue(r.facts.context_length),
    }));
    if (values.json) {
      io.out(`${JSON.stringify(models)}\n`);
      return EXIT.ok;
    }
    if (models.length === 0) {
      io.out(`No model matches "${query}".\n`);
      return EXIT.notAnswered;
    }
    const rows = models.map((m) => [
      m.id,
      m.name,
      m.organization,
      m.context_length === null ? "not known" : formatTokens(m.context_length),
    ]);
    const total = query
      ? ""
      : `${count.format(models.length)} of ${count.format(catalog.records.length)} models; -n 0 lists them all.`;
    const sources = found.flatMap((r) => {
      const f = r.facts.context_length;
      return f !== undefined && "source" in f ? [f] : [];
    });
    printTable(
      io,
      catalog,
      ["Id", "Model", "Maker", "Context"],
      rows,
      latestSources([{ sources }]),
      models.length < catalog.records.length ? total : "",
    );
    return EXIT.ok;
  },
};
