import { newId, type TTransaction } from '@customeric/db';
import { createRandom } from '@customeric/domain';
import { evaluatePromiseHistoryIn } from '@customeric/services';
import { sql } from 'drizzle-orm';
import type { TDemoDepartmentKey } from './demo-departments.ts';
import { planDemoCaseEvents } from './demo-promises-events.ts';
import { DEMO_PROMISES, demoCalendar } from './demo-promises-plan.ts';
import { getDemoStory } from './demo-story.ts';

async function insertEventRows(tx: TTransaction, orgId: string, rows: Record<string, unknown>[]) {
  for (let start = 0; start < rows.length; start += 10_000)
    await tx.execute(sql`
      INSERT INTO events (org_id, source, external_id, customer_id, type, occurred_at,
        department_id, value_chain_id, stage_id, amount, attributes, received_at)
      SELECT ${orgId}, r.source, r.external_id, r.customer_id, r.type, r.occurred_at,
        r.department_id, r.value_chain_id, r.stage_id, r.amount, r.attributes, r.occurred_at
      FROM json_to_recordset(${JSON.stringify(rows.slice(start, start + 10_000))}::json)
        AS r(source text, external_id text, customer_id text, type text,
          occurred_at timestamptz, department_id text, value_chain_id text, stage_id text,
          amount numeric, attributes jsonb)`);
}

async function insertCalendar(tx: TTransaction, orgId: string, today: Date) {
  const calendar = demoCalendar(today);
  await tx.execute(sql`
    INSERT INTO business_calendars (org_id, id, name, time_zone, week, holidays, is_default)
    VALUES (${orgId}, ${newId('cal')}, ${calendar.name}, ${calendar.timeZone},
      ${JSON.stringify(calendar.week)}::jsonb, ${sql.param(calendar.holidays)}::date[], true)`);
}

async function insertPromises(
  tx: TTransaction,
  orgId: string,
  departmentIds: Record<TDemoDepartmentKey, string>,
) {
  const stages = await tx.execute<{
    id: string;
    name: string;
    chain_id: string;
    chain: string;
  }>(sql`
    SELECT s.id, s.name, v.id AS chain_id, v.name AS chain FROM value_chain_stages s
    JOIN value_chains v ON v.org_id = s.org_id AND v.id = s.value_chain_id`);
  const chains = [...new Set(stages.rows.map((row) => row.chain))].sort((a, b) =>
    a.startsWith('Widgets') ? -1 : b.startsWith('Widgets') ? 1 : 0,
  );
  for (const promise of DEMO_PROMISES) {
    const stage = stages.rows.find(
      (row) => row.chain === chains[promise.chain] && row.name === promise.stage,
    );
    const byManager = promise.owner === 'value_chain_manager';
    await tx.execute(sql`
      INSERT INTO promises (org_id, id, customer_wording, internal_name, owner_kind,
        owner_department_id, value_chain_id, stage_id, target_rate, rule)
      VALUES (${orgId}, ${newId('prm')}, ${promise.wording}, ${promise.name},
        ${byManager ? 'value_chain_manager' : 'department'},
        ${byManager ? null : departmentIds[promise.owner as TDemoDepartmentKey]},
        ${stage?.chain_id ?? null}, ${stage?.id ?? null}, ${promise.target},
        ${JSON.stringify(promise.rule)}::jsonb)`);
  }
}

/**
 * Acme's Customer Bill of Rights: its calendar, the help desk's case events (first answers,
 * handoffs, resolutions, following the demo's cases), ten promises over both value chains,
 * and their outcomes and breaches over the year, evaluated in memory in one pass. Runs after
 * the cases; its own random stream.
 */
export async function addDemoPromises(
  tx: TTransaction,
  input: {
    orgId: string;
    seed: number;
    departmentIds: Record<TDemoDepartmentKey, string>;
    today?: Date;
  },
): Promise<{ promises: number; outcomes: number; breaches: number }> {
  const now = input.today ?? new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const random = createRandom(input.seed + 7);
  await insertCalendar(tx, input.orgId, today);
  await insertEventRows(
    tx,
    input.orgId,
    await planDemoCaseEvents(tx, random, getDemoStory(today), today),
  );
  await insertPromises(tx, input.orgId, input.departmentIds);
  const done = await evaluatePromiseHistoryIn(tx, input.orgId, { now });
  // The minute sweep would have found each breach shortly after it happened.
  await tx.execute(sql`UPDATE promise_breaches SET detected_at = broken_at + interval '1 minute'`);
  return { promises: DEMO_PROMISES.length, outcomes: done.outcomes, breaches: done.breaches };
}
