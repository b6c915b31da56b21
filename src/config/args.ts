import { BotError } from "../core/errors.ts";

export type OnlyPlatform = "slack" | "discord";

/** Command-line options of `npm start`. */
export interface StartArgs {
  /** Start just this platform (its token must be set). */
  only?: OnlyPlatform;
  /** Discord sharding: "auto" asks Discord for the count; a number fixes it. */
  shards?: "auto" | number;
}

const USAGE = "usage: npm start -- [--only slack|discord] [--shards auto|N]";

/** Parses `--only` and `--shards` (also `--name=value`); anything else is a CONFIG_INVALID error. */
export function parseStartArgs(argv: readonly string[]): StartArgs {
  const out: StartArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    if (name !== "--only" && name !== "--shards") fail(`unknown option "${arg}"`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === "") fail(`${name} needs a value`);
    if (name === "--only") out.only = parseOnly(value);
    else out.shards = parseShards(value);
  }
  return out;
}

function parseOnly(value: string): OnlyPlatform {
  if (value === "slack" || value === "discord") return value;
  return fail(`--only must be slack or discord, not "${value}"`);
}

function parseShards(value: string): "auto" | number {
  if (value === "auto") return "auto";
  const n = Number(value);
  if (/^\d+$/.test(value) && n >= 1 && n <= 10_000) return n;
  return fail(`--shards must be auto or a whole number from 1, not "${value}"`);
}

function fail(message: string): never {
  throw new BotError("CONFIG_INVALID", `${message}\n${USAGE}`);
}
