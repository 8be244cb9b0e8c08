import type { TCommitmentSummaryView } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { summarizeCommitment } from '@customeric/domain';
import { asc, eq, isNull } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { readOrgSettings } from './get-org-settings.ts';

/** Committed share of customer work against the target band, per active department. */
export async function getCommitmentSummary(
  context: TServiceContext,
): Promise<TCommitmentSummaryView> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const settings = await readOrgSettings(tx);
    const departments = await tx
      .select({
        id: schema.departments.id,
        name: schema.departments.name,
        customerFacing: schema.departments.customerFacing,
      })
      .from(schema.departments)
      .where(isNull(schema.departments.archivedAt))
      .orderBy(asc(schema.departments.name));
    const people = await tx
      .select({
        departmentId: schema.users.departmentId,
        customerWorkShare: schema.users.customerWorkShare,
      })
      .from(schema.users)
      .where(eq(schema.users.active, true));
    const summary = summarizeCommitment(departments, people, settings.targetBand);
    const nameOf = new Map(departments.map((department) => [department.id, department.name]));
    return {
      ...summary,
      departments: summary.departments.map((figures) => ({
        ...figures,
        name: nameOf.get(figures.departmentId) ?? figures.departmentId,
      })),
    };
  });
}
