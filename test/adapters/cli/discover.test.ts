import { describe, expect, it } from "vitest";
import { runCliCaptured as cli, cliEngine } from "../../support/cli.ts";

const engine = cliEngine;

describe("model-bot benchmarks, providers and models", () => {
  it("lists every benchmark with results, as JSON values and as a table that fits", async () => {
    const json = await cli(["benchmarks", "--json"]);
    expect(json.code).toBe(0);
    const list = JSON.parse(json.stdout) as { id: string; models: number; sources: unknown[] }[];
    const catalog = engine().catalog;
    const withResults = new Set(
      catalog.records.flatMap((r) => r.benchmarks.map((b) => b.benchmark)),
    );
    expect(list.map((b) => b.id).sort()).toEqual([...withResults].sort());
    expect(list.map((b) => b.models)).toEqual([...list.map((b) => b.models)].sort((a, b) => b - a));
    expect(list.find((b) => b.id === "webdev-arena")?.sources.length).toBeGreaterThan(0);
    const text = await cli(["benchmarks"], "", 70);
    expect(text.stdout).toContain("webdev-arena");
    expect(text.stdout).toMatch(/Sources?: /);
    const table = text.stdout.split("\n\n")[0] ?? "";
    for (const line of table.split("\n")) expect(line.length).toBeLessThanOrEqual(70);
  });

  it("lists providers, the one offering the most models first", async () => {
    const list = JSON.parse((await cli(["providers", "--json"])).stdout) as {
      id: string;
      name: string;
      models: number;
    }[];
    const offered = new Set(
      engine().catalog.records.flatMap((r) => r.listings.map((l) => l.provider)),
    );
    expect(list).toHaveLength(offered.size);
    expect(list[0]?.models).toBeGreaterThanOrEqual(list.at(-1)?.models ?? 0);
    expect((await cli(["providers"])).stdout).toContain(list[0]?.name ?? "?");
  });

  it("finds models by name with -q, best first, in JSON with their values", async () => {
    const { code, stdout } = await cli(["models", "-q", "gpt-5.1-codex-mini", "-n", "3", "--json"]);
    expect(code).toBe(0);
    const models = JSON.parse(stdout);
    expect(models).toHaveLength(3);
    expect(models[0]).toEqual({
      id: "gpt-5.1-codex-mini",
      name: "GPT-5.1 Codex Mini",
      organization: "OpenAI",
      context_length: 400000,
    });
    const all = JSON.parse((await cli(["models", "-n", "0", "--json"])).stdout);
    expect(all).toHaveLength(engine().catalog.records.length);
  });

  it("refuses a bad --limit and a stray argument (exit 2), and says when nothing matches (exit 1)", async () => {
    expect((await cli(["models", "-n", "lots"])).code).toBe(2);
    expect((await cli(["benchmarks", "extra"])).code).toBe(2);
    expect((await cli(["providers", "--bogus"])).code).toBe(2);
    const none = await cli(["models", "-q", "zzzzqqqq xxyyzz"]);
    expect([0, 1]).toContain(none.code);
  });
});

describe("discovery in chat", () => {
  it.each([
    ["list benchmarks", "Benchmarks I know"],
    ["which providers do you know?", "Providers I know"],
    ["what benchmarks can I ask about", "Benchmarks I know"],
  ])("%s lists them with their sources", (q, title) => {
    const answer = engine().ask(q);
    expect(answer.intent).toBe("discover");
    expect(answer.title).toContain(title);
    expect(answer.blocks[0]?.kind).toBe("table");
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it("keeps questions about a model's benchmarks and the help answer as they were", () => {
    expect(engine().ask("gpt-4o benchmarks").intent).toBe("benchmark");
    expect(engine().ask("what can you do").intent).toBe("help");
  });
});
