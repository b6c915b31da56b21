import { cpus, loadavg, totalmem } from "node:os";

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  date: string;
  /** 1-minute load average when the run started: other work on the machine skews timings. */
  loadAverage: number;
  /** The same when the run ended. */
  loadAverageEnd?: number;
}

export function currentLoad(): number {
  return Number((loadavg()[0] ?? 0).toFixed(2));
}

export function describeMachine(): MachineInfo {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
    loadAverage: currentLoad(),
  };
}
