import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Bot, createBasicBot } from "../../../src/app/bot.ts";
import { openDatabase } from "../../../src/app/db/open.ts";
import type { Database } from "../../../src/app/db/sql.ts";
import { SqlStateStore } from "../../../src/app/state/sql.ts";
import type { StateStore } from "../../../src/app/state/types.ts";
import { loadCatalog } from "../../../src/core/catalog/load.ts";
import { createEngine } from "../../../src/core/engine/create.ts";
import {
  createTestDatabase,
  POSTGRES_SKIP_REASON,
  sayWhyPostgresIsSkipped,
  type TestDatabase,
} from "../../support/postgres.ts";
import { createTestDeps, mentionEvent, SECRET, startSlackPair } from "../../support/slack-app.ts";
import { signSlack } from "../../support/slack-sign.ts";

// Slack's claim on a delivery is taken when the request arrives, in one atomic step of the state
// store, not when the answer is sent: a copy of an event that comes while the first delivery is
// still being answered is acknowledged and not answered again. Shown with the real Bolt over
// loopback, the bot held mid-answer, for the in-process store and for PostgreSQL.

const engine = createEngine(loadCatalog("data"));

/** A bot whose answers wait until the test opens the gate; counts the questions it was asked. */
function gatedBot() {
  const inner = createBasicBot(engine);
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const asked: string[] = [];
  const bot: Bot = {
    ...inner,
    engine: () => inner.engine(),
    handle: async (request) => {
      asked.push(request.text);
      await gate;
      return inner.handle(request);
    },
  };
  return { bot, asked, open: () => open() };
}

const now = () => Math.floor(Date.now() / 1000);

/** One delivery, signed anew (its own timestamp, so its own signature) as Slack's retries are. */
function deliver(url: string, body: string, timestamp: number, retry?: number) {
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...signSlack(body, SECRET, { timestamp }),
      ...(retry === undefined ? {} : { "x-slack-retry-num": String(retry) }),
    },
    body,
  });
}

function arrivalContract(label: string, state: () => StateStore | undefined) {
  it(`${label}: copies that arrive while the first is being answered get no second answer`, async () => {
    const gated = gatedBot();
    const store = state();
    const pair = await startSlackPair("http", {
      ...createTestDeps(gated.bot),
      ...(store === undefined ? {} : { state: store }),
    });
    try {
      const channel = `CDUP${label.length}`;
      const body = mentionEvent(`EvArrive-${label.replace(/\W/g, "")}`, channel);
      // Two deliveries at the same moment (the first and Slack's retry) ...
      const both = await Promise.all([
        deliver(pair.events, body, now()),
        deliver(pair.events, body, now() - 1, 1),
      ]);
      expect(both.map((r) => r.status)).toEqual([200, 200]);
      // ... and, once the bot is mid-answer, a third.
      await vi.waitFor(() => expect(gated.asked).toHaveLength(1));
      expect((await deliver(pair.events, body, now() - 2, 2)).status).toBe(200);
      gated.open();
      await pair.fake.nextCall((c) => c.name === "chat.postMessage" && c.body.channel === channel);
      await new Promise((r) => setTimeout(r, 300));
      const posts = pair.fake.calls.filter(
        (c) => c.name === "chat.postMessage" && c.body.channel === channel,
      );
      expect(posts).toHaveLength(1);
      expect(gated.asked).toHaveLength(1);
    } finally {
      await pair.stop();
    }
  });
}

describe("Slack deliveries are claimed on arrival", () => {
  arrivalContract("in-process state", () => undefined);
});

describe.skipIf(POSTGRES_SKIP_REASON !== undefined)("... and in PostgreSQL", () => {
  let testDb: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await openDatabase(
      { databaseUrl: testDb.url, stateDir: "unused" },
      pino({ level: "silent" }),
    );
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });
  const limits = { user: { burst: 100, perMinute: 100 }, channel: { burst: 100, perMinute: 100 } };
  arrivalContract("PostgreSQL state", () => new SqlStateStore(db, limits, Date.now));
});

sayWhyPostgresIsSkipped();
