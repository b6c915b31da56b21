import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "smol-toml";
import { BotError } from "../core/errors.ts";
import type { Provenance } from "../core/schema/fact.ts";
import { asObject, asString, asStringList, listFiles } from "./files.ts";
import {
  MODELS_DEV_CATALOG,
  modelsDevFromCatalog,
  parseModelsDevCatalog,
} from "./models-dev-catalog.ts";

export type Toml = Record<string, unknown>;

/** A maker's canonical record: models/<lab>/<id>.toml. */
export interface CanonicalModel {
  lab: string;
  /** The id as the file names it ("MiniMax-M2.7"); record ids are its lowercase form. */
  fileId: string;
  data: Toml;
  /** Set where the file comes from another snapshot than models.dev's (the addendum). */
  from?: Provenance;
}

/** One provider's offer: providers/<provider>/models/<provider model id>.toml, base model merged under it. */
export interface ProviderOffer {
  provider: string;
  providerName: string;
  /** The path below models/ without ".toml": the id the provider serves the model under. */
  providerModelId: string;
  /** "<lab>/<id>" when the file names the canonical model it serves. */
  baseModel?: string;
  data: Toml;
  /** Set where the file comes from another snapshot than models.dev's (the addendum). */
  from?: Provenance;
}

export interface ModelsDev {
  canonical: CanonicalModel[];
  offers: ProviderOffer[];
}

export function readToml(path: string): Toml {
  try {
    return parse(readFileSync(path, "utf8")) as Toml;
  } catch (e) {
    throw new BotError("IMPORT_INPUT", `${path}: ${(e as Error).message}`);
  }
}

/** Reads models.dev: canonical model files and every provider's model files. */
export function readModelsDev(root: string): ModelsDev {
  // A live update stores models.dev's published catalog instead of the TOML tree.
  const catalog = join(root, MODELS_DEV_CATALOG);
  if (existsSync(catalog)) {
    return modelsDevFromCatalog(parseModelsDevCatalog(readFileSync(catalog, "utf8"), catalog));
  }
  const canonical: CanonicalModel[] = [];
  const byPath = new Map<string, CanonicalModel>();
  for (const rel of listFiles(join(root, "models"), ".toml")) {
    const parts = rel.replace(/\.toml$/, "").split(/[\\/]/);
    if (parts.length !== 2) continue;
    const [lab, fileId] = parts as [string, string];
    const model = { lab, fileId, data: readToml(join(root, "models", rel)) };
    canonical.push(model);
    byPath.set(`${lab}/${fileId}`.toLowerCase(), model);
  }
  const offers: ProviderOffer[] = [];
  for (const rel of listFiles(join(root, "providers"), "provider.toml")) {
    const provider = rel.split(/[\\/]/)[0];
    if (provider === undefined || rel !== join(provider, "provider.toml")) continue;
    const providerName = asString(readToml(join(root, "providers", rel)).name) ?? provider;
    const modelsDir = join(root, "providers", provider, "models");
    for (const file of listFiles(modelsDir, ".toml")) {
      const own = readToml(join(modelsDir, file));
      const providerModelId = file
        .replace(/\.toml$/, "")
        .split(/[\\/]/)
        .join("/");
      const baseModel = asString(own.base_model);
      const base = baseModel ? byPath.get(baseModel.toLowerCase()) : undefined;
      // models.dev's generator merges the canonical record under the provider's file, minus the
      // fields the provider says do not apply (base_model_omit).
      const data = base
        ? mergeUnder(omit(base.data, asStringList(own.base_model_omit) ?? []), own)
        : own;
      offers.push({
        provider,
        providerName,
        providerModelId,
        ...(baseModel ? { baseModel } : {}),
        data,
      });
    }
  }
  return { canonical, offers };
}

/** A deep copy of `data` without the dotted paths listed. */
export function omit(data: Toml, paths: string[]): Toml {
  const copy: Toml = structuredClone(data);
  for (const path of paths) {
    const keys = path.split(".");
    let node: Toml | undefined = copy;
    for (const key of keys.slice(0, -1)) {
      const next: unknown = node?.[key];
      node = next !== null && typeof next === "object" ? (next as Toml) : undefined;
    }
    const last = keys[keys.length - 1];
    if (node && last !== undefined) delete node[last];
  }
  return copy;
}

/** `top` over `base`: tables merge key by key, everything else (arrays too) is replaced. */
export function mergeUnder(base: Toml, top: Toml): Toml {
  const out: Toml = { ...base };
  for (const [key, value] of Object.entries(top)) {
    const below = out[key];
    const isTable = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
    out[key] =
      isTable(value) && isTable(below) ? mergeUnder(asObject(below), asObject(value)) : value;
  }
  return out;
}
