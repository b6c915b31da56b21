import type { BaselineRun } from "./baseline.ts";
import type { ChartRun } from "./chart-bench.ts";
import type { AskRun, LoadRun } from "./cold.ts";
import type { EngineRun } from "./latency.ts";
import type { MachineInfo } from "./machine.ts";
import type { ParseBench } from "./parse-bench.ts";
import type { SoakRun } from "./soak-bench.ts";

/** One catalog the question benches ran on. */
export interface CatalogRun {
  label: string;
  records: number;
  syntheticRecords: number;
  realQuestions: number;
  syntheticQuestions: number;
  /** Real-catalog questions left out because the catalog lacks their model. */
  skipped: string[];
  engine?: EngineRun;
  baseline?: BaselineRun;
}

/** A front door under load or timed per event (Slack and Discord sections fill these in). */
export interface FrontDoorRun {
  label: string;
  requests: number;
  errors: number;
  non2xx?: number;
  p50: number;
  p99: number;
  max: number;
  note?: string;
}

export interface TargetRow {
  target: string;
  measured: string;
  met: boolean | null;
  note?: string;
}

export interface Results {
  machine: MachineInfo;
  command: string;
  quick: boolean;
  durationSeconds?: number;
  catalogs: CatalogRun[];
  cold: { loads: LoadRun[]; ask?: AskRun | { skipped: string } };
  slack?: {
    bare: FrontDoorRun;
    bot: FrontDoorRun;
    p99Ratio: number;
    rate: number;
    seconds: number;
  };
  discord?: { bare: FrontDoorRun; bot: FrontDoorRun; p50Ratio: number };
  charts?: ChartRun;
  /** Pathological inputs for the parser (bench/parse-bench.ts). */
  parse?: ParseBench;
  /** Memory over a long run of Slack and Discord questions (bench/soak-bench.ts). */
  soak?: SoakRun;
  targets: TargetRow[];
  /** Sections that failed, with the error; the file still holds the sections that ran. */
  failures?: string[];
}
