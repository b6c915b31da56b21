import pino, { type DestinationStream, type Logger } from "pino";
import { REDACT_PATHS, REDACTED, scrubSecrets } from "./redact.ts";

export interface LoggerOptions {
  level: string;
  /** Values (tokens, signing secrets) to blank wherever they appear in a line. */
  secrets: readonly string[];
  /** Where lines go: a file descriptor (1 stdout, 2 stderr) or a stream (tests); stdout when absent. */
  destination?: DestinationStream | 1 | 2;
}

/**
 * The process logger: JSON lines with pino. Two guards keep secrets out: known key paths are
 * blanked (`redact`), and every finished line is scrubbed of the secret values themselves, so a
 * token inside an error message or a URL is caught too.
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = [...options.secrets];
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: {
        streamWrite: (line) => (secrets.length > 0 ? scrubSecrets(line, secrets) : line),
      },
    },
    // Synchronous writes: a chat bot logs little, and no line is lost when the process exits.
    typeof options.destination === "object"
      ? options.destination
      : pino.destination({ dest: options.destination ?? 1, sync: true }),
  );
}
