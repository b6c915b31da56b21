import { parseArgs } from "node:util";

/**
 * One command-line option. Commands list theirs as data, so adding a flag is one entry here plus
 * reading it in the command's `run`; the parser and the --help text both come from the list.
 */
export interface CliOption {
  name: string;
  type: "boolean" | "string";
  short?: string;
  /** The value's name in --help for string options, e.g. "FILE" or "TEXT". */
  arg?: string;
  help: string;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface ParsedCommandLine {
  values: OptionValues;
  positionals: string[];
}

/** A command-line mistake: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const HELP_OPTION: CliOption = {
  name: "help",
  short: "h",
  type: "boolean",
  help: "show this help and exit",
};
export const VERSION_OPTION: CliOption = {
  name: "version",
  type: "boolean",
  help: "print the version and exit",
};
export const JSON_OPTION: CliOption = {
  name: "json",
  type: "boolean",
  help: "print JSON (values, not text) instead of text",
};

export const CHART_OPTION: CliOption = {
  name: "chart",
  type: "string",
  arg: "FILE",
  help: "write the answer's chart to FILE as PNG (says so when the answer has none)",
};

/**
 * Parses argv against `options` with node:util's parseArgs in strict mode: an unknown option, a
 * missing value or a value given to a boolean is a UsageError naming the option.
 */
export function parseCommandLine(
  argv: readonly string[],
  options: readonly CliOption[],
  allowPositionals: boolean,
): ParsedCommandLine {
  const config = Object.fromEntries(
    options.map((o) => [o.name, o.short ? { type: o.type, short: o.short } : { type: o.type }]),
  );
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: config,
      strict: true,
      allowPositionals,
    });
    return { values: values as OptionValues, positionals };
  } catch (err) {
    throw new UsageError(usageMessage(err));
  }
}

// parseArgs's messages carry advice meant for programmers ("To specify a positional argument
// starting with a '-' place it at the end of the command after '--'"); keep the first sentence.
function usageMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const first = text.split(/\.\s/)[0] ?? text;
  return first.replace(/\.$/, "");
}

/** The options block of --help: "  -h, --help        show this help and exit". */
export function describeOptions(options: readonly CliOption[]): string {
  const heads = options.map((o) => {
    const flag = `--${o.name}${o.type === "string" ? ` ${o.arg ?? "VALUE"}` : ""}`;
    return o.short ? `-${o.short}, ${flag}` : `    ${flag}`;
  });
  const width = Math.max(...heads.map((h) => h.length));
  return options.map((o, i) => `  ${(heads[i] ?? "").padEnd(width)}  ${o.help}`).join("\n");
}
