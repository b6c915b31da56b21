import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { OpennessComponent, OpennessEntry, OpennessItem } from "../../core/schema/openness.ts";
import type { SourceInfo } from "../../core/schema/registry.ts";
import { asObject, asString, listFiles } from "../files.ts";
import { httpUrl, huggingfaceId } from "./links.ts";
import { orgOfProducer } from "./orgs.ts";

export const OSAI_SOURCE: Omit<SourceInfo, "asOf"> = {
  id: "osai-index",
  name: "Open Source AI Index (Opening up ChatGPT; Liesenfeld, Lopez & Dingemanse)",
  url: "https://github.com/opening-up-chatgpt/opening-up-chatgpt.github.io",
  license: "Apache-2.0",
  attribution:
    "Openness ratings and links from the Open Source AI Index / Opening up ChatGPT (Liesenfeld, Lopez & Dingemanse, CUI 2023; opening-up-chatgpt.github.io).",
};

/** The Index's fourteen features → this project's component ids (notes are prose: not read). */
const FEATURES: Record<string, OpennessComponent> = {
  opencode: "training_code",
  llmdata: "datasets",
  llmweights: "base_weights",
  rldata: "tuning_data",
  rlweights: "weights_final",
  license: "license",
  code: "code_documentation",
  architecture: "model_architecture",
  preprint: "paper",
  paper: "peer_reviewed_paper",
  modelcard: "model_card",
  datasheet: "data_card",
  package: "package",
  api: "api",
};

const CLASSES = new Set(["open", "partial", "closed"]);

/**
 * Reads `<dir>/projects/*.yaml`: each project's open / partial / closed rating and link per
 * feature, and its total as the Index counts it (open 1, partial 0.5).
 */
export function readOsaiIndex(dir: string, asOf: string): OpennessEntry[] {
  const entries: OpennessEntry[] = [];
  for (const file of listFiles(join(dir, "projects"), ".yaml")) {
    if (/sample/i.test(file)) continue;
    const doc = asObject(parse(readFileSync(join(dir, "projects", file), "utf8")));
    const project = asObject(doc.project);
    const name = asString(project.name);
    if (!name) continue;
    const items: OpennessItem[] = [];
    let points = 0;
    for (const [feature, component] of Object.entries(FEATURES)) {
      const rating = asObject(doc[feature]);
      const status = asString(rating.class)?.toLowerCase();
      if (!status || !CLASSES.has(status)) continue;
      const url = httpUrl(asString(rating.link));
      items.push({ component, status: status as OpennessItem["status"], ...(url ? { url } : {}) });
      points += status === "open" ? 1 : status === "partial" ? 0.5 : 0;
    }
    const link = httpUrl(asString(project.link));
    const hf = huggingfaceId(link);
    const org = orgOfProducer(asString(asObject(doc.org).name), hf);
    const base = asString(project.llmbase);
    entries.push({
      source: OSAI_SOURCE.id,
      asOf,
      name,
      ...(org ? { org } : {}),
      ...(hf ? { huggingface: hf } : {}),
      ...(base ? { base: base.slice(0, 200) } : {}),
      ...(link ? { url: link } : {}),
      points,
      items: items.sort((a, b) =>
        a.component < b.component ? -1 : a.component > b.component ? 1 : 0,
      ),
    });
  }
  return entries;
}
