import pino, { type DestinationStream, type Logger } from "pino";
import { REDACT_PATHS, REDACTED, safeError, scrubSecrets, scrubUrlSecrets } from "./redact.ts";

export interface LoggerOptions {
  level: string;
  /** Values (tokens, signing secrets) to blank wherever they appear in a line. */
  secrets: readonly string[];
  /** Where lines go: a file descriptor (1 stdout, 2 stderr) or a stream (tests); stdout when absent. */
  destination?: DestinationStream | 1 | 2;
}

/**
 * The process logger: JSON lines with pino. Three guards keep secrets out: known key paths are
 * blanked (`redact`), errors are logged by their type, code, status, message and stack only
 * (`safeError`: never the request a library hangs on them), and every finished line is scrubbed
 * of the secret values themselves and of interaction tokens and response URLs.
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = [...options.secrets];
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      serializers: {
        err: safeError,
        error: (e: unknown) => (typeof e === "string" ? e : safeError(e)),
      },
      hooks: {
        streamWrite: (line) => {
          const cut = scrubUrlSecrets(line);
          return secrets.length > 0 ? scrubSecrets(cut, secrets) : cut;
        },
      },
    },
    // Synchronous writes: a chat bot logs little, and no line is lost when the process exits.
    typeof options.destination === "object"
      ? options.destination
      : pino.destination({ dest: options.destination ?? 1, sync: true }),
  );
}
