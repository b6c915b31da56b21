import { basename, dirname, join, resolve } from "node:path";

/**
 * `<parent>/.<name>.previous`: where `data:update` keeps the catalog it replaced, beside the data
 * directory (one rename away, on the same file system), so "what changed" survives a restart.
 */
export function previousDataDir(dataDir: string): string {
  const abs = resolve(dataDir);
  return join(dirname(abs), `.${basename(abs)}.previous`);
}
