import type { TTransaction } from '@customeric/db';
import type { TCustomerRef, TEventMappingRule, TParsedEvent } from '@customeric/domain';
import { sql } from 'drizzle-orm';

/** What a batch of events may name, loaded once per batch: a handful of queries, not one per event. */
export interface TEventReferences {
  customerIds: Set<string>;
  /** `source \0 externalId` → customer id */
  customerKeys: Map<string, string>;
  /** department id, and lower-case name, → id */
  departments: Map<string, string>;
  valueChains: Map<string, string>;
  /** stage id, `valueChainId \0 lower-case name`, and a name unique in the organisation → id */
  stages: Map<string, string>;
  stageChains: Map<string, string>;
  rules: TEventMappingRule[];
}

export const keyOf = (source: string, externalId: string) => `${source}\u0000${externalId}`;

async function loadCustomers(tx: TTransaction, refs: TCustomerRef[]) {
  const ids = [...new Set(refs.flatMap((ref) => (ref.kind === 'id' ? [ref.id] : [])))];
  const external = refs.flatMap((ref) => (ref.kind === 'external' ? [ref] : []));
  const found = ids.length
    ? await tx.execute<{ id: string }>(
        sql`SELECT id FROM customers
            WHERE id IN (SELECT json_array_elements_text(${JSON.stringify(ids)}::json))`,
      )
    : { rows: [] };
  const keys = external.length
    ? await tx.execute<{ source: string; external_id: string; customer_id: string }>(
        sql`SELECT DISTINCT k.source, k.external_id, k.customer_id FROM customer_external_keys k
            JOIN json_to_recordset(${JSON.stringify(external)}::json)
              AS wanted(source text, "externalId" text)
              ON k.source = wanted.source AND k.external_id = wanted."externalId"`,
      )
    : { rows: [] };
  return {
    customerIds: new Set(found.rows.map((row) => row.id)),
    customerKeys: new Map(
      keys.rows.map((row) => [keyOf(row.source, row.external_id), row.customer_id]),
    ),
  };
}

async function loadOrgReferences(tx: TTransaction) {
  const departments = await tx.execute<{ id: string; name: string }>(
    sql`SELECT id, name FROM departments`,
  );
  const chains = await tx.execute<{ id: string; name: string }>(
    sql`SELECT id, name FROM value_chains`,
  );
  const stages = await tx.execute<{ id: string; name: string; value_chain_id: string }>(
    sql`SELECT id, name, value_chain_id FROM value_chain_stages`,
  );
  const rules = await tx.execute<{
    type_pattern: string;
    department_id: string | null;
    value_chain_id: string | null;
    stage_id: string | null;
  }>(sql`SELECT type_pattern, department_id, value_chain_id, stage_id FROM event_mappings`);
  return {
    departments: departments.rows,
    chains: chains.rows,
    stages: stages.rows,
    rules: rules.rows,
  };
}

function byIdAndName(rows: { id: string; name: string }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of rows) {
    map.set(row.id, row.id);
    map.set(row.name.toLowerCase(), row.id);
  }
  return map;
}

function indexStages(rows: { id: string; name: string; value_chain_id: string }[]) {
  const stages = new Map<string, string>();
  const stageChains = new Map<string, string>();
  const nameCount = new Map<string, number>();
  for (const row of rows)
    nameCount.set(row.name.toLowerCase(), (nameCount.get(row.name.toLowerCase()) ?? 0) + 1);
  for (const row of rows) {
    const name = row.name.toLowerCase();
    stages.set(row.id, row.id);
    stages.set(`${row.value_chain_id}\u0000${name}`, row.id);
    if (nameCount.get(name) === 1) stages.set(name, row.id);
    stageChains.set(row.id, row.value_chain_id);
  }
  return { stages, stageChains };
}

export async function loadEventReferences(
  tx: TTransaction,
  events: TParsedEvent[],
): Promise<TEventReferences> {
  const customers = await loadCustomers(
    tx,
    events.map((event) => event.customer),
  );
  const org = await loadOrgReferences(tx);
  return {
    ...customers,
    departments: byIdAndName(org.departments),
    valueChains: byIdAndName(org.chains),
    ...indexStages(org.stages),
    rules: org.rules.map((rule) => ({
      typePattern: rule.type_pattern,
      departmentId: rule.department_id,
      valueChainId: rule.value_chain_id,
      stageId: rule.stage_id,
    })),
  };
}
