import type { TTargetBand } from './org-vocabulary.ts';

export interface TCommitmentDepartment {
  id: string;
  customerFacing: boolean;
}

export interface TCommitmentPerson {
  departmentId: string | null;
  /** Percent of working time committed to customer work; null when not stated. */
  customerWorkShare: number | null;
}

/**
 * `not_customer_facing`: the band does not apply (tax, treasury, leave administration are
 * needed but are not customer work, seed 000); `not_stated`: nobody has a share yet.
 */
export type TCommitmentStatus = 'below' | 'within' | 'above' | 'not_stated' | 'not_customer_facing';

export interface TCommitmentFigures {
  people: number;
  /** People whose share is stated; the average is over them. */
  stated: number;
  averageShare: number | null;
  /** Full-time equivalents committed to customer work: the sum of shares / 100. */
  committedFte: number;
  belowBand: number;
  withinBand: number;
  aboveBand: number;
  status: TCommitmentStatus;
}

export interface TDepartmentCommitment extends TCommitmentFigures {
  departmentId: string;
}

export interface TCommitmentSummary {
  band: TTargetBand;
  departments: TDepartmentCommitment[];
  /** Everyone in customer-facing departments, plus people in no department. */
  customerWork: TCommitmentFigures;
}

export function bandStatusOf(share: number, band: TTargetBand): 'below' | 'within' | 'above' {
  if (share < band.min) return 'below';
  return share > band.max ? 'above' : 'within';
}

function summarizeGroup(
  people: readonly TCommitmentPerson[],
  band: TTargetBand,
  customerFacing: boolean,
): TCommitmentFigures {
  const shares = people.flatMap((person) =>
    person.customerWorkShare === null ? [] : [person.customerWorkShare],
  );
  const total = shares.reduce((sum, share) => sum + share, 0);
  const averageShare = shares.length > 0 ? total / shares.length : null;
  const statuses = shares.map((share) => bandStatusOf(share, band));
  const count = (status: string) => statuses.filter((value) => value === status).length;
  let status: TCommitmentStatus = 'not_customer_facing';
  if (customerFacing)
    status = averageShare === null ? 'not_stated' : bandStatusOf(averageShare, band);
  return {
    people: people.length,
    stated: shares.length,
    averageShare,
    committedFte: total / 100,
    belowBand: count('below'),
    withinBand: count('within'),
    aboveBand: count('above'),
    status,
  };
}

/**
 * Committed share of customer work against the organisation's target band, per department
 * (in the order given) and for all customer work together.
 */
export function summarizeCommitment(
  departments: readonly TCommitmentDepartment[],
  people: readonly TCommitmentPerson[],
  band: TTargetBand,
): TCommitmentSummary {
  const facing = new Set(departments.filter((d) => d.customerFacing).map((d) => d.id));
  const known = new Set(departments.map((d) => d.id));
  return {
    band,
    departments: departments.map((department) => ({
      departmentId: department.id,
      ...summarizeGroup(
        people.filter((person) => person.departmentId === department.id),
        band,
        department.customerFacing,
      ),
    })),
    customerWork: summarizeGroup(
      people.filter(
        (person) =>
          person.departmentId === null ||
          facing.has(person.departmentId) ||
          !known.has(person.departmentId),
      ),
      band,
      true,
    ),
  };
}
