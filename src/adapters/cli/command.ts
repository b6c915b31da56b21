import type { Engine } from "../../core/engine/engine.ts";
import type { CliOption, OptionValues } from "./options.ts";

/** What a command reads and writes; tests pass their own streams. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  /** Writes text to stdout; the process-level wrapper ends quietly on EPIPE. */
  out: (text: string) => void;
  err: (text: string) => void;
  /** Width to fit tables to: the terminal's, or 100 when stdout is not a terminal. */
  columns: number;
  /** The question engine over the catalog, loaded on first use (--help never loads it). */
  engine: () => Engine;
}

/** Exit codes: 0 answered, 1 a question's model was not found or ambiguous, 2 a usage error. */
export const EXIT = { ok: 0, notAnswered: 1, usage: 2 } as const;

/**
 * One subcommand of `model-bot`. Options are data (see options.ts): the parser, --help and the
 * docs all read the same list. `run` returns the exit code.
 */
export interface CliCommand {
  name: string;
  /** One line for the command list of `model-bot --help`. */
  summary: string;
  /** What follows the command name in the usage line, e.g. "[options] [question...]". */
  usage: string;
  /** A paragraph under the usage line. */
  description: string;
  options: readonly CliOption[];
  positionals: boolean;
  examples: readonly string[];
  run(io: CliIo, values: OptionValues, positionals: string[]): Promise<number>;
}
