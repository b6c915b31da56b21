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

  /** The org's own name, else one a spelling `canon` maps to it was given ("abacus-ai"). */
  nameOf(org: string, canon: (org: string) => string = (o) => o): string {
    return (
      this.providers.get(org) ??
      this.stats.get(org) ??
      this.spelledAs(this.providers, org, canon) ??
      this.spelledAs(this.stats, org, canon) ??
      titleCase(org)
    );
  }

  private spelledAs(
    names: Map<string, string>,
    org: string,
    canon: (org: string) => string,
  ): string | undefined {
    for (const [spelling, name] of names) if (canon(spelling) === org) return name;
    return undefined;
  }
}
