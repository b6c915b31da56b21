import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Variables the code reads that an operator does not set: discord.js sets them in shard processes. */
const SET_BY_LIBRARIES = new Set(["SHARDS", "SHARD_COUNT"]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [join(dir, e.name)]
        : [],
  );
}

/**
 * Every variable the code reads: `env.NAME`, `env["NAME"]`, `isSet(env, "NAME")`, and the keys of
 * the schemas that parse the environment (`NAME: …` in a file that reads it).
 */
function variablesRead(): Set<string> {
  const names = new Set<string>();
  for (const file of sources("src")) {
    const text = readFileSync(file, "utf8");
    if (!/ProcessEnv|process\.env/.test(text)) continue;
    for (const m of text.matchAll(/\benv(?:\.|\[")([A-Z][A-Z0-9_]+)/g)) names.add(m[1] ?? "");
    for (const m of text.matchAll(/isSet\(env, "([A-Z][A-Z0-9_]+)"\)/g)) names.add(m[1] ?? "");
    for (const m of text.matchAll(/^\s+([A-Z][A-Z0-9_]+): /gm)) names.add(m[1] ?? "");
  }
  return names;
}

describe(".env.example", () => {
  it("lists every variable the code reads", () => {
    const listed = new Set(
      [...readFileSync(".env.example", "utf8").matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]),
    );
    const read = [...variablesRead()].filter((v) => !SET_BY_LIBRARIES.has(v));
    expect(read.length).toBeGreaterThan(20);
    expect(read.filter((v) => !listed.has(v)).sort()).toEqual([]);
  });
});
