import { scrubSecrets } from "../../app/redact.ts";
import { collectSecrets } from "../../config/secrets.ts";
import { BotError } from "../../core/errors.ts";
import { stopChartWorker } from "../../render/chart/isolated.ts";
import { engineLoader, runCli } from "./cli.ts";

/** Tables fit the terminal; piped output gets 100 columns, a width most viewers show whole. */
const PIPE_COLUMNS = 100;

/**
 * The `model-bot` command (package bin, `npm run ask`). A reader that stops early (`| head -1`)
 * closes the pipe: that ends the program quietly with status 0, as it does for cat or grep.
 */
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
  columns: process.stdout.isTTY ? process.stdout.columns || PIPE_COLUMNS : PIPE_COLUMNS,
  engine: engineLoader(process.env),
})
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const text =
        err instanceof BotError
          ? `model-bot: ${err.message}`
          : `model-bot: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
      process.stderr.write(`${scrubSecrets(text, collectSecrets(process.env))}\n`);
      process.exitCode = 1;
    },
  )
  .finally(stopChartWorker)
  .catch(() => {});
