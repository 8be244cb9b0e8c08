import type { TCaseLedger } from './case-ledger.ts';
import { quantile } from './ledger-statistics.ts';

/** A flow of the Sankey diagram: how many cases one department handed to another. */
export interface THandoffFlow {
  fromDepartmentId: string;
  toDepartmentId: string;
  count: number;
  /** Of these, handoffs to a department that had already held the case. */
  bounces: number;
}

/** All handoffs between departments across cases, largest flow first. */
export function computeHandoffFlows(ledgers: readonly TCaseLedger[]): THandoffFlow[] {
  const flows = new Map<string, THandoffFlow>();
  for (const ledger of ledgers) {
    for (const step of ledger.steps) {
      if (step.isPlacement || step.fromDepartmentId === null) continue;
      const key = `${step.fromDepartmentId}\u0000${step.toDepartmentId}`;
      const flow = flows.get(key) ?? {
        fromDepartmentId: step.fromDepartmentId,
        toDepartmentId: step.toDepartmentId,
        count: 0,
        bounces: 0,
      };
      flow.count += 1;
      if (step.isBounce) flow.bounces += 1;
      flows.set(key, flow);
    }
  }
  return [...flows.values()].sort(
    (a, b) =>
      b.count - a.count ||
      a.fromDepartmentId.localeCompare(b.fromDepartmentId) ||
      a.toDepartmentId.localeCompare(b.toDepartmentId),
  );
}

/** How long a department holds a case each time it has one, against its target. */
export interface THeldTime {
  departmentId: string;
  /** Holds that ended (handed on or resolved) and holds still running. */
  completed: number;
  running: number;
  medianHours: number | null;
  p90Hours: number | null;
  olaHours: number;
  /** Holds, ended or running, that took longer than the target. */
  overOla: number;
}

/**
 * Time held per department, one value per hold (a stint): median and 90th percentile of the
 * ended holds, compared with the department's operational-level agreement. A running hold
 * already past its target counts as over; one within it is not judged yet.
 */
export function computeHeldTimes(
  ledgers: readonly TCaseLedger[],
  targets: { defaultHours: number; byDepartment: ReadonlyMap<string, number> },
): THeldTime[] {
  const byDepartment = new Map<string, { ended: number[]; running: number[] }>();
  for (const ledger of ledgers) {
    for (const stint of ledger.stints) {
      const entry = byDepartment.get(stint.departmentId) ?? { ended: [], running: [] };
      (stint.running ? entry.running : entry.ended).push(stint.hours);
      byDepartment.set(stint.departmentId, entry);
    }
  }
  return [...byDepartment.entries()]
    .map(([departmentId, { ended, running }]) => {
      const olaHours = targets.byDepartment.get(departmentId) ?? targets.defaultHours;
      const over = (hours: number) => hours > olaHours;
      return {
        departmentId,
        completed: ended.length,
        running: running.length,
        medianHours: quantile(ended, 0.5),
        p90Hours: quantile(ended, 0.9),
        olaHours,
        overOla: ended.filter(over).length + running.filter(over).length,
      };
    })
    .sort((a, b) => b.completed + b.running - (a.completed + a.running));
}

/** A handoff between two departments and how often the receiver sent the case straight back. */
export interface TBouncingHandoff {
  fromDepartmentId: string;
  toDepartmentId: string;
  handoffs: number;
  bouncedBack: number;
  /** bouncedBack / handoffs */
  rate: number;
}

/**
 * The handoffs that most often bounce: for each pair of departments, how many of the cases
 * one handed to the other came straight back. Pairs that never bounced are left out; the
 * most bounces first, then the highest rate.
 */
export function rankBouncingHandoffs(
  ledgers: readonly TCaseLedger[],
  limit = 10,
): TBouncingHandoff[] {
  const pairs = new Map<string, TBouncingHandoff>();
  for (const ledger of ledgers) {
    for (const step of ledger.steps) {
      if (step.isPlacement || step.fromDepartmentId === null) continue;
      const key = `${step.fromDepartmentId}\u0000${step.toDepartmentId}`;
      const pair = pairs.get(key) ?? {
        fromDepartmentId: step.fromDepartmentId,
        toDepartmentId: step.toDepartmentId,
        handoffs: 0,
        bouncedBack: 0,
        rate: 0,
      };
      pair.handoffs += 1;
      if (step.bouncedBack) pair.bouncedBack += 1;
      pairs.set(key, pair);
    }
  }
  return [...pairs.values()]
    .filter((pair) => pair.bouncedBack > 0)
    .map((pair) => ({ ...pair, rate: pair.bouncedBack / pair.handoffs }))
    .sort((a, b) => b.bouncedBack - a.bouncedBack || b.rate - a.rate)
    .slice(0, limit);
}
