import type { TCaseLedger } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { computeCaseLedger } from '@customeric/domain';
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { loadOlaTargets } from './case-settings.ts';
import { loadDepartmentNames, toLedgerInput } from './ledger-inputs.ts';

const fromUser = alias(schema.users, 'from_user');
const toUser = alias(schema.users, 'to_user');
const actorUser = alias(schema.users, 'actor_user');

/** The ledger of one case: each handoff with its reason, each hold, time per department. */
export async function getCaseLedger(
  context: TServiceContext,
  caseId: string,
): Promise<TCaseLedger> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const [row] = await tx.select().from(schema.cases).where(eq(schema.cases.id, caseId));
    if (!row) throw new AppError('not_found', { detail: `There is no case ${caseId}.` });
    const handoffs = await tx
      .select({
        handoff: schema.caseHandoffs,
        fromUserName: fromUser.name,
        toUserName: toUser.name,
        actorName: actorUser.name,
      })
      .from(schema.caseHandoffs)
      .leftJoin(fromUser, eq(fromUser.id, schema.caseHandoffs.fromUserId))
      .leftJoin(toUser, eq(toUser.id, schema.caseHandoffs.toUserId))
      .leftJoin(actorUser, eq(actorUser.id, schema.caseHandoffs.actorUserId))
      .where(eq(schema.caseHandoffs.caseId, caseId))
      .orderBy(asc(schema.caseHandoffs.at), asc(schema.caseHandoffs.id));
    const names = await loadDepartmentNames(tx);
    const targets = await loadOlaTargets(tx);
    const name = (id: string) => names.get(id) ?? id;
    const ledger = computeCaseLedger(
      toLedgerInput(
        row,
        handoffs.map((entry) => entry.handoff),
        new Date(),
      ),
    );
    return {
      caseId,
      steps: ledger.steps.map((step, index) => {
        const entry = handoffs[index] as (typeof handoffs)[number];
        return {
          id: entry.handoff.id,
          fromDepartmentId: step.fromDepartmentId,
          fromDepartmentName: step.fromDepartmentId ? name(step.fromDepartmentId) : null,
          toDepartmentId: step.toDepartmentId,
          toDepartmentName: name(step.toDepartmentId),
          fromUserName: entry.fromUserName,
          toUserName: entry.toUserName,
          actorName: entry.actorName,
          reason: entry.handoff.reason,
          at: step.at.toISOString(),
          isPlacement: step.isPlacement,
          isBounce: step.isBounce,
          bouncedBack: step.bouncedBack,
        };
      }),
      stints: ledger.stints.map((stint) => ({
        departmentId: stint.departmentId,
        departmentName: name(stint.departmentId),
        from: stint.from.toISOString(),
        to: stint.to.toISOString(),
        hours: stint.hours,
        running: stint.running,
      })),
      heldByDepartment: ledger.heldByDepartment.map((held) => ({
        ...held,
        departmentName: name(held.departmentId),
        olaHours: targets.byDepartment.get(held.departmentId) ?? targets.defaultHours,
      })),
      handoffCount: ledger.handoffCount,
      bounceCount: ledger.bounceCount,
      cameBack: ledger.cameBack,
    };
  });
}
