import { schema, type TTransaction } from '@customeric/db';
import type { TCaseStatusCategory, TCaseStatusDefinition } from '@customeric/domain';
import { asc, eq } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';

/** The organisation's statuses in their order, archived ones included (old cases name them). */
export async function loadCaseStatuses(tx: TTransaction): Promise<TCaseStatusDefinition[]> {
  const rows = await tx
    .select()
    .from(schema.caseStatuses)
    .orderBy(asc(schema.caseStatuses.position), asc(schema.caseStatuses.key));
  return rows.map((row) => ({
    key: row.key,
    name: row.name,
    category: row.category as TCaseStatusCategory,
    isInitial: row.isInitial,
    archived: row.archivedAt !== null,
  }));
}

/** The status new cases start in. */
export async function getInitialStatus(tx: TTransaction): Promise<TCaseStatusDefinition> {
  const [row] = await tx
    .select()
    .from(schema.caseStatuses)
    .where(eq(schema.caseStatuses.isInitial, true));
  if (!row) {
    throw new AppError('conflict', {
      detail: 'No case status is marked as the one new cases start in; an administrator sets one.',
    });
  }
  return {
    key: row.key,
    name: row.name,
    category: row.category as TCaseStatusCategory,
    isInitial: true,
    archived: false,
  };
}
