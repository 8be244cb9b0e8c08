import type { TCaseClock, TCaseClocks } from '@customeric/contracts';
import { type TTransaction, withTenant } from '@customeric/db';
import type { TComputedClock } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../../common/context.ts';
import { textArray } from '../../common/sql-arrays.ts';
import { getCaseInTransaction } from '../case-query.ts';
import { computeClocksOf, loadCalendars, loadHistories } from './case-clock-inputs.ts';
import { loadClockPolicies } from './clock-policy-query.ts';
import { selectEscalations } from './escalation-query.ts';

const iso = (value: Date | null) => (value ? value.toISOString() : null);

async function promiseWordings(tx: TTransaction, clocks: TComputedClock[]) {
  const ids = clocks.flatMap((clock) => (clock.promiseId ? [clock.promiseId] : []));
  if (ids.length === 0) return new Map<string, string>();
  const rows = await tx.execute<{ id: string; customer_wording: string }>(sql`
    SELECT id, customer_wording FROM promises WHERE id = ANY(${textArray(ids)})`);
  return new Map(rows.rows.map((row) => [row.id, row.customer_wording]));
}

function toClock(clock: TComputedClock, wordings: Map<string, string>): TCaseClock {
  return {
    kind: clock.kind,
    state: clock.state,
    promiseId: clock.promiseId,
    promiseWording: clock.promiseId ? (wordings.get(clock.promiseId) ?? null) : null,
    startedAt: clock.startedAt.toISOString(),
    stoppedAt: iso(clock.stoppedAt),
    dueAt: iso(clock.dueAt),
    target: clock.target,
    targetMinutes: clock.targetMinutes,
    elapsedMinutes: Math.round(clock.elapsedMinutes),
    remainingMinutes: clock.remainingMinutes === null ? null : Math.round(clock.remainingMinutes),
    percent: Math.round(clock.percent * 10) / 10,
    breachedAt: iso(clock.breachedAt),
    count: clock.count,
    max: clock.max,
  };
}

/** The clocks of one case now, under the policy that applies to it, and what they raised. */
export async function getCaseClocks(
  context: TServiceContext,
  caseId: string,
  now: Date = new Date(),
): Promise<TCaseClocks> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const found = await getCaseInTransaction(tx, caseId);
    const computed = computeClocksOf(
      { ...found, openedAt: new Date(found.openedAt) },
      (await loadHistories(tx, [caseId])).get(caseId) ?? [],
      await loadClockPolicies(tx),
      await loadCalendars(tx),
      now,
    );
    const escalations = await selectEscalations(
      tx,
      sql`e.case_id = ${caseId}`,
      sql`ORDER BY e.raised_at, e.id`,
    );
    if (!computed.policy)
      return { caseId, policy: null, calendar: null, clocks: [], escalations, problem: null };
    const { policy } = computed;
    const calendar = computed.calendar
      ? { name: computed.calendar.name, timeZone: computed.calendar.calendar.timeZone }
      : null;
    const base = {
      caseId,
      policy: { id: policy.id, name: policy.name, warnAtPercent: policy.warnAtPercent },
      calendar,
      escalations,
    };
    if ('problem' in computed) return { ...base, clocks: [], problem: computed.problem };
    const wordings = await promiseWordings(tx, computed.clocks);
    return {
      ...base,
      clocks: computed.clocks.map((clock) => toClock(clock, wordings)),
      problem: null,
    };
  });
}
