import { parseArgs } from "node:util";

export const SECTIONS = [
  "latency",
  "baseline",
  "cold",
  "memory",
  "slack",
  "discord",
  "charts",
] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  quick: boolean;
  only: ReadonlySet<Section>;
  out: string;
  dataDir: string;
}

/** `npm run bench -- [--quick] [--only latency,baseline,...] [--out file] [--data dir]`. */
export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      out: { type: "string", default: "bench/results.json" },
      data: { type: "string", default: "data" },
    },
  });
  const wanted = values.only?.split(",").map((s) => s.trim()) ?? [...SECTIONS];
  const unknown = wanted.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) {
    throw new Error(`unknown section ${unknown.join(", ")}: choose from ${SECTIONS.join(", ")}`);
  }
  return {
    quick: values.quick ?? false,
    only: new Set(wanted as Section[]),
    out: values.out ?? "bench/results.json",
    dataDir: values.data ?? "data",
  };
}
