import type { TLedgerQuery } from '@customeric/contracts';
import { schema, type TTransaction } from '@customeric/db';
import { computeCaseLedger, type TCaseLedger, type TLedgerCaseInput } from '@customeric/domain';
import { and, asc, gte, inArray, lt } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';

const DAY = 86_400_000;

export interface TLedgerPeriod {
  from: Date;
  /** Exclusive: the day after the last day asked for. */
  to: Date;
}

/** Cases opened from `from` to `to` (both days included); the last year by default. */
export function resolvePeriod(query: TLedgerQuery, now: Date = new Date()): TLedgerPeriod {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const to = query.to ? Date.parse(query.to) + DAY : today + DAY;
  const from = query.from ? Date.parse(query.from) : to - 366 * DAY;
  if (from >= to)
    throw new AppError('validation_failed', {
      detail: 'The period ends before it starts.',
      errors: [{ pointer: '/from', message: 'must not be after to' }],
    });
  return { from: new Date(from), to: new Date(to) };
}

type TCaseRow = Pick<
  typeof schema.cases.$inferSelect,
  'id' | 'openedAt' | 'openingDepartmentId' | 'resolvedAt' | 'closedAt'
>;
type THandoffRow = typeof schema.caseHandoffs.$inferSelect;

/** The ledger input of one case from its row and its handoffs. */
export function toLedgerInput(row: TCaseRow, handoffs: THandoffRow[], now: Date): TLedgerCaseInput {
  const end = row.resolvedAt ?? row.closedAt;
  return {
    openedAt: row.openedAt,
    openingDepartmentId: row.openingDepartmentId,
    handoffs: handoffs.map((handoff) => ({
      fromDepartmentId: handoff.fromDepartmentId,
      toDepartmentId: handoff.toDepartmentId,
      at: handoff.at,
    })),
    endAt: end ?? now,
    running: end === null,
  };
}

/**
 * The ledgers of every case opened in the period: two queries (cases, then their handoffs),
 * computed in memory. A year of a few thousand cases is a few hundred kilobytes.
 */
export async function loadLedgers(
  tx: TTransaction,
  period: TLedgerPeriod,
  now: Date = new Date(),
): Promise<TCaseLedger[]> {
  const cases = await tx
    .select({
      id: schema.cases.id,
      openedAt: schema.cases.openedAt,
      openingDepartmentId: schema.cases.openingDepartmentId,
      resolvedAt: schema.cases.resolvedAt,
      closedAt: schema.cases.closedAt,
    })
    .from(schema.cases)
    .where(and(gte(schema.cases.openedAt, period.from), lt(schema.cases.openedAt, period.to)))
    .orderBy(asc(schema.cases.openedAt), asc(schema.cases.id));
  const byCase = new Map<string, THandoffRow[]>(cases.map((row) => [row.id, []]));
  const ids = [...byCase.keys()];
  for (let start = 0; start < ids.length; start += 5_000) {
    const handoffs = await tx
      .select()
      .from(schema.caseHandoffs)
      .where(inArray(schema.caseHandoffs.caseId, ids.slice(start, start + 5_000)))
      .orderBy(asc(schema.caseHandoffs.at));
    for (const handoff of handoffs) byCase.get(handoff.caseId)?.push(handoff);
  }
  return cases.map((row) => computeCaseLedger(toLedgerInput(row, byCase.get(row.id) ?? [], now)));
}

/** Department id → name, archived ones included: old handoffs name them. */
export async function loadDepartmentNames(tx: TTransaction): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: schema.departments.id, name: schema.departments.name })
    .from(schema.departments);
  return new Map(rows.map((row) => [row.id, row.name]));
}
