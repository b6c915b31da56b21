import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { OpennessComponent, OpennessEntry, OpennessItem } from "../../core/schema/openness.ts";
import type { SourceInfo } from "../../core/schema/registry.ts";
import { asObject, asString, listFiles } from "../files.ts";
import { statusOf } from "./licenses.ts";
import { httpUrl, huggingfaceId } from "./links.ts";
import { orgOfProducer } from "./orgs.ts";

export const MOF_SOURCE: Omit<SourceInfo, "asOf"> = {
  id: "mof",
  name: "Model Openness Framework (LF AI & Data, Model Openness Tool)",
  url: "https://github.com/lfai/model_openness_tool",
  license: "MIT",
  attribution:
    "Per-release component data from the Model Openness Tool of the LF AI & Data Foundation's Model Openness Framework (MIT).",
};

/** MOF component names → this project's component ids. */
const COMPONENTS: Record<string, OpennessComponent> = {
  "model architecture": "model_architecture",
  "data preprocessing code": "preprocessing_code",
  "training code": "training_code",
  "inference code": "inference_code",
  "evaluation code": "evaluation_code",
  "supporting libraries and tools": "supporting_tools",
  "model parameters (final)": "weights_final",
  "model parameters (intermediate)": "weights_intermediate",
  datasets: "datasets",
  "evaluation data": "evaluation_data",
  "model card": "model_card",
  "data card": "data_card",
  "research paper": "paper",
  "technical report": "technical_report",
  "evaluation results": "evaluation_results",
  "model metadata": "model_metadata",
};

/**
 * The MOF paper's classes (arXiv 2403.13784): each lists what must be released under an open
 * license, and each lower class needs everything the higher one does.
 */
const CLASS_III: OpennessComponent[] = [
  "model_architecture",
  "weights_final",
  "model_card",
  "data_card",
  "evaluation_results",
  "technical_report",
];
const CLASS_II: OpennessComponent[] = [
  ...CLASS_III,
  "training_code",
  "inference_code",
  "evaluation_code",
  "preprocessing_code",
  "evaluation_data",
];
const CLASS_I: OpennessComponent[] = [
  ...CLASS_II,
  "datasets",
  "paper",
  "weights_intermediate",
  "model_metadata",
];

/** The class a release earns from its open components, if any. */
export function mofClassOf(items: readonly OpennessItem[]): 1 | 2 | 3 | undefined {
  const open = new Set(items.filter((i) => i.status === "open").map((i) => i.component));
  const all = (need: OpennessComponent[]) => need.every((c) => open.has(c));
  if (all(CLASS_I)) return 1;
  if (all(CLASS_II)) return 2;
  if (all(CLASS_III)) return 3;
  return undefined;
}

/** Files that the data set marks as tests rather than real releases. */
const isTestFile = (name: string) => /(^|[-_ ])test([-_ .]|$)/i.test(name);

/**
 * Reads `<dir>/models/*.yml`: for each release, the components it lists with their status (see
 * statusOf) and links. A component a file does not list says nothing and is left out: files are
 * community-submitted and many are partly filled in. Descriptions are MOF's prose and are not read.
 */
export function readMof(dir: string, asOf: string): OpennessEntry[] {
  const entries: OpennessEntry[] = [];
  for (const file of listFiles(join(dir, "models"), ".yml")) {
    if (isTestFile(file)) continue;
    const release = asObject(
      asObject(parse(readFileSync(join(dir, "models", file), "utf8"))).release,
    );
    const name = asString(release.name);
    if (!name) continue;
    const hf = huggingfaceId(asString(release.huggingface));
    const items = readComponents(release, globalLicenses(asObject(release.license)));
    const org = orgOfProducer(asString(release.producer), hf);
    const url = hf ? `https://huggingface.co/${hf}` : httpUrl(asString(release.repository));
    const mofClass = mofClassOf(items);
    entries.push({
      source: MOF_SOURCE.id,
      asOf,
      name,
      ...(org ? { org } : {}),
      ...(hf ? { huggingface: hf } : {}),
      ...(url ? { url } : {}),
      ...(mofClass ? { mofClass } : {}),
      items: items.sort((a, b) =>
        a.component < b.component ? -1 : a.component > b.component ? 1 : 0,
      ),
    });
  }
  return entries;
}

/** The release-wide licenses a component falls back to: its kind's (code, data, document), else the distribution's. */
interface GlobalLicenses {
  distribution?: string;
  code?: string;
  data?: string;
  document?: string;
}

function globalLicenses(license: Record<string, unknown>): GlobalLicenses {
  const out: GlobalLicenses = {};
  for (const kind of ["distribution", "code", "data", "document"] as const) {
    const name = asString(asObject(license[kind]).name);
    if (name) out[kind] = name;
  }
  return out;
}

/** Which release-wide license a component falls under when it names none. */
const KIND_OF: Partial<Record<OpennessComponent, keyof GlobalLicenses>> = {
  model_architecture: "code",
  training_code: "code",
  preprocessing_code: "code",
  inference_code: "code",
  evaluation_code: "code",
  supporting_tools: "code",
  datasets: "data",
  evaluation_data: "data",
  model_card: "document",
  data_card: "document",
  paper: "document",
  technical_report: "document",
};

function readComponents(release: Record<string, unknown>, global: GlobalLicenses): OpennessItem[] {
  const out = new Map<OpennessComponent, OpennessItem>();
  const list = Array.isArray(release.components) ? release.components : [];
  for (const raw of list) {
    const c = asObject(raw);
    const component = COMPONENTS[(asString(c.name) ?? "").toLowerCase()];
    if (!component) continue;
    const own = asString(c.license);
    const kind = KIND_OF[component];
    const fallback = (kind ? global[kind] : undefined) ?? global.distribution;
    const status = statusOf(own, fallback);
    // "unlicensed" is MOF's word for included with no license: it names none, nor falls back.
    const license = own ? (/^unlicensed$/i.test(own) ? undefined : own) : fallback;
    const path = httpUrl(asString(c.component_path));
    const item: OpennessItem = {
      component,
      status,
      ...(license && status !== "closed" ? { license: license.slice(0, 200) } : {}),
      ...(path ? { url: path } : {}),
    };
    const seen = out.get(component);
    if (!seen || rank(item) > rank(seen)) out.set(component, item);
  }
  return [...out.values()];
}

const rank = (i: OpennessItem) => (i.status === "open" ? 2 : i.status === "partial" ? 1 : 0);
