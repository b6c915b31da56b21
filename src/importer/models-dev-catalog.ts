import { z } from "zod";
import { BotError } from "../core/errors.ts";
import { asObject, asString } from "./files.ts";
import type { CanonicalModel, ModelsDev, ProviderOffer, Toml } from "./models-dev.ts";

/** The name of models.dev's published catalog inside a models.dev data set folder. */
export const MODELS_DEV_CATALOG = "catalog.json";

const Entry = z.record(z.string(), z.unknown());

/**
 * models.dev's published catalog (https://models.dev/catalog.json): `models` holds the
 * provider-agnostic records keyed "<lab>/<id>" (the TOML tree's models/<lab>/<id>.toml), and
 * `providers` each provider's listings keyed by the provider's model id, with the record a
 * listing's `base_model` names already merged underneath (as models.dev's generator does for the
 * TOML tree). The feed's content check and the reader share this schema.
 */
export const ModelsDevCatalog = z.object({
  models: z.record(z.string().regex(/^[^/]+\/.+$/, 'expected a "<lab>/<id>" key'), Entry),
  providers: z.record(
    z.string().min(1),
    z.looseObject({ name: z.string().optional(), models: z.record(z.string().min(1), Entry) }),
  ),
});
export type ModelsDevCatalog = z.infer<typeof ModelsDevCatalog>;

/** Records plus provider listings: what the feed's shrink check counts. */
export function countCatalogModels(catalog: ModelsDevCatalog): number {
  let n = Object.keys(catalog.models).length;
  for (const p of Object.values(catalog.providers)) n += Object.keys(p.models).length;
  return n;
}

/**
 * The catalog's newer spelling of a few flags (`capabilities.tools.supported`, ...) read as the
 * TOML tree's keys (`tool_call`, `reasoning`, `structured_output`), so the importer's later
 * stages see one shape whichever way models.dev wrote it. Keys already present win.
 */
function tomlShape(entry: Toml): Toml {
  const caps = asObject(entry.capabilities);
  if (Object.keys(caps).length === 0) return entry;
  const out: Toml = { ...entry };
  const flag = (v: unknown) =>
    typeof v === "boolean"
      ? v
      : typeof asObject(v).supported === "boolean"
        ? asObject(v).supported
        : undefined;
  const pairs: [string, unknown][] = [
    ["tool_call", flag(caps.tools)],
    ["reasoning", flag(caps.reasoning)],
    ["structured_output", flag(caps.structured_output)],
  ];
  for (const [key, value] of pairs)
    if (out[key] === undefined && value !== undefined) out[key] = value;
  return out;
}

/** Parses catalog.json text; a body that is not JSON or not this shape throws, naming `where`. */
export function parseModelsDevCatalog(text: string, where: string): ModelsDevCatalog {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BotError("IMPORT_INPUT", `${where}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = ModelsDevCatalog.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BotError(
      "IMPORT_INPUT",
      `${where}: field ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`,
    );
  }
  return parsed.data;
}

/**
 * The importer's intermediate structures from models.dev's catalog: the same canonical records
 * and provider offers the TOML tree yields, so every later stage is shared.
 */
export function modelsDevFromCatalog(catalog: ModelsDevCatalog): ModelsDev {
  const canonical: CanonicalModel[] = [];
  for (const [key, data] of Object.entries(catalog.models)) {
    const [lab, fileId, ...rest] = key.split("/");
    // The TOML tree only has models/<lab>/<id>.toml; deeper paths are not records there either.
    if (lab === undefined || fileId === undefined || rest.length > 0) continue;
    canonical.push({ lab, fileId, data: tomlShape(data) });
  }
  // The TOML tree's order (sorted file paths), so both readers feed later stages alike.
  canonical.sort((a, b) => compare(`${a.lab}/${a.fileId}.toml`, `${b.lab}/${b.fileId}.toml`));
  const offers: ProviderOffer[] = [];
  const byFile = (suffix: string) => (a: string, b: string) => compare(a + suffix, b + suffix);
  for (const provider of Object.keys(catalog.providers).sort(byFile("/provider.toml"))) {
    const entry = catalog.providers[provider];
    if (entry === undefined) continue;
    const providerName = asString(entry.name) ?? provider;
    for (const providerModelId of Object.keys(entry.models).sort(byFile(".toml"))) {
      const data = tomlShape(entry.models[providerModelId] ?? {});
      const baseModel = asString(data.base_model) ?? asString(data.canonical_id);
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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
