import type { TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';

/** Column name → SQL type, for json_to_recordset. Names and types are constants of ours. */
type TColumns = Record<string, string>;

export const CASE_COLUMNS: TColumns = {
  id: 'text',
  customer_id: 'text',
  subject: 'text',
  category: 'text',
  priority: 'text',
  status_key: 'text',
  status_category: 'text',
  owner_user_id: 'text',
  department_id: 'text',
  department_since: 'timestamptz',
  opening_department_id: 'text',
  front_owner_user_id: 'text',
  root_cause: 'text',
  source_kind: 'text',
  source_ref: 'text',
  created_by_user_id: 'text',
  handoff_count: 'integer',
  bounce_count: 'integer',
  version: 'integer',
  opened_at: 'timestamptz',
  resolved_at: 'timestamptz',
  closed_at: 'timestamptz',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
};

export const HANDOFF_COLUMNS: TColumns = {
  id: 'text',
  case_id: 'text',
  from_department_id: 'text',
  to_department_id: 'text',
  from_user_id: 'text',
  to_user_id: 'text',
  reason: 'text',
  is_bounce: 'boolean',
  actor_user_id: 'text',
  at: 'timestamptz',
};

export const STATUS_CHANGE_COLUMNS: TColumns = {
  id: 'text',
  case_id: 'text',
  from_status_key: 'text',
  to_status_key: 'text',
  actor_user_id: 'text',
  at: 'timestamptz',
};

export const COMMENT_COLUMNS: TColumns = {
  id: 'text',
  case_id: 'text',
  author_user_id: 'text',
  body: 'text',
  mentions: 'text[]',
  created_at: 'timestamptz',
};

/** Inserts rows 5,000 per statement, each batch as one JSON parameter (as the demo's events). */
export async function insertJsonRows(
  tx: TTransaction,
  orgId: string,
  table: string,
  columns: TColumns,
  rows: Record<string, unknown>[],
): Promise<void> {
  const names = Object.keys(columns).join(', ');
  const record = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  for (let start = 0; start < rows.length; start += 5_000) {
    const batch = JSON.stringify(rows.slice(start, start + 5_000));
    await tx.execute(sql`INSERT INTO ${sql.raw(table)} (org_id, ${sql.raw(names)})
      SELECT ${orgId}, ${sql.raw(names)} FROM json_to_recordset(${batch}::json)
      AS r(${sql.raw(record)})`);
  }
}
