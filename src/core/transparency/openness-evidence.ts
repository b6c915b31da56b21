import type { Provenance } from "../schema/fact.ts";
import type { OpennessComponent, OpennessEntry, OpennessStatus } from "../schema/openness.ts";
import { type OpennessMatch, type OpennessScope, SCOPE_WEIGHT } from "./openness-match.ts";

/** What the openness sources say of one component: the nearest scope's best status. */
export interface ComponentEvidence {
  status: OpennessStatus;
  scope: OpennessScope;
  /** The entries at that scope that say so, for reasons and citations. */
  entries: OpennessEntry[];
  url?: string;
}

/** Released under restrictions is worth less than half of open: the frameworks count it as not open. */
export const STATUS_VALUE: Record<OpennessStatus, number> = { open: 1, partial: 0.4, closed: 0 };
const SCOPE_ORDER: OpennessScope[] = ["model", "family", "developer"];

/**
 * The openness evidence of one model, by component. The nearest scope that mentions a component
 * speaks for it (the model's own entry over its family's, its family's over its maker's); within a
 * scope the best status wins, because entries are often partly filled in and one that shows a
 * component released outweighs one that does not mention it.
 */
export class OpennessEvidence {
  private readonly byComponent = new Map<OpennessComponent, ComponentEvidence>();

  constructor(readonly matches: readonly OpennessMatch[]) {
    for (const scope of SCOPE_ORDER) {
      for (const { entry } of matches.filter((m) => m.scope === scope)) {
        for (const item of entry.items) {
          const seen = this.byComponent.get(item.component);
          if (seen && seen.scope !== scope) continue;
          if (!seen || STATUS_VALUE[item.status] > STATUS_VALUE[seen.status]) {
            this.byComponent.set(item.component, {
              status: item.status,
              scope,
              entries: [entry],
              ...(item.url ? { url: item.url } : {}),
            });
          } else if (item.status === seen.status && !seen.entries.includes(entry)) {
            seen.entries.push(entry);
          }
        }
      }
    }
  }

  get(component: OpennessComponent): ComponentEvidence | undefined {
    return this.byComponent.get(component);
  }

  /** Weight multiplier of a component's evidence, by the scope it came from. */
  weightOf(component: OpennessComponent): number {
    const e = this.byComponent.get(component);
    return e ? SCOPE_WEIGHT[e.scope] : 0;
  }

  /** Provenance of every entry used, one per entry, for the answer's citations. */
  provenance(): Provenance[] {
    const out: Provenance[] = [];
    const seen = new Set<OpennessEntry>();
    for (const e of this.byComponent.values()) {
      for (const entry of e.entries) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        out.push({
          source: entry.source,
          asOf: entry.asOf,
          ...(entry.url ? { url: entry.url } : {}),
        });
      }
    }
    return out;
  }
}
