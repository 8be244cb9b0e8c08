import { schema, type TTransaction } from '@customeric/db';
import { createRandom, type TRandom } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import {
  CASE_COLUMNS,
  COMMENT_COLUMNS,
  HANDOFF_COLUMNS,
  insertJsonRows,
  STATUS_CHANGE_COLUMNS,
} from './demo-cases-insert.ts';
import { planDemoCase, type TDemoCasePlan, type TDemoCaseSource } from './demo-cases-plan.ts';
import { buildDemoCaseRows, type TDemoCasePeople } from './demo-cases-rows.ts';
import type { TDemoDepartmentKey } from './demo-departments.ts';
import type { TDemoPerson } from './demo-people-profiles.ts';
import { getDemoStory } from './demo-story.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Each department's target time to hold a case (its operational-level agreement), in hours. */
const DEMO_OLA_HOURS: Partial<Record<TDemoDepartmentKey, number>> = {
  service: 8,
  billing: 24,
  delivery: 48,
  product: 72,
};

async function loadSources(
  tx: TTransaction,
  today: Date,
  random: TRandom,
): Promise<TDemoCaseSource[]> {
  const story = getDemoStory(today);
  const rows = await tx.execute<{
    id: string;
    type: string;
    customer_id: string;
    at: Date;
    topic: string | null;
    segment: string | null;
  }>(sql`
    SELECT e.id::text AS id, e.type, e.customer_id, e.occurred_at AS at,
      e.attributes->>'subject' AS topic, c.segment
    FROM events e JOIN customers c ON c.id = e.customer_id
    WHERE e.type IN ('case.opened', 'invoice.corrected') ORDER BY e.id`);
  const troubled = (segment: string | null, at: number) =>
    segment === story.segment &&
    at >= story.troubleFrom.getTime() &&
    at < story.programmeFrom.getTime();
  return rows.rows.flatMap((row): TDemoCaseSource[] => {
    const at = new Date(row.at).getTime();
    if (row.type === 'case.opened')
      return [
        {
          eventId: `evt_${row.id}`,
          resolveBy: null,
          customerId: row.customer_id,
          openedAt: at,
          topic: row.topic ?? '',
          inTrouble: troubled(row.segment, at),
        },
      ];
    // Half the corrected invoices began with the customer calling Service about them.
    if (!random.chance(0.5)) return [];
    const openedAt = at - random.int(3, 9) * DAY - random.int(0, 8) * HOUR;
    return [
      {
        eventId: null,
        resolveBy: at,
        customerId: row.customer_id,
        openedAt,
        topic: 'invoice does not match the order',
        inTrouble: troubled(row.segment, openedAt),
      },
    ];
  });
}

function groupPeople(people: TDemoPerson[], departmentIds: Record<TDemoDepartmentKey, string>) {
  const keyOf = new Map(
    Object.entries(departmentIds).map(([key, id]) => [id, key as TDemoDepartmentKey]),
  );
  const byDepartment = {} as Record<TDemoDepartmentKey, string[]>;
  for (const person of people) {
    const key = person.departmentId ? keyOf.get(person.departmentId) : undefined;
    if (!key || person.role === 'board') continue;
    byDepartment[key] = [...(byDepartment[key] ?? []), person.id];
  }
  return byDepartment;
}

async function insertTargets(
  tx: TTransaction,
  orgId: string,
  departmentIds: Record<TDemoDepartmentKey, string>,
) {
  await tx.insert(schema.caseSettings).values({ orgId, defaultOlaHours: 24 });
  await tx.insert(schema.caseDepartmentTargets).values(
    Object.entries(DEMO_OLA_HOURS).map(([key, olaHours]) => ({
      orgId,
      departmentId: departmentIds[key as TDemoDepartmentKey],
      olaHours,
    })),
  );
}

/**
 * A year of cases from the demo's `case.opened` events, and cases Service opened by hand for
 * half the invoices Billing later corrected: Service takes each call and hands invoice
 * problems to Billing (in the story's trouble quarter, often bounced back to Service
 * and on to Billing again), deliveries to Delivery & Logistics, technical questions to Product
 * Development; old cases are resolved with a root cause and closed, recent ones still worked.
 * The agent who signs in as the demo employee owns a share of the open ones.
 */
export async function addDemoCases(
  tx: TTransaction,
  input: {
    orgId: string;
    seed: number;
    departmentIds: Record<TDemoDepartmentKey, string>;
    people: TDemoPerson[];
    today?: Date;
  },
): Promise<{ cases: number; handoffs: number }> {
  const today = input.today ?? new Date();
  const random: TRandom = createRandom(input.seed + 6);
  const sources = (await loadSources(tx, today, random)).sort((a, b) => a.openedAt - b.openedAt);
  const plans: [TDemoCaseSource, TDemoCasePlan][] = sources.map((source) => [
    source,
    planDemoCase(random, source, today.getTime()),
  ]);
  const agent = input.people.find((person) => person.email === 'agent@acme.example');
  const people: TDemoCasePeople = {
    byDepartment: groupPeople(input.people, input.departmentIds),
    agentId: agent?.id ?? null,
  };
  const names = await tx
    .select({ id: schema.users.id, name: schema.users.name })
    .from(schema.users);
  const rows = buildDemoCaseRows(random, plans, {
    departmentIds: input.departmentIds,
    people,
    today,
    names: new Map(names.map((person) => [person.id, person.name])),
  });
  await insertTargets(tx, input.orgId, input.departmentIds);
  await insertJsonRows(tx, input.orgId, 'cases', CASE_COLUMNS, rows.cases);
  await insertJsonRows(tx, input.orgId, 'case_handoffs', HANDOFF_COLUMNS, rows.handoffs);
  await insertJsonRows(
    tx,
    input.orgId,
    'case_status_changes',
    STATUS_CHANGE_COLUMNS,
    rows.statusChanges,
  );
  await insertJsonRows(tx, input.orgId, 'case_comments', COMMENT_COLUMNS, rows.comments);
  return { cases: rows.cases.length, handoffs: rows.handoffs.length };
}
