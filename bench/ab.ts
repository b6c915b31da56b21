/**
 * `npx tsx bench/ab.ts DIR_A DIR_B [...]`: per-question CPU time of two or more checkouts of this
 * repository (each with its own src/ and data/), measured in one process, interleaved, so both
 * see the same machine. For each question and checkout the score is the least mean CPU time over
 * REPS repetitions of R calls (process.cpuUsage): on a shared machine the least is the run that
 * other processes disturbed least, where wall-clock percentiles of one run mostly measure the
 * load. Prints the mean and median over the real-catalog bench questions. REPS (default 40) and R
 * (default 10) are read from the environment. Not part of `npm run bench`: a tool to compare
 * commits, e.g. a commit against the one before a round of work.
 */
import { resolve } from "node:path";
import { realQuestions } from "./questions.ts";

interface Tree {
  dir: string;
  ask: (q: string) => unknown;
}

async function load(dir: string): Promise<Tree> {
  const root = resolve(dir);
  const { loadCatalog } = await import(`${root}/src/core/catalog/load.ts`);
  const { createEngine } = await import(`${root}/src/core/engine/create.ts`);
  const engine = createEngine(loadCatalog(`${root}/data`));
  return { dir, ask: (q) => engine.ask(q) };
}

function cpuMicros(): number {
  const c = process.cpuUsage();
  return c.user + c.system;
}

async function main(dirs: string[]): Promise<void> {
  if (dirs.length < 2) throw new Error("usage: npx tsx bench/ab.ts DIR_A DIR_B [...]");
  const reps = Number(process.env.REPS ?? 40);
  const calls = Number(process.env.R ?? 10);
  const trees: Tree[] = [];
  for (const dir of dirs) trees.push(await load(dir));
  const { loadCatalog } = await import("../src/core/catalog/load.ts");
  const questions = realQuestions(loadCatalog(resolve("data"))).questions.map((q) => q.q);
  let sink = 0;
  for (const t of trees)
    for (let r = 0; r < 30; r++) for (const q of questions) sink += t.ask(q) ? 1 : 0;
  const best = questions.map(() => trees.map(() => Number.POSITIVE_INFINITY));
  for (let rep = 0; rep < reps; rep++) {
    questions.forEach((q, i) => {
      // Alternate which checkout goes first, so neither always follows the other's garbage.
      const order = trees.map((_, k) => (rep % 2 === 0 ? k : trees.length - 1 - k));
      for (const k of order) {
        const tree = trees[k] as Tree;
        const c0 = cpuMicros();
        for (let r = 0; r < calls; r++) sink += tree.ask(q) ? 1 : 0;
        const row = best[i] as number[];
        row[k] = Math.min(row[k] ?? Number.POSITIVE_INFINITY, (cpuMicros() - c0) / calls);
      }
    });
  }
  if (sink < 0) console.log(sink);
  trees.forEach((t, k) => {
    const mine = best.map((row) => row[k] ?? 0).sort((a, b) => a - b);
    const mean = mine.reduce((s, x) => s + x, 0) / mine.length;
    const median = mine[mine.length >> 1] ?? 0;
    console.log(
      `${t.dir}: mean ${mean.toFixed(1)} µs, median ${median.toFixed(1)} µs per question (CPU, least of ${reps}×${calls})`,
    );
  });
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`ab: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
