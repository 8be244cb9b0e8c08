/** A handoff of one case: from a department (null when a case without one is first placed) to another. */
export interface TLedgerHandoff {
  fromDepartmentId: string | null;
  toDepartmentId: string;
  at: Date;
}

/** What the ledger of one case is computed from. */
export interface TLedgerCaseInput {
  openedAt: Date;
  /** The department that owned the case when it was opened; null for one opened unplaced. */
  openingDepartmentId: string | null;
  handoffs: readonly TLedgerHandoff[];
  /** When the case was resolved, or now for a case still being worked. */
  endAt: Date;
  /** Whether `endAt` is now: the last department is still holding the case. */
  running: boolean;
}

/** One uninterrupted hold of a case by a department. */
export interface TStint {
  departmentId: string;
  from: Date;
  to: Date;
  hours: number;
  /** The department still holds the case. */
  running: boolean;
}

export interface TLedgerStep extends TLedgerHandoff {
  /** A placement of a case that had no department is not a handoff between departments. */
  isPlacement: boolean;
  /** Back to a department that had already held the case. */
  isBounce: boolean;
  /** The next handoff sent the case straight back to the department that handed it over. */
  bouncedBack: boolean;
}

export interface TCaseLedger {
  stints: TStint[];
  steps: TLedgerStep[];
  heldByDepartment: { departmentId: string; hours: number; stints: number }[];
  handoffCount: number;
  bounceCount: number;
  /** The case left its first department and was later handed back to it. */
  cameBack: boolean;
  firstDepartmentId: string | null;
}

const HOUR = 3_600_000;

function hoursBetween(from: Date, to: Date): number {
  return Math.max(0, to.getTime() - from.getTime()) / HOUR;
}

function markSteps(handoffs: readonly TLedgerHandoff[], opening: string | null): TLedgerStep[] {
  const held = new Set<string>(opening ? [opening] : []);
  const steps = handoffs.map((handoff) => {
    const isPlacement = handoff.fromDepartmentId === null;
    const isBounce = !isPlacement && held.has(handoff.toDepartmentId);
    held.add(handoff.toDepartmentId);
    return { ...handoff, isPlacement, isBounce, bouncedBack: false };
  });
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    step.bouncedBack =
      !step.isPlacement &&
      next !== undefined &&
      next.fromDepartmentId === step.toDepartmentId &&
      next.toDepartmentId === step.fromDepartmentId;
  });
  return steps;
}

function buildStints(input: TLedgerCaseInput, steps: readonly TLedgerStep[]): TStint[] {
  const stints: TStint[] = [];
  let current: { departmentId: string | null; from: Date } = {
    departmentId: input.openingDepartmentId,
    from: input.openedAt,
  };
  const close = (to: Date, running: boolean) => {
    if (current.departmentId === null) return;
    stints.push({
      departmentId: current.departmentId,
      from: current.from,
      to,
      hours: hoursBetween(current.from, to),
      running,
    });
  };
  for (const step of steps) {
    close(step.at, false);
    current = { departmentId: step.toDepartmentId, from: step.at };
  }
  close(input.endAt, input.running);
  return stints;
}

function sumByDepartment(stints: readonly TStint[]) {
  const totals = new Map<string, { departmentId: string; hours: number; stints: number }>();
  for (const stint of stints) {
    const total = totals.get(stint.departmentId) ?? {
      departmentId: stint.departmentId,
      hours: 0,
      stints: 0,
    };
    total.hours += stint.hours;
    total.stints += 1;
    totals.set(stint.departmentId, total);
  }
  return [...totals.values()].sort((a, b) => b.hours - a.hours);
}

/**
 * The handoff ledger of one case: who held it for how long, how often it bounced (was handed
 * to a department that had held it before), and whether it came back to where it started.
 * Handoffs are taken in time order whatever order they are given in.
 */
export function computeCaseLedger(input: TLedgerCaseInput): TCaseLedger {
  const ordered = [...input.handoffs].sort((a, b) => a.at.getTime() - b.at.getTime());
  const steps = markSteps(ordered, input.openingDepartmentId);
  const stints = buildStints(input, steps);
  const firstDepartmentId =
    input.openingDepartmentId ?? steps.find((step) => step.isPlacement)?.toDepartmentId ?? null;
  const moves = steps.filter((step) => !step.isPlacement);
  // A move always leaves the department holding the case, so any move into the first
  // department is a return to it.
  const cameBack = moves.some((step) => step.toDepartmentId === firstDepartmentId);
  return {
    stints,
    steps,
    heldByDepartment: sumByDepartment(stints),
    handoffCount: moves.length,
    bounceCount: moves.filter((step) => step.isBounce).length,
    cameBack,
    firstDepartmentId,
  };
}
