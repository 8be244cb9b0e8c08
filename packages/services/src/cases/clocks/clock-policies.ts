import type { TClockPolicy, TSaveClockPolicyRequest } from '@customeric/contracts';
import { newId, schema, type TTransaction, withTenant } from '@customeric/db';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../access/record-audit.ts';
import { AppError } from '../../common/app-error.ts';
import type { TServiceContext } from '../../common/context.ts';
import { ensureDefaultCalendar } from '../../promises/calendars/ensure-default-calendar.ts';
import { loadClockPolicies, toClockPolicy } from './clock-policy-query.ts';

function invalid(pointer: string, detail: string, message: string): AppError {
  return new AppError('validation_failed', { detail, errors: [{ pointer, message }] });
}

/** The calendar, the people and the promises a policy names must exist here. */
async function checkReferences(tx: TTransaction, orgId: string, request: TSaveClockPolicyRequest) {
  if (request.calendarId) {
    const [calendar] = await tx
      .select({ id: schema.businessCalendars.id })
      .from(schema.businessCalendars)
      .where(eq(schema.businessCalendars.id, request.calendarId));
    if (!calendar)
      throw invalid(
        '/calendarId',
        `There is no business calendar ${request.calendarId}.`,
        'is not a business calendar',
      );
  } else if (
    request.clocks.some((clock) => clock.kind !== 'handoffs' && clock.target.unit !== 'hours')
  ) {
    // Business time needs a calendar: the default one, created (office hours) if none exists.
    await ensureDefaultCalendar(tx, orgId);
  }
  for (const [index, level] of request.escalations.entries()) {
    if (level.notify.kind !== 'person') continue;
    const [person] = await tx
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(and(eq(schema.users.id, level.notify.userId), eq(schema.users.active, true)));
    if (!person)
      throw invalid(
        `/escalations/${index}/notify/userId`,
        `There is no active person ${level.notify.userId} to escalate to.`,
        'is not an active person',
      );
  }
  const promiseIds = request.clocks.flatMap((clock) => (clock.promiseId ? [clock.promiseId] : []));
  if (promiseIds.length === 0) return;
  const found = await tx
    .select({ id: schema.promises.id })
    .from(schema.promises)
    .where(inArray(schema.promises.id, promiseIds));
  const missing = promiseIds.find((id) => !found.some((row) => row.id === id));
  if (missing)
    throw invalid(
      '/clocks',
      `There is no promise ${missing}.`,
      'names a promise that does not exist',
    );
}

function nameTaken(name: string) {
  return (error: unknown) => {
    const failure = error as { code?: string; cause?: { code?: string } };
    // Drizzle wraps the driver's error: the code is on it or on its cause.
    if (failure.code === '23505' || failure.cause?.code === '23505')
      throw new AppError('conflict', {
        detail: `A clock policy is already called “${name}”; choose another name.`,
        errors: [{ pointer: '/name', message: 'is taken' }],
      });
    throw error;
  };
}

export async function findClockPolicies(
  context: TServiceContext,
): Promise<{ items: TClockPolicy[] }> {
  return withTenant(context.database, context.actor.orgId, async (tx) => ({
    items: (await loadClockPolicies(tx)).map(toClockPolicy),
  }));
}

async function getSaved(tx: TTransaction, id: string): Promise<TClockPolicy> {
  const policy = (await loadClockPolicies(tx)).find((item) => item.id === id);
  if (!policy) throw new AppError('not_found', { detail: `There is no clock policy ${id}.` });
  return toClockPolicy(policy);
}

/** Adds a policy: which cases it applies to, its clocks and escalation levels. */
export async function createClockPolicy(
  context: TServiceContext,
  request: TSaveClockPolicyRequest,
): Promise<TClockPolicy> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    await checkReferences(tx, actor.orgId, request);
    const id = newId('clp');
    await tx
      .insert(schema.caseClockPolicies)
      .values({ orgId: actor.orgId, id, ...request })
      .catch(nameTaken(request.name));
    await recordAudit(tx, actor, {
      action: 'case_clock_policy.created',
      subjectType: 'case_clock_policy',
      subjectId: id,
      changes: { name: request.name },
    });
    return getSaved(tx, id);
  });
}

/** Replaces a policy; clocks already running are computed under the new rules from now on. */
export async function updateClockPolicy(
  context: TServiceContext,
  policyId: string,
  request: TSaveClockPolicyRequest,
): Promise<TClockPolicy> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    await getSaved(tx, policyId);
    await checkReferences(tx, actor.orgId, request);
    await tx
      .update(schema.caseClockPolicies)
      .set({ ...request, updatedAt: new Date() })
      .where(eq(schema.caseClockPolicies.id, policyId))
      .catch(nameTaken(request.name));
    await recordAudit(tx, actor, {
      action: 'case_clock_policy.updated',
      subjectType: 'case_clock_policy',
      subjectId: policyId,
      changes: { name: request.name },
    });
    return getSaved(tx, policyId);
  });
}
