import { type TClockPolicy, ZClockDefinition, ZEscalationLevel } from '@customeric/contracts';
import { schema, type TTransaction } from '@customeric/db';
import type {
  TCaseCategory,
  TCasePriority,
  TCaseSourceKind,
  TClockPolicyRules,
} from '@customeric/domain';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';

const ZStoredClocks = z.array(ZClockDefinition);
const ZStoredLevels = z.array(ZEscalationLevel);

/** A stored policy: its rules for the domain, and what the API shows of it. */
export interface TLoadedPolicy extends TClockPolicyRules {
  name: string;
  calendarId: string | null;
  calendarName: string | null;
  updatedAt: Date;
}

export async function loadClockPolicies(tx: TTransaction): Promise<TLoadedPolicy[]> {
  const rows = await tx
    .select({
      policy: schema.caseClockPolicies,
      calendarName: schema.businessCalendars.name,
    })
    .from(schema.caseClockPolicies)
    .leftJoin(
      schema.businessCalendars,
      eq(schema.businessCalendars.id, schema.caseClockPolicies.calendarId),
    )
    .orderBy(asc(schema.caseClockPolicies.position), asc(schema.caseClockPolicies.id));
  return rows.map(({ policy, calendarName }) => ({
    id: policy.id,
    name: policy.name,
    position: policy.position,
    active: policy.active,
    priorities: policy.priorities as TCasePriority[],
    categories: policy.categories as TCaseCategory[],
    sourceKinds: policy.sourceKinds as TCaseSourceKind[],
    calendarId: policy.calendarId,
    calendarName,
    // Checked by the same schemas when saved; parsing again keeps the domain's types honest.
    clocks: ZStoredClocks.parse(policy.clocks),
    warnAtPercent: policy.warnAtPercent,
    escalations: ZStoredLevels.parse(policy.escalations),
    updatedAt: policy.updatedAt,
  }));
}

export function toClockPolicy(policy: TLoadedPolicy): TClockPolicy {
  return {
    id: policy.id,
    name: policy.name,
    position: policy.position,
    priorities: [...policy.priorities],
    categories: [...policy.categories],
    sourceKinds: [...policy.sourceKinds],
    calendarId: policy.calendarId,
    calendarName: policy.calendarName,
    clocks: policy.clocks.map((clock) => ({ ...clock, promiseId: clock.promiseId ?? null })),
    warnAtPercent: policy.warnAtPercent,
    escalations: policy.escalations.map((level) => ({ ...level })),
    active: policy.active,
    updatedAt: policy.updatedAt.toISOString(),
  };
}
