import type { EventEmitter } from "node:events";
import type { Logger } from "pino";

/** The part of `process` the runtime uses; tests pass an EventEmitter with an `exit` spy. */
export type ProcessLike = Pick<EventEmitter, "on" | "off"> & { exit(code?: number): void };

export interface SignalActions {
  reload(): void;
  shutdown(signal: string): Promise<void>;
}

/**
 * SIGHUP reloads the data; SIGTERM and SIGINT shut down cleanly, and a second one exits at once
 * (an operator pressing Ctrl-C twice means it). Unhandled rejections and uncaught exceptions are
 * logged and the bot keeps serving: one bad event must not silence it for everyone.
 */
export function installProcessHandlers(
  proc: ProcessLike,
  log: Logger,
  actions: SignalActions,
): { remove(): void } {
  let signalled = false;
  const onStop = (signal: string) => {
    if (signalled) {
      log.warn({ signal }, "second stop signal: exiting without waiting");
      proc.exit(1);
      return;
    }
    signalled = true;
    void actions.shutdown(signal);
  };
  const listeners: Record<string, (arg: unknown) => void> = {
    SIGHUP: () => actions.reload(),
    SIGTERM: () => onStop("SIGTERM"),
    SIGINT: () => onStop("SIGINT"),
    unhandledRejection: (reason) => log.error({ err: reason }, "unhandled rejection"),
    uncaughtException: (err) => log.error({ err }, "uncaught exception"),
  };
  for (const [event, listener] of Object.entries(listeners)) proc.on(event, listener);
  return {
    remove: () => {
      for (const [event, listener] of Object.entries(listeners)) proc.off(event, listener);
    },
  };
}
