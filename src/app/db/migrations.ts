import type { Database } from "./sql.ts";

/**
 * The schema, as numbered steps applied in order and recorded in `schema_migrations`; the same
 * SQL on PGlite and PostgreSQL. Never edit a step that has shipped: add the next number.
 * Times are milliseconds since the epoch in double precision (exact for ms, and read back as a
 * JavaScript number by both drivers, unlike bigint).
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: "state: rate buckets, claims, payloads, values, watches",
    sql: `
      create table rate_buckets (
        key text primary key,
        tokens double precision not null,
        at_ms double precision not null,
        -- When the bucket will be full again: a full bucket and no bucket are the same.
        expires_ms double precision not null
      );
      create index rate_buckets_expires on rate_buckets (expires_ms);

      -- First-writer-wins keys: Slack event ids and request signatures, one post per refresh.
      create table claims (
        key text primary key,
        expires_ms double precision not null
      );
      create index claims_expires on claims (expires_ms);

      -- Short-lived values by key: follow-up button payloads, conversation context.
      create table payloads (
        key text primary key,
        value text not null,
        expires_ms double precision not null
      );
      create index payloads_expires on payloads (expires_ms);

      -- Small durable values shared by replicas (the data version a refresh produced, ...).
      create table state_values (
        key text primary key,
        value text not null,
        updated_ms double precision not null
      );

      -- A channel's subscriptions to changes in the data (issue 13's watches).
      create table watches (
        id integer generated always as identity primary key,
        platform text not null,
        channel text not null,
        kind text not null,
        target text not null default '',
        label text not null,
        created_by text not null,
        created_ms double precision not null,
        unique (platform, channel, kind, target)
      );
    `,
  },
];

/**
 * Brings the schema up to date. Replicas starting together take turns through an advisory lock,
 * so each step runs exactly once; each step and its record commit together.
 */
export async function migrate(db: Database): Promise<number[]> {
  return db.withLock("model-bot:migrations", async () => {
    await db.query(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_ms double precision not null
    )`);
    const rows = await db.query<{ version: number }>("select version from schema_migrations");
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const step of MIGRATIONS) {
      if (done.has(step.version)) continue;
      await db.transaction(async (tx) => {
        for (const statement of splitStatements(step.sql)) await tx.query(statement);
        await tx.query(
          "insert into schema_migrations (version, name, applied_ms) values ($1, $2, $3)",
          [step.version, step.name, Date.now()],
        );
      });
      applied.push(step.version);
    }
    return applied;
  });
}

/**
 * A step's statements one by one: the extended query protocol (parameters) takes one statement
 * at a time, on both drivers. Steps hold plain DDL, so splitting on ";" at a line end is enough.
 */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter((s) => s.length > 0);
}
