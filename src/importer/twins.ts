import type { Draft } from "./draft.ts";
import { keyOf, splitDate } from "./ids.ts";

/**
 * Pairs of canonical records that are one model: some makers (Anthropic) publish an undated id
 * that always means one dated snapshot, and models.dev keeps a record for each
 * ("claude-sonnet-4-5" named "Claude Sonnet 4.5 (latest)" and "claude-sonnet-4-5-20250929").
 * Other sources' results and facts for the dated id go to the undated record, where users look.
 * OpenAI's "gpt-4o" moves between snapshots, so its dated records (named differently) stay apart.
 */
export function findTwins(drafts: Draft[]): Map<Draft, Draft> {
  const byKey = new Map<string, Draft>();
  for (const d of drafts) if (d.canonical) byKey.set(keyOf(d.id), d);
  const twins = new Map<Draft, Draft>();
  for (const dated of drafts) {
    if (!dated.canonical) continue;
    const split = splitDate(keyOf(dated.id));
    if (!split) continue;
    const undated = byKey.get(split.baseKey) ?? byKey.get(`${split.baseKey}-0`);
    if (!undated || undated === dated) continue;
    const plain = undated.name.replace(/\s*\(latest\)\s*$/i, "");
    if (plain.toLowerCase() === dated.name.toLowerCase()) twins.set(dated, undated);
  }
  return twins;
}

/**
 * A maker's "-latest" alias whose record states exactly the facts of one dated record of that
 * name ("mistral-large-latest" and "mistral-large-2512", Mistral Large 3) is that model: the alias
 * joins it. Where the facts match no dated record, or several, the alias keeps its own record.
 */
export function findLatestTwins(drafts: Draft[]): Map<Draft, Draft> {
  const out = new Map<Draft, Draft>();
  for (const latest of drafts) {
    if (!latest.canonical || !latest.id.endsWith("-latest")) continue;
    const stem = latest.id.slice(0, -"latest".length);
    const sig = latest.factSignature();
    const same = drafts.filter(
      (d) => d !== latest && d.canonical && d.id.startsWith(stem) && d.factSignature() === sig,
    );
    const [only] = same;
    if (only && same.length === 1) out.set(latest, only);
  }
  return out;
}
