import type { TEvent, TEventIngest } from '@customeric/contracts';
import type { schema } from '@customeric/db';

/** An events row as read with raw SQL (bigint id as text, numeric amount as text). */
export type TEventSqlRow = {
  id: string;
  source: string;
  external_id: string;
  customer_id: string;
  type: string;
  occurred_at: Date | string;
  department_id: string | null;
  value_chain_id: string | null;
  stage_id: string | null;
  amount: string | null;
  attributes: Record<string, unknown>;
  received_at: Date | string;
};

export const EVENT_COLUMNS = `id, source, external_id, customer_id, type, occurred_at,
  department_id, value_chain_id, stage_id, amount, attributes, received_at`;

const iso = (value: Date | string) => new Date(value).toISOString();

export function toEvent(row: TEventSqlRow): TEvent {
  return {
    id: `evt_${row.id}`,
    source: row.source,
    externalId: row.external_id,
    customerId: row.customer_id,
    type: row.type,
    occurredAt: iso(row.occurred_at),
    departmentId: row.department_id,
    valueChainId: row.value_chain_id,
    stageId: row.stage_id,
    amount: row.amount === null ? null : Number(row.amount),
    attributes: row.attributes,
    receivedAt: iso(row.received_at),
  };
}

export function toEventIngest(row: typeof schema.eventIngests.$inferSelect): TEventIngest {
  return {
    id: row.id,
    via: row.via as TEventIngest['via'],
    actorUserId: row.actorUserId,
    actorApiKeyId: row.actorApiKeyId,
    accepted: row.accepted,
    duplicate: row.duplicate,
    rejected: row.rejected,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt.toISOString(),
  };
}
