import { existsSync } from "node:fs";

/**
 * Loads KEY=value lines from `path` into process.env when the file exists. Node's own loader
 * keeps variables already set in the environment, so a shell or container setting wins.
 */
export function loadDotEnv(path = ".env"): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}
