import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { installProcessHandlers } from "../../src/app/signals.ts";
import { captureLogger } from "./log-capture.ts";

function setUp() {
  const proc = Object.assign(new EventEmitter(), { exit: vi.fn() });
  const actions = { reload: vi.fn(), shutdown: vi.fn(() => new Promise<void>(() => {})) };
  const capture = captureLogger();
  const handlers = installProcessHandlers(proc, capture.log, actions);
  return { proc, actions, handlers, ...capture };
}

describe("installProcessHandlers", () => {
  it("reloads on SIGHUP, as often as it is sent", () => {
    const { proc, actions } = setUp();
    proc.emit("SIGHUP");
    proc.emit("SIGHUP");
    expect(actions.reload).toHaveBeenCalledTimes(2);
    expect(actions.shutdown).not.toHaveBeenCalled();
  });

  it.each(["SIGTERM", "SIGINT"])(
    "shuts down once on %s; a second signal exits at once with 1",
    (signal) => {
      const { proc, actions, lines } = setUp();
      proc.emit(signal);
      expect(actions.shutdown).toHaveBeenCalledWith(signal);
      expect(proc.exit).not.toHaveBeenCalled();
      proc.emit("SIGINT");
      expect(actions.shutdown).toHaveBeenCalledTimes(1);
      expect(proc.exit).toHaveBeenCalledWith(1);
      expect(lines().some((l) => l.msg === "second stop signal: exiting without waiting")).toBe(
        true,
      );
    },
  );

  it("logs unhandled rejections and uncaught exceptions instead of dying", () => {
    const { proc, lines } = setUp();
    proc.emit("unhandledRejection", new Error("late failure"));
    proc.emit("uncaughtException", new Error("thrown in a callback"));
    expect(lines().map((l) => [l.msg, l.level])).toEqual([
      ["unhandled rejection", 50],
      ["uncaught exception", 50],
    ]);
    expect(proc.exit).not.toHaveBeenCalled();
  });

  it("removes every listener it added", () => {
    const { proc, handlers } = setUp();
    handlers.remove();
    expect(proc.eventNames()).toEqual([]);
  });
});
