import { citeSource } from "../../answer/cite.ts";
import type { Answer } from "../../answer/types.ts";
import type { Catalog } from "../../catalog/catalog.ts";
import { latestSources, listBenchmarks, listProviders } from "../../catalog/discover.ts";
import { makeAnswer } from "./base.ts";

export type DiscoveryTopic = "benchmarks" | "providers";

/** Rows shown in chat; the CLI (`model-bot benchmarks`) lists them all. */
const SHOWN = 25;

const NOUNS: Record<string, DiscoveryTopic> = {
  benchmark: "benchmarks",
  benchmarks: "benchmarks",
  leaderboard: "benchmarks",
  leaderboards: "benchmarks",
  evals: "benchmarks",
  provider: "providers",
  providers: "providers",
  hosts: "providers",
  clouds: "providers",
  vendors: "providers",
};

// The words around the noun in "which providers do you know?", "list all benchmarks", "what
// benchmarks can I ask about": a question made only of these asks for the list itself.
const FRAME = new Set(
  (
    "list show me all the every which what are there is do does you your know have cover covers " +
    "track tracks support supports can could i we ask about of available known please tell name " +
    "names give a an any in catalog data set sets"
  ).split(" "),
);

/**
 * "list benchmarks", "which providers do you know": the list of what can be asked about. Only a
 * question with no word beyond the frame and the noun, so "list benchmarks of gpt-4o" stays a
 * question about that model.
 */
export function discoveryTopic(question: string): DiscoveryTopic | undefined {
  const words = question.toLowerCase().match(/[a-z]+/g) ?? [];
  let topic: DiscoveryTopic | undefined;
  for (const w of words) {
    const noun = NOUNS[w];
    if (noun !== undefined) {
      if (topic !== undefined && topic !== noun) return undefined;
      topic = noun;
    } else if (!FRAME.has(w)) return undefined;
  }
  return topic;
}

const count = new Intl.NumberFormat("en-US");

function more(total: number, noun: string, command: string): string {
  return total > SHOWN
    ? `The ${SHOWN} most widely covered of ${count.format(total)} ${noun}; \`model-bot ${command}\` lists them all.`
    : "";
}

/** The benchmarks or providers the catalog knows, the most widely covered first. */
export function answerDiscovery(catalog: Catalog, query: string, topic: DiscoveryTopic): Answer {
  if (topic === "benchmarks") {
    const all = listBenchmarks(catalog).filter((b) => b.models > 0);
    const shown = all.slice(0, SHOWN);
    return makeAnswer(query, {
      intent: "discover",
      title: `Benchmarks I know (${count.format(all.length)})`,
      summary: `${count.format(all.length)} benchmarks, the most widely reported first: ${shown
        .slice(0, 5)
        .map((b) => b.name)
        .join(", ")}.`,
      blocks: [
        {
          kind: "table",
          columns: ["Benchmark", "Category", "Models"],
          rows: shown.map((b) => [b.name, b.category, count.format(b.models)]),
        },
        ...(all.length > SHOWN
          ? [{ kind: "text" as const, text: more(all.length, "benchmarks", "benchmarks") }]
          : []),
      ],
      followUps: shown
        .slice(0, 3)
        .map((b) => ({ label: `Top 5 on ${b.name}`, query: `top 5 on ${b.id}` })),
      citations: latestSources(shown).map((s) => citeSource(catalog, s)),
    });
  }
  const all = listProviders(catalog);
  const shown = all.slice(0, SHOWN);
  return makeAnswer(query, {
    intent: "discover",
    title: `Providers I know (${count.format(all.length)})`,
    summary: `${count.format(all.length)} providers, the one listing the most models first: ${shown
      .slice(0, 5)
      .map((p) => p.name)
      .join(", ")}.`,
    blocks: [
      {
        kind: "table",
        columns: ["Provider", "Models listed"],
        rows: shown.map((p) => [p.name, count.format(p.models)]),
      },
      ...(all.length > SHOWN
        ? [{ kind: "text" as const, text: more(all.length, "providers", "providers") }]
        : []),
    ],
    followUps: [
      { label: "Where can I run llama 3.1 405b?", query: "where can I run llama 3.1 405b" },
    ],
    citations: latestSources(shown).map((s) => citeSource(catalog, s)),
  });
}
