import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "pino";

const TO_BOLT: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

/**
 * Bolt's logger interface over the process's pino logger, so Bolt's and the socket client's lines
 * land in the same JSON stream (and the same secret scrubbing). Bolt's own level setting is
 * ignored: the process log level decides.
 */
export function createBoltLogger(log: Logger): BoltLogger {
  const child = log.child({ lib: "bolt" });
  const line = (msg: unknown[]) =>
    msg.map((m) => (m instanceof Error ? m.message : String(m))).join(" ");
  return {
    debug: (...msg) => child.debug(line(msg)),
    info: (...msg) => child.info(line(msg)),
    warn: (...msg) => child.warn(line(msg)),
    error: (...msg) => child.error(line(msg)),
    setLevel: () => {},
    getLevel: () => TO_BOLT[child.level] ?? LogLevel.ERROR,
    setName: () => {},
  };
}
