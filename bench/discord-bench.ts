import { once } from "node:events";
import { Client, Events, GatewayIntentBits } from "discord.js";
import { startDiscord } from "../src/adapters/discord/start.ts";
import type { Catalog } from "../src/core/catalog/catalog.ts";
import { FakeDiscord } from "../test/support/discord-fake.ts";
import { APP_ID, commandInteraction } from "../test/support/discord-payloads.ts";
import { createBenchDeps } from "./bench-deps.ts";
import type { BenchOptions } from "./options.ts";
import { realQuestions } from "./questions.ts";
import type { FrontDoorRun, Results } from "./results.ts";
import { summarize } from "./stats.ts";

// Discord's own limit for the first response: a callback later than this is an error.
const CALLBACK_LIMIT_MS = 3000;

/**
 * Sends `/ask` interactions one at a time through the fake gateway and times each from the
 * dispatch to the callback POST the client makes in reply. Interactions without a callback in
 * time are counted as errors, not timed.
 */
async function timeInteractions(
  fake: FakeDiscord,
  texts: string[],
  count: number,
): Promise<{ samples: number[]; errors: number }> {
  const samples: number[] = [];
  let errors = 0;
  for (let n = 0; n < count; n++) {
    const i = commandInteraction("ask", { question: texts[n % texts.length] ?? "help" });
    const callback = fake.waitFor(
      (r) => r.method === "POST" && r.path.startsWith(`/api/v10/interactions/${i.id}/`),
    );
    const t0 = performance.now();
    fake.dispatch("INTERACTION_CREATE", i);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), CALLBACK_LIMIT_MS);
    });
    const answered = await Promise.race([callback.then(() => true), late]);
    clearTimeout(timer);
    if (answered) samples.push(performance.now() - t0);
    else errors += 1;
  }
  // The fake keeps every request; drop them so later waits stay cheap.
  fake.requests.length = 0;
  return { samples, errors };
}

function toRun(
  label: string,
  { samples, errors }: { samples: number[]; errors: number },
): FrontDoorRun {
  const s = summarize(samples);
  return {
    label,
    requests: s.n + errors,
    errors,
    p50: s.p50,
    p99: s.p99,
    max: s.max,
  };
}

/** A bare discord.js client that answers every interaction with a constant. */
async function startBareClient(fake: FakeDiscord): Promise<() => Promise<void>> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  client.on(Events.InteractionCreate, (i) => {
    // The callback is what is timed; the reply's own outcome does not matter here.
    if (i.isRepliable()) i.reply({ content: "constant answer" }).catch(() => undefined);
  });
  const ready = once(client, Events.ClientReady);
  await client.login(fake.validToken);
  await ready;
  return () => client.destroy();
}

/**
 * Discord interaction handling time, gateway dispatch to callback request, for the project's
 * adapter (real engine, real catalog) and for a bare client replying with a constant; both
 * talk to the fake Discord from test/support over loopback.
 */
export async function benchDiscord(
  real: Catalog,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<NonNullable<Results["discord"]>> {
  const count = options.quick ? 50 : 300;
  const texts = realQuestions(real).questions.map((q) => q.q);
  const fake = await FakeDiscord.start();
  try {
    log(`discord: bare client, ${count} interactions`);
    const stopBare = await startBareClient(fake);
    await timeInteractions(fake, texts, 20);
    const bare = toRun(
      "discord: bare client (reply constant)",
      await timeInteractions(fake, texts, count),
    );
    await stopBare();
    log(`discord: model-bot, ${count} interactions`);
    const adapter = await startDiscord(createBenchDeps(real), {
      token: fake.validToken,
      applicationId: APP_ID,
      apiUrl: fake.apiUrl,
    });
    try {
      await timeInteractions(fake, texts, 20);
      const bot = toRun("discord: model-bot /ask", await timeInteractions(fake, texts, count));
      return { bare, bot, p50Ratio: bot.p50 / bare.p50 };
    } finally {
      await adapter.stop();
    }
  } finally {
    await fake.close();
  }
}
