import { formatDate } from "../answer/format.ts";
import type { OpennessComponent } from "../schema/openness.ts";
import type { TransparencyCategory } from "../schema/record.ts";
import type { FmtiEvidence } from "./fmti-evidence.ts";
import { type OpennessEvidence, STATUS_VALUE } from "./openness-evidence.ts";
import { licenseKind, listSome, type RecordEvidence } from "./record-evidence.ts";

/**
 * One piece of evidence bearing on a category: how much it weighs and how far it shows
 * disclosure (1 disclosed or released openly, 0 withheld). Absent evidence is no signal at all,
 * so it lowers a category's confidence, never its score.
 */
export interface Signal {
  weight: number;
  value: number;
  note: string;
}

/** Everything a category rule can read about one model. */
export interface Evidence {
  record: RecordEvidence;
  openness: OpennessEvidence;
  fmti: FmtiEvidence | undefined;
}

const COMPONENT_LABEL: Record<OpennessComponent, string> = {
  model_architecture: "architecture",
  training_code: "training code",
  preprocessing_code: "data-processing code",
  inference_code: "inference code",
  evaluation_code: "evaluation code",
  supporting_tools: "supporting tools",
  weights_final: "weights",
  weights_intermediate: "intermediate checkpoints",
  base_weights: "base-model weights",
  datasets: "training data",
  tuning_data: "fine-tuning data",
  evaluation_data: "evaluation data",
  model_card: "model card",
  data_card: "data card",
  paper: "paper or preprint",
  peer_reviewed_paper: "peer-reviewed paper",
  technical_report: "technical report",
  evaluation_results: "evaluation results",
  model_metadata: "model metadata",
  code_documentation: "code documentation",
  license: "license terms",
  package: "package",
  api: "API",
};

const SOURCE_SHORT: Record<string, string> = { mof: "MOF", "osai-index": "Open Source AI Index" };

const STATUS_WORD = { open: "released openly", partial: "partly released", closed: "not released" };
const SCOPE_WORD = { model: "", family: " (family evidence: ", developer: " (maker evidence: " };

/** A component as the openness sources rate it, weighted by how near the rated release is. */
export function component(ev: Evidence, c: OpennessComponent, weight: number): Signal | undefined {
  const e = ev.openness.get(c);
  if (!e) return undefined;
  const sources = [...new Set(e.entries.map((x) => SOURCE_SHORT[x.source] ?? x.source))].join(
    " and ",
  );
  const names = listSome([...new Set(e.entries.map((x) => x.name))]);
  const scope =
    e.scope === "model" ? ` (${sources})` : `${SCOPE_WORD[e.scope]}${names} in ${sources})`;
  return {
    weight: weight * ev.openness.weightOf(c),
    value: STATUS_VALUE[e.status],
    note: `${COMPONENT_LABEL[c]} ${STATUS_WORD[e.status]}${scope}`,
  };
}

/**
 * Whether the weights are out: the catalog's open-weights fact speaks for the model itself; the
 * openness sources add released weights where the catalog has no word.
 */
export function weights(ev: Evidence, weight: number, why: string): Signal | undefined {
  const signal = releasedWeights(ev, weight, why);
  if (!signal || signal.value <= STATUS_VALUE.partial || !restrictiveTerms(ev)) return signal;
  // Weights under the maker's own terms (Llama, Gemma, non-commercial licenses) are out, but not
  // open: the openness frameworks count them as restricted, and so does this rule.
  return {
    ...signal,
    value: STATUS_VALUE.partial,
    note: `${signal.note}, under restrictive terms`,
  };
}

/** Whether the weights are out at all, by the nearest evidence. */
function releasedWeights(ev: Evidence, weight: number, why: string): Signal | undefined {
  // The model's own rated release outranks a catalog flag, which may come from a reseller's listing.
  const own = component(ev, "weights_final", weight);
  if (own && ev.openness.get("weights_final")?.scope === "model") {
    return { ...own, note: `${own.note}, so ${why}` };
  }
  const open = ev.record.state("open_weights");
  if (open === "disclosed") {
    return ev.record.value("open_weights") === true
      ? { weight, value: 1, note: `open weights (${why})` }
      : { weight, value: 0, note: "weights not released" };
  }
  if (open === "undisclosed") return { weight, value: 0, note: "weights not released" };
  const s = component(ev, "weights_final", weight) ?? component(ev, "base_weights", weight);
  return s ? { ...s, note: `${s.note}, so ${why}` } : undefined;
}

/** A maker's own or non-commercial license, by the catalog's license name or the rated license terms. */
function restrictiveTerms(ev: Evidence): boolean {
  const license = ev.record.value("license");
  if (typeof license === "string") return licenseKind(license) === "community";
  const rated = ev.openness.get("license");
  return rated !== undefined && rated.status !== "open";
}

/** A catalog fact: published (1), declared undisclosed (0), or no signal when no source has it. */
export function fact(
  ev: Evidence,
  key: Parameters<RecordEvidence["state"]>[0],
  weight: number,
  published: (value: unknown) => string,
  what: string,
): Signal | undefined {
  const state = ev.record.state(key);
  if (state === "unknown") return undefined;
  if (state === "undisclosed") return { weight, value: 0, note: `${what} not disclosed` };
  return { weight, value: 1, note: published(ev.record.value(key)) };
}

/**
 * FMTI rates a developer's flagship, not this model: developer-level evidence. It weighs more than
 * a maker's other releases in the openness sets (a careful, current assessment), less than
 * evidence about the model itself.
 */
const FMTI_SCOPE = 0.6;

/** The developer's FMTI indicators for a category: the share credited, as one weighted input. */
export function fmtiSignal(
  ev: Evidence,
  category: TransparencyCategory,
  weight: number,
): Signal | undefined {
  const share = ev.fmti?.byCategory[category];
  if (!ev.fmti || !share || share.of === 0) return undefined;
  const month = formatDate(ev.fmti.release.asOf);
  return {
    weight: weight * FMTI_SCOPE,
    value: share.credited / share.of,
    note: `FMTI ${month} credits ${ev.fmti.developer} with ${share.credited} of ${share.of} related indicators`,
  };
}
