import { z } from "zod";
import { startHealthServer } from "../adapters/slack/health.ts";
import { BotError } from "../core/errors.ts";
import type { RunningAdapter } from "./adapter.ts";
import type { AdapterName } from "./plan.ts";
import type { AdapterStarter } from "./runtime.ts";

const Port = z.coerce
  .number({ error: "PORT must be a number" })
  .int("PORT must be a whole number")
  .min(0, "PORT must be between 0 and 65535")
  .max(65_535, "PORT must be between 0 and 65535");

/**
 * `GET /healthz` on PORT for a bot that runs Discord without Slack: Slack serves /healthz on
 * PORT itself, and a container's health check (the Dockerfile's HEALTHCHECK) needs one whichever
 * platforms run. Undefined when PORT is unset, when Slack or the console runs, and in a shard
 * process (its parent holds the port).
 */
export function healthStarter(
  names: readonly AdapterName[],
  env: NodeJS.ProcessEnv,
): AdapterStarter | undefined {
  const raw = env.PORT?.trim() ?? "";
  if (raw === "" || !names.includes("discord") || names.includes("slack")) return undefined;
  if ((env.SHARDS?.trim() ?? "") !== "") return undefined;
  const parsed = Port.safeParse(raw);
  if (!parsed.success) {
    throw new BotError("CONFIG_INVALID", `configuration: ${parsed.error.issues[0]?.message}`);
  }
  const port = parsed.data;
  return {
    name: "health",
    async start(deps) {
      const server = await startHealthServer(deps.health, port, undefined).catch((e: unknown) => {
        throw new BotError(
          "CONFIG_INVALID",
          `cannot serve /healthz on PORT ${port}: ${e instanceof Error ? e.message : String(e)}`,
        );
      });
      deps.log.info({ port: server.port }, "serving /healthz");
      const running: RunningAdapter & { port: number } = {
        name: "health",
        port: server.port,
        stop: () => server.close(),
      };
      return running;
    },
  };
}
