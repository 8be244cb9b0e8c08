import { cpus, loadavg, totalmem } from 'node:os';

export interface TMachine {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  /** Taken before the load: other work on a shared machine moves every figure. */
  loadAverage1m: number;
  date: string;
}

/** What the figures were measured on: absolute numbers only compare on the same machine. */
export function describeMachine(): TMachine {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    date: new Date().toISOString(),
  };
}
