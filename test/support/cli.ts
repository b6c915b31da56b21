import { Readable } from "node:stream";
import { engineLoader, runCli } from "../../src/adapters/cli/cli.ts";

/** The CLI's engine over the bundled catalog, loaded once for all the tests of a file. */
export const cliEngine = engineLoader({});

/** Runs `model-bot <argv>` in this process, with `input` on stdin, capturing what it writes. */
export async function runCliCaptured(argv: string[], input = "", columns = 100) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdin: Readable.from([input]),
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    columns,
    engine: cliEngine,
  });
  return { code, stdout, stderr };
}
