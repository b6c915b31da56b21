import { parseFeedConfig } from "../config/feeds-env.ts";
import { BotError } from "../core/errors.ts";
import { formatOutcome, formatUpdate } from "./feeds/report.ts";
import { runUpdate } from "./feeds/update.ts";

// `npm run data:update [--datasets DIR]`: fetches the public feeds, rebuilds DATA_DIR (default
// ./data) with the importer's stages, validates it and swaps it in. Exits 1 naming the source and
// the reason when anything is refused; the data directory is then as it was.
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--datasets");
  const env = { ...process.env };
  if (at >= 0 && args[at + 1]) env.DATASETS_DIR = args[at + 1];
  const config = parseFeedConfig(env);
  const dataDir = process.env.DATA_DIR?.trim() || "./data";
  const result = await runUpdate({
    dataDir,
    config,
    now: new Date(),
    onSource: (o) => console.log(formatOutcome(o)),
  });
  console.log(formatUpdate(result));
}

try {
  await main();
} catch (e) {
  if (!(e instanceof BotError)) throw e;
  console.error(`data:update failed: ${e.message}`);
  process.exit(1);
}
