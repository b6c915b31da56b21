import { parseArgs } from "node:util";

export const SECTIONS = [
  "latency",
  "baseline",
  "cold",
  "memory",
  "slack",
  "discord",
  "charts",
  "soak",
] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  quick: boolean;
  only: ReadonlySet<Section>;
  out: string;
  dataDir: string;
  /** Questions per platform in the soak section (--soak-count); its default when absent. */
  soakCount?: number;
}

/**
 * `npm run bench -- [--quick] [--only latency,baseline,...] [--out file] [--data dir]
 * [--soak-count N]`.
 */
export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      out: { type: "string", default: "bench/results.json" },
      data: { type: "string", default: "data" },
      "soak-count": { type: "string" },
    },
  });
  const wanted = values.only?.split(",").map((s) => s.trim()) ?? [...SECTIONS];
  const unknown = wanted.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) {
    throw new Error(`unknown section ${unknown.join(", ")}: choose from ${SECTIONS.join(", ")}`);
  }
  const soak = values["soak-count"];
  const soakCount = soak === undefined ? undefined : Number(soak);
  if (soakCount !== undefined && !(Number.isInteger(soakCount) && soakCount > 0)) {
    throw new Error(`--soak-count must be a whole number above 0, not "${soak}"`);
  }
  return {
    ...(soakCount === undefined ? {} : { soakCount }),
    quick: values.quick ?? false,
    only: new Set(wanted as Section[]),
    out: values.out ?? "bench/results.json",
    dataDir: values.data ?? "data",
  };
}
