import { relevantEventTypes, type TPromiseEvent, type TPromiseRule } from '@customeric/domain';
import { type SQL, sql } from 'drizzle-orm';
import { textArray } from '../../common/sql-arrays.ts';

/** An event as the engine reads it, with what the outcome snapshots need besides. */
export interface TStoredEvent extends TPromiseEvent {
  /** The bigint id as text, without the evt_ prefix. */
  rowId: string;
  departmentId: string | null;
  valueChainId: string | null;
  stageId: string | null;
  receivedAt: Date;
}

export type TStoredEventRow = {
  id: string;
  customer_id: string;
  type: string;
  occurred_at: Date | string;
  amount: string | null;
  attributes: Record<string, unknown>;
  department_id: string | null;
  value_chain_id: string | null;
  stage_id: string | null;
  received_at: Date | string;
};

/** The columns of `events` (aliased `e`) that toStoredEvent reads. */
export const STORED_EVENT_COLUMNS = sql.raw(`e.id, e.customer_id, e.type, e.occurred_at, e.amount,
  e.attributes, e.department_id, e.value_chain_id, e.stage_id, e.received_at`);

export function toStoredEvent(row: TStoredEventRow): TStoredEvent {
  return {
    id: `evt_${row.id}`,
    rowId: String(row.id),
    customerId: row.customer_id,
    type: row.type,
    occurredAt: new Date(row.occurred_at),
    amount: row.amount === null ? null : Number(row.amount),
    attributes: row.attributes ?? {},
    departmentId: row.department_id,
    valueChainId: row.value_chain_id,
    stageId: row.stage_id,
    receivedAt: new Date(row.received_at),
  };
}

/** `evt_123` → `123`, the bigint as text. */
export function rowIdOf(eventId: string): string {
  return eventId.startsWith('evt_') ? eventId.slice(4) : eventId;
}

/**
 * A SQL condition on `e.type` that lets through every event the rule could read (a superset:
 * the `where` conditions of the matchers are the engine's to apply). Undefined: every type.
 */
export function relevantTypeCondition(rule: TPromiseRule): SQL | undefined {
  const exact: string[] = [];
  const prefixes: string[] = [];
  for (const matcher of relevantEventTypes(rule)) {
    if (matcher.type === '*') return undefined;
    if (matcher.type.endsWith('.*'))
      prefixes.push(`${matcher.type.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    else exact.push(matcher.type);
  }
  const parts: SQL[] = [];
  if (exact.length > 0) parts.push(sql`e.type = ANY(${textArray(exact)})`);
  if (prefixes.length > 0) parts.push(sql`e.type LIKE ANY(${textArray(prefixes)})`);
  return sql`(${sql.join(parts, sql` OR `)})`;
}
