import type { Logger } from "pino";
import { createLogger } from "../../src/app/logger.ts";

/** A real production logger whose lines land in memory, parsed, for assertions. */
export function captureLogger(secrets: string[] = []): {
  log: Logger;
  raw: string[];
  lines: () => Array<Record<string, unknown>>;
} {
  const raw: string[] = [];
  const log = createLogger({
    level: "debug",
    secrets,
    destination: { write: (s: string) => void raw.push(s) },
  });
  return { log, raw, lines: () => raw.map((s) => JSON.parse(s) as Record<string, unknown>) };
}
