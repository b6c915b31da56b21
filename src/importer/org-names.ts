import { titleCase, toOrgId } from "./orgs.ts";

/** Display names of organizations, as the sources write them. */
export class OrgNames {
  private readonly providers = new Map<string, string>();
  private readonly stats = new Map<string, string>();

  /** models.dev provider.toml names: a maker that sells its own models names itself there. */
  addProvider(providerId: string, name: string): void {
    if (!this.providers.has(providerId)) this.providers.set(providerId, name);
  }

  /** llm-stats organization names, keyed by their org id spelling. */
  addStats(orgSpelling: string, name: string | undefined): void {
    const org = toOrgId(orgSpelling);
    if (org !== undefined && name !== undefined && !this.stats.has(org)) this.stats.set(org, name);
  }

  nameOf(org: string): string {
    return this.providers.get(org) ?? this.stats.get(org) ?? titleCase(org);
  }
}
