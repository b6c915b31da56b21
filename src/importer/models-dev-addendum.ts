import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { IsoDate } from "../core/schema/fact.ts";
import type { SourceInfo } from "../core/schema/registry.ts";
import type { Build } from "./build.ts";
import { RANK } from "./draft.ts";
import { asString, asStringList, listFiles } from "./files.ts";
import {
  type CanonicalModel,
  type ModelsDev,
  mergeUnder,
  omit,
  type ProviderOffer,
  readToml,
  type Toml,
} from "./models-dev.ts";

export const ADDENDUM_ID = "models.dev-addendum";

export const ADDENDUM_SOURCE: Omit<SourceInfo, "asOf"> = {
  id: ADDENDUM_ID,
  name: "models.dev (newer records)",
  url: "https://models.dev",
  license: "MIT",
};

export interface Addendum {
  canonical: CanonicalModel[];
  offers: ProviderOffer[];
  /** The newest date the files state: the addendum is no single snapshot, so no commit date. */
  asOf: string;
}

const isDate = (s: string | undefined): s is string =>
  s !== undefined && IsoDate.safeParse(s).success;

/** "# ... (checked 2026-10-03)" in a file's comments: when its author last checked it. */
function checkedDate(path: string): string | undefined {
  const m = /^#.*\bchecked (\d{4}-\d{2}-\d{2})/m.exec(readFileSync(path, "utf8"));
  return m?.[1];
}

/** The day a file speaks for: its own update stamp, else its release day. */
function fileDate(data: Toml): string | undefined {
  const updated = asString(data.last_updated);
  if (isDate(updated)) return updated;
  const released = asString(data.release_date);
  return isDate(released) ? released : undefined;
}

/**
 * Reads the addendum: newer models.dev files picked one by one from later commits (no single
 * snapshot, so each file is dated by what it states). Provider files there have no provider.toml;
 * their display names come from the models.dev snapshot. A `base_model` link is merged from the
 * addendum's own records first, then from the snapshot's, as models.dev's generator does.
 */
export function readAddendum(root: string, snapshot: ModelsDev | undefined, snapshotRoot: string) {
  const canonical: CanonicalModel[] = [];
  const byPath = new Map<string, CanonicalModel>();
  for (const c of snapshot?.canonical ?? []) byPath.set(`${c.lab}/${c.fileId}`.toLowerCase(), c);
  const dates: string[] = [];
  for (const rel of listFiles(join(root, "models"), ".toml")) {
    const parts = rel.replace(/\.toml$/, "").split(/[\\/]/);
    if (parts.length !== 2) continue;
    const [lab, fileId] = parts as [string, string];
    const data = readToml(join(root, "models", rel));
    const asOf = fileDate(data);
    if (asOf) dates.push(asOf);
    const model: CanonicalModel = {
      lab,
      fileId,
      data,
      ...(asOf ? { from: { source: ADDENDUM_ID, asOf } } : {}),
    };
    canonical.push(model);
    byPath.set(`${lab}/${fileId}`.toLowerCase(), model);
  }
  const offers: ProviderOffer[] = [];
  for (const rel of listFiles(join(root, "providers"), ".toml")) {
    const parts = rel.replace(/\.toml$/, "").split(/[\\/]/);
    const [provider, models, ...rest] = parts;
    if (provider === undefined || models !== "models" || rest.length === 0) continue;
    const path = join(root, "providers", rel);
    const own = readToml(path);
    const baseModel = asString(own.base_model);
    const base = baseModel ? byPath.get(baseModel.toLowerCase()) : undefined;
    const data = base
      ? mergeUnder(omit(base.data, asStringList(own.base_model_omit) ?? []), own)
      : own;
    const asOf =
      asString(own.last_updated) ?? checkedDate(path) ?? (base ? fileDate(base.data) : undefined);
    if (isDate(asOf)) dates.push(asOf);
    offers.push({
      provider,
      providerName: providerName(snapshotRoot, provider),
      providerModelId: rest.join("/"),
      ...(baseModel ? { baseModel } : {}),
      data,
      ...(isDate(asOf) ? { from: { source: ADDENDUM_ID, asOf } } : {}),
    });
  }
  const asOf = dates.sort().at(-1) ?? "";
  // Files that state no date speak for the addendum as a whole.
  for (const item of [...canonical, ...offers]) item.from ??= { source: ADDENDUM_ID, asOf };
  return { canonical, offers, asOf } satisfies Addendum;
}

function providerName(snapshotRoot: string, provider: string): string {
  const file = join(snapshotRoot, "providers", provider, "provider.toml");
  return (existsSync(file) ? asString(readToml(file).name) : undefined) ?? provider;
}

/**
 * Adds the addendum's files to the snapshot's, so its records are placed with the makers' records
 * (before any reseller's offer) and its first-party offers with the others. A file whose path the
 * snapshot already has is left to the snapshot.
 */
export function mergeAddendum(md: ModelsDev, add: Addendum): void {
  const have = new Set(md.canonical.map((c) => `${c.lab}/${c.fileId}`.toLowerCase()));
  // A maker's API id that its own provider file links to another of its models is a name of that
  // model, not a model: OpenAI's "gpt-5.6" serves "gpt-5.6-sol".
  for (const o of add.offers) {
    const path = `${o.provider}/${o.providerModelId}`.toLowerCase();
    if (o.baseModel && o.baseModel.toLowerCase() !== path) have.add(path);
  }
  md.canonical.push(
    ...add.canonical.filter((c) => !have.has(`${c.lab}/${c.fileId}`.toLowerCase())),
  );
  const offered = new Set(md.offers.map((o) => `${o.provider}/${o.providerModelId}`.toLowerCase()));
  md.offers.push(
    ...add.offers.filter((o) => !offered.has(`${o.provider}/${o.providerModelId}`.toLowerCase())),
  );
}

/**
 * Reads the addendum when it is there and adds its files to the snapshot's (`md`, changed in
 * place); returns its source entry, dated by the newest day its files state, and its files.
 */
export function readAddendumSource(
  datasetsDir: string,
  md: ModelsDev,
): { source: SourceInfo; addendum: Addendum } | undefined {
  const root = join(datasetsDir, ADDENDUM_ID);
  if (!existsSync(root)) return undefined;
  const addendum = readAddendum(root, md, join(datasetsDir, "models.dev"));
  if (addendum.canonical.length === 0 && addendum.offers.length === 0) return undefined;
  mergeAddendum(md, addendum);
  return { source: { ...ADDENDUM_SOURCE, asOf: addendum.asOf }, addendum };
}

/**
 * The addendum's makers' records name their organization themselves (the snapshot's records get
 * theirs at the end of the import, cited to models.dev).
 */
export function addAddendumOrganizations(build: Build, add: Addendum): void {
  for (const c of add.canonical) {
    const draft = build.drafts.get(c.fileId.toLowerCase());
    if (!draft?.canonical || !c.from || draft.hasFact("organization")) continue;
    draft.addFact("organization", build.orgNames.nameOf(draft.org), RANK.maker, c.from);
  }
}
