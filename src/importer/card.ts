import { existsSync } from "node:fs";
import { join } from "node:path";
import { BotError } from "../core/errors.ts";
import type { FactKey, ModelRecord } from "../core/schema/record.ts";
import { ModelRecord as ModelRecordSchema } from "../core/schema/record.ts";
import type { Build } from "./build.ts";
import { CLAIM, Draft, type FactValue, RANK } from "./draft.ts";
import { listFiles, readJson } from "./files.ts";

/** The hand-written reference records (<dir>/*.json), validated; none when the folder is absent. */
export function readCard(dir: string): ModelRecord[] {
  if (!existsSync(dir)) return [];
  return listFiles(dir, ".json").map((file) => {
    const parsed = ModelRecordSchema.safeParse(readJson(join(dir, file)));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new BotError(
        "IMPORT_INPUT",
        `${join(dir, file)}: field ${issue?.path.join(".") || "(root)"}: ${issue?.message}`,
      );
    }
    return parsed.data;
  });
}

/**
 * Merges a reference record over its model: the card's facts (and "undisclosed") win; facts the
 * card lacks keep the other sources' values. Its names, results, listings and transparency join.
 */
export function addCard(build: Build, card: ModelRecord): void {
  let draft = build.drafts.get(card.id);
  if (!draft) {
    draft = new Draft(card.id, card.name, card.org, card.canonical);
    build.drafts.set(card.id, draft);
    build.resolver.register(draft, card.id);
  }
  draft.name = card.name;
  draft.org = card.org;
  for (const a of card.aliases) draft.addName(a, "alias", CLAIM.stated);
  for (const s of card.snapshots) draft.addName(s, "snapshot", CLAIM.stated);
  for (const [key, fact] of Object.entries(card.facts)) {
    if (!fact) continue;
    const from = { source: fact.source, asOf: fact.asOf, ...(fact.url ? { url: fact.url } : {}) };
    if ("undisclosed" in fact) draft.addUndisclosed(key as FactKey, RANK.card, from);
    else draft.addFact(key as FactKey, fact.value as FactValue, RANK.card, from);
  }
  draft.listings.push(...card.listings);
  draft.benchmarks.push(...card.benchmarks);
  if (card.transparency) draft.transparency = card.transparency;
  for (const s of card.sources) draft.sources.add(s);
}
