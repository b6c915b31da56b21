import type { Catalog } from "../catalog/catalog.ts";
import type { Provenance } from "../schema/fact.ts";
import type { ModelRecord, TransparencyProfile } from "../schema/record.ts";
import { type ComputedProfile, computeProfile } from "./compute.ts";
import { type FmtiEvidence, indexFmtiByOrg } from "./fmti-evidence.ts";
import { opennessOf } from "./openness-match.ts";

/**
 * Full computed profiles kept per catalog. A profile with its ten reasons takes about 4 KB, so
 * 100,000 models would hold 400 MB; past this many the least recently used are dropped (and
 * recomputed, identically, when asked again). Totals, which rankings need, are kept for all.
 */
const PROFILE_CACHE_LIMIT = 5000;

interface CatalogProfiles {
  fmti: Map<string, FmtiEvidence>;
  /** In least- to most-recently-used order (Map keeps insertion order). */
  computed: Map<string, ComputedProfile>;
  totals: Map<string, number>;
}

// Keyed by catalog so a reload (a new catalog object) starts fresh and the old one can be collected.
const cache = new WeakMap<Catalog, CatalogProfiles>();

function profilesOf(catalog: Catalog): CatalogProfiles {
  let entry = cache.get(catalog);
  if (!entry) {
    entry = { fmti: indexFmtiByOrg(catalog), computed: new Map(), totals: new Map() };
    cache.set(catalog, entry);
  }
  return entry;
}

function computedOf(catalog: Catalog, record: ModelRecord): ComputedProfile {
  const entry = profilesOf(catalog);
  let computed = entry.computed.get(record.id);
  if (computed) {
    entry.computed.delete(record.id);
  } else {
    computed = computeProfile(
      catalog,
      record,
      entry.fmti.get(record.org),
      opennessOf(catalog, record),
    );
    entry.totals.set(record.id, computed.profile.total);
    if (entry.computed.size >= PROFILE_CACHE_LIMIT) {
      const oldest = entry.computed.keys().next().value;
      if (oldest !== undefined) entry.computed.delete(oldest);
    }
  }
  entry.computed.set(record.id, computed);
  return computed;
}

/**
 * A model's transparency profile: the reference card's own assessment where the record carries
 * one (basis "card"), otherwise one computed by model-bot (basis "computed"). Cached per catalog.
 */
export function transparencyOf(catalog: Catalog, record: ModelRecord): TransparencyProfile {
  return record.transparency ?? computedOf(catalog, record).profile;
}

/** A profile's total alone: what rankings sort by, kept for every model once computed. */
export function transparencyTotalOf(catalog: Catalog, record: ModelRecord): number {
  if (record.transparency) return record.transparency.total;
  return profilesOf(catalog).totals.get(record.id) ?? computedOf(catalog, record).profile.total;
}

/** What a profile rests on: the card itself, or the newest fact or FMTI score used per source. */
export function transparencyEvidenceOf(catalog: Catalog, record: ModelRecord): Provenance[] {
  return record.transparency ? [record.transparency] : computedOf(catalog, record).evidence;
}

/** The FMTI scores used for an organization's models, if FMTI scored that developer. */
export function fmtiEvidenceOf(catalog: Catalog, org: string): FmtiEvidence | undefined {
  return profilesOf(catalog).fmti.get(org);
}
