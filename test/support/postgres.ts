import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A real PostgreSQL for the tests of the shared state: `.ci/run` starts one from Debian's
 * packages and sets TEST_DATABASE_URL (a role that may create databases). Each test gets a
 * database of its own, so engineers running the suite at once never share rows.
 */
export const TEST_DATABASE_URL = checkedUrl(process.env.TEST_DATABASE_URL?.trim() || undefined);

/** A set but malformed URL is a set-up error, named as such, not a DNS failure deep in a test. */
function checkedUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^postgres(ql)?:\/\/\S+$/.test(value)) {
    throw new Error(
      `TEST_DATABASE_URL must be one postgres:// URL, got ${JSON.stringify(value.slice(0, 200))} (did something print to stdout before .ci/postgres.sh's URL?)`,
    );
  }
  return value;
}

/** Why the PostgreSQL tests are skipped, or undefined when they run. Printed once. */
export const POSTGRES_SKIP_REASON =
  TEST_DATABASE_URL === undefined
    ? "TEST_DATABASE_URL is not set: skipping the PostgreSQL tests (.ci/run sets it; locally run `export TEST_DATABASE_URL=$(sudo bash .ci/postgres.sh)`)"
    : undefined;

let told = false;
export function sayWhyPostgresIsSkipped(): void {
  if (POSTGRES_SKIP_REASON === undefined || told) return;
  told = true;
  process.stdout.write(`\n[postgres] ${POSTGRES_SKIP_REASON}\n`);
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the test server; drop() removes it (closing its connections). */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_DATABASE_URL === undefined) throw new Error(POSTGRES_SKIP_REASON);
  const name = `modelbot_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
