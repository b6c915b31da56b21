import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { loadCatalog } from "../../core/catalog/load.ts";
import { createEngine } from "../../core/engine/create.ts";
import { BotError } from "../../core/errors.ts";
import { renderLine, renderText } from "../../core/render/text.ts";
import { toAskJson } from "./contract.ts";

/**
 * `npm run ask -- [--json] "<question>"`: prints the answer. With no question it reads one
 * question per line from stdin and prints exactly one line per input line (JSON Lines with --json).
 */
async function main(argv: string[]): Promise<void> {
  const json = argv.includes("--json");
  const question = argv.filter((a) => a !== "--json").join(" ");
  const engine = createEngine(loadCatalog(resolve(process.env.DATA_DIR || "data")));
  if (question.length > 0) {
    const answer = engine.ask(question);
    process.stdout.write(`${json ? JSON.stringify(toAskJson(answer)) : renderText(answer)}\n`);
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const answer = engine.ask(line);
    process.stdout.write(`${json ? JSON.stringify(toAskJson(answer)) : renderLine(answer)}\n`);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof BotError) {
    process.stderr.write(`ask: ${e.message}\n`);
    process.exit(1);
  }
  throw e;
});
