import { resolve } from "node:path";
import { engineWithChanges } from "../../app/catalog-changes.ts";
import { packageInfo } from "../../app/package-info.ts";
import { loadCatalog } from "../../core/catalog/load.ts";
import type { Engine } from "../../core/engine/engine.ts";
import { askCommand } from "./ask.ts";
import { type CliCommand, type CliIo, EXIT } from "./command.ts";
import { benchmarksCommand, modelsCommand, providersCommand } from "./discover.ts";
import {
  describeOptions,
  HELP_OPTION,
  parseCommandLine,
  UsageError,
  VERSION_OPTION,
} from "./options.ts";

/** The subcommands of `model-bot`, in the order --help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  askCommand,
  modelsCommand,
  benchmarksCommand,
  providersCommand,
];

const PROGRAM = "model-bot";

function commandHelp(c: CliCommand): string {
  return [
    `usage: ${PROGRAM} ${c.name} ${c.usage}`,
    "",
    c.description,
    "",
    "options:",
    describeOptions(c.options),
    "",
    "examples:",
    ...c.examples.map((e) => `  ${e}`),
    "",
  ].join("\n");
}

function programHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `usage: ${PROGRAM} <command> [options]`,
    "",
    "Answers questions about AI language models (context windows, prices, providers, benchmark",
    "scores and ranks, open weights, transparency) from the bundled catalog, with the source",
    "and date of every fact. `npm start` runs the chat bot itself.",
    "",
    "commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "options:",
    describeOptions([HELP_OPTION, VERSION_OPTION]),
    "",
    `Run \`${PROGRAM} <command> --help\` for a command's options and examples.`,
    "",
  ].join("\n");
}

/** The engine over DATA_DIR, or over the data bundled with model-bot when it is unset. */
export function engineLoader(env: NodeJS.ProcessEnv): () => Engine {
  let engine: Engine | undefined;
  return () => {
    if (engine) return engine;
    const dir = env.DATA_DIR ? resolve(env.DATA_DIR) : resolve(packageInfo().root, "data");
    // With the changes since the catalog the last data update replaced, for "what's new".
    engine = engineWithChanges(dir)(loadCatalog(dir));
    return engine;
  };
}

/**
 * Runs `model-bot <command> [options]` and returns the exit code. Usage errors print one line
 * and a pointer to --help on stderr and return 2; --help and --version return 0.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  const command = COMMANDS.find((c) => c.name === first);
  try {
    if (!command) {
      if (first === undefined || first === "--help" || first === "-h" || first === "help") {
        (first === undefined ? io.err : io.out)(programHelp());
        return first === undefined ? EXIT.usage : EXIT.ok;
      }
      if (first === "--version") {
        io.out(`${packageInfo().version}\n`);
        return EXIT.ok;
      }
      throw new UsageError(
        first.startsWith("-")
          ? `unknown option '${first}' (a command comes first: ${commandNames()})`
          : `unknown command '${first}' (commands: ${commandNames()})`,
      );
    }
    const { values, positionals } = parseCommandLine(
      rest,
      [...command.options, VERSION_OPTION],
      command.positionals,
    );
    if (values.help) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    if (values.version) {
      io.out(`${packageInfo().version}\n`);
      return EXIT.ok;
    }
    return await command.run(io, values, positionals);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    const where = command ? `${PROGRAM} ${command.name}` : PROGRAM;
    io.err(`${where}: ${err.message}\nTry '${where} --help' for usage.\n`);
    return EXIT.usage;
  }
}

function commandNames(): string {
  return COMMANDS.map((c) => c.name).join(", ");
}
