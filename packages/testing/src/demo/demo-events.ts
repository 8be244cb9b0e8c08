import { newId, schema, type TTransaction } from '@customeric/db';
import { placeEvent, type TEventMappingRule, type TRandom } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { DEMO_MAPPINGS } from './demo-customer-plan.ts';
import type { TDemoCustomer } from './demo-customers.ts';
import type { TDemoDepartmentKey } from './demo-departments.ts';
import { planCustomerEvents } from './demo-event-plan.ts';

/** Acme's mapping rules, with the value chain and stage ids the org part of the demo made. */
async function insertDemoMappings(
  tx: TTransaction,
  orgId: string,
  departmentIds: Record<TDemoDepartmentKey, string>,
) {
  const stages = await tx.execute<{
    id: string;
    name: string;
    value_chain_id: string;
    chain_name: string;
  }>(sql`
    SELECT s.id, s.name, s.value_chain_id, v.name AS chain_name FROM value_chain_stages s
    JOIN value_chains v ON v.id = s.value_chain_id ORDER BY v.created_at, v.name`);
  const chainNames = [...new Set(stages.rows.map((row) => row.chain_name))].sort((a, b) =>
    a.startsWith('Widgets') ? -1 : b.startsWith('Widgets') ? 1 : 0,
  );
  const stageOf = (chain: number, name: string) =>
    stages.rows.find((row) => row.chain_name === chainNames[chain] && row.name === name);
  const rules: (TEventMappingRule & { orgId: string; id: string })[] = DEMO_MAPPINGS.map(
    (mapping) => {
      const stage = mapping.stage ? stageOf(...mapping.stage) : undefined;
      return {
        orgId,
        id: newId('map'),
        typePattern: mapping.typePattern,
        departmentId: departmentIds[mapping.department],
        valueChainId: stage?.value_chain_id ?? null,
        stageId: stage?.id ?? null,
      };
    },
  );
  await tx.insert(schema.eventMappings).values(rules);
  return rules;
}

async function insertRows(tx: TTransaction, orgId: string, rows: Record<string, unknown>[]) {
  await tx.execute(sql`
    INSERT INTO events (org_id, source, external_id, customer_id, type, occurred_at,
      department_id, value_chain_id, stage_id, amount, attributes, received_at)
    SELECT ${orgId}, r.source, r.external_id, r.customer_id, r.type, r.occurred_at,
      r.department_id, r.value_chain_id, r.stage_id, r.amount, r.attributes, r.occurred_at
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(source text, external_id text,
      customer_id text, type text, occurred_at timestamptz, department_id text,
      value_chain_id text, stage_id text, amount numeric, attributes jsonb)`);
}

/**
 * A year of events for every customer, across all departments, placed by Acme's mapping
 * rules, inserted 10,000 rows per statement (one JSON parameter each), in time order so the
 * ids grow with time as they would have.
 */
export async function insertDemoEvents(
  tx: TTransaction,
  input: {
    orgId: string;
    random: TRandom;
    today: Date;
    customers: TDemoCustomer[];
    departmentIds: Record<TDemoDepartmentKey, string>;
  },
): Promise<number> {
  const rules = await insertDemoMappings(tx, input.orgId, input.departmentIds);
  const counter = { next: 100_000 };
  const events = input.customers
    .flatMap((customer) => planCustomerEvents(input.random, customer, input.today, counter))
    .sort((a, b) => a.at - b.at);
  const sequence = { erp: 0, crm: 0, product: 0 };
  const rows = events.map((event) => {
    const placed = placeEvent(
      event.type,
      { departmentId: null, valueChainId: null, stageId: null },
      rules,
    );
    return {
      source: event.source,
      external_id: `${event.source}-${++sequence[event.source]}`,
      customer_id: event.customerId,
      type: event.type,
      occurred_at: new Date(event.at).toISOString(),
      department_id: placed.departmentId,
      value_chain_id: placed.valueChainId,
      stage_id: placed.stageId,
      amount: event.amount,
      attributes: event.attributes,
    };
  });
  for (let start = 0; start < rows.length; start += 10_000)
    await insertRows(tx, input.orgId, rows.slice(start, start + 10_000));
  // The demo's history came in as one import, and the events page says so.
  await tx.insert(schema.eventIngests).values({
    orgId: input.orgId,
    id: newId('ing'),
    via: 'cli',
    accepted: rows.length,
    duplicate: 0,
    rejected: 0,
    startedAt: input.today,
  });
  return rows.length;
}
