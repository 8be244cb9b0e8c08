import { newId, type TTransaction } from '@customeric/db';
import { CASE_OPENED_EVENT, caseFromEvent } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import type { TEventRow } from '../events/place-events.ts';

/** An event as ingest stored it: its new id (`evt_<n>`) and its row. */
export interface TStoredEvent {
  id: string;
  row: TEventRow;
}

/**
 * Opens a case for each newly stored `case.opened` event, in the ingest's transaction, with one
 * statement for the whole batch (cases and their first status row together). The case is
 * placed with the department the event was placed with (the mapping rules: case.* → Customer
 * Service), unowned, in the initial status; `source_ref` is the event id, so an event opens one
 * case however often it is sent. Nobody is e-mailed: a bulk import would flood the queue.
 */
export async function openCasesFromEvents(
  tx: TTransaction,
  orgId: string,
  events: readonly TStoredEvent[],
): Promise<number> {
  const rows = events
    .filter(({ row }) => row.type === CASE_OPENED_EVENT)
    .map(({ id, row }) => ({
      id: newId('cas'),
      status_change_id: newId('csc'),
      source_ref: id,
      customer_id: row.customer_id,
      department_id: row.department_id,
      opened_at: row.occurred_at,
      ...caseFromEvent({
        source: row.source,
        externalId: row.external_id,
        attributes: row.attributes,
      }),
    }));
  if (rows.length === 0) return 0;
  const result = await tx.execute(sql`
    WITH initial AS (SELECT key, category FROM case_statuses WHERE is_initial),
    input AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(id text,
        status_change_id text, source_ref text, customer_id text, department_id text,
        opened_at timestamptz, subject text, description text, category text, priority text)),
    opened AS (
      INSERT INTO cases (org_id, id, customer_id, subject, description, category, priority,
        status_key, status_category, department_id, department_since, opening_department_id,
        source_kind, source_ref, opened_at, created_at, updated_at)
      SELECT ${orgId}, r.id, r.customer_id, r.subject, r.description, r.category, r.priority,
        s.key, s.category, r.department_id,
        CASE WHEN r.department_id IS NULL THEN NULL ELSE r.opened_at END, r.department_id,
        'event', r.source_ref, r.opened_at, date_trunc('milliseconds', now()),
        date_trunc('milliseconds', now())
      FROM input r CROSS JOIN initial s
      ON CONFLICT (org_id, source_kind, source_ref) WHERE source_ref IS NOT NULL DO NOTHING
      RETURNING id, status_key, opened_at)
    INSERT INTO case_status_changes (org_id, id, case_id, to_status_key, at)
    SELECT ${orgId}, r.status_change_id, o.id, o.status_key, o.opened_at
    FROM opened o JOIN input r ON r.id = o.id`);
  return result.rowCount ?? 0;
}
