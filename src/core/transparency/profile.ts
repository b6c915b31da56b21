import type { Catalog } from "../catalog/catalog.ts";
import type { Provenance } from "../schema/fact.ts";
import type { ModelRecord, TransparencyProfile } from "../schema/record.ts";
import { type ComputedProfile, computeProfile } from "./compute.ts";
import { type FmtiEvidence, indexFmtiByOrg } from "./fmti-evidence.ts";

interface CatalogProfiles {
  fmti: Map<string, FmtiEvidence>;
  computed: Map<string, ComputedProfile>;
}

// Keyed by catalog so a reload (a new catalog object) starts fresh and the old one can be collected.
const cache = new WeakMap<Catalog, CatalogProfiles>();

function profilesOf(catalog: Catalog): CatalogProfiles {
  let entry = cache.get(catalog);
  if (!entry) {
    entry = { fmti: indexFmtiByOrg(catalog), computed: new Map() };
    cache.set(catalog, entry);
  }
  return entry;
}

function computedOf(catalog: Catalog, record: ModelRecord): ComputedProfile {
  const entry = profilesOf(catalog);
  let computed = entry.computed.get(record.id);
  if (!computed) {
    computed = computeProfile(catalog, record, entry.fmti.get(record.org));
    entry.computed.set(record.id, computed);
  }
  return computed;
}

/**
 * A model's transparency profile: the reference card's own assessment where the record carries
 * one (basis "card"), otherwise one computed by model-bot (basis "computed"). Memoized per catalog.
 */
export function transparencyOf(catalog: Catalog, record: ModelRecord): TransparencyProfile {
  return record.transparency ?? computedOf(catalog, record).profile;
}

/** The provenance a profile rests on: the card itself, or every fact and FMTI score consulted. */
export function transparencyEvidenceOf(catalog: Catalog, record: ModelRecord): Provenance[] {
  return record.transparency ? [record.transparency] : computedOf(catalog, record).evidence;
}

/** The FMTI scores used for an organization's models, if FMTI scored that developer. */
export function fmtiEvidenceOf(catalog: Catalog, org: string): FmtiEvidence | undefined {
  return profilesOf(catalog).fmti.get(org);
}
