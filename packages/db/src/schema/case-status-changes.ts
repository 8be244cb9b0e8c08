import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Every status a case passed through, with who moved it and when. */
export const caseStatusChanges = pgTable(
  'case_status_changes',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    caseId: text('case_id').notNull(),
    fromStatusKey: text('from_status_key'),
    toStatusKey: text('to_status_key').notNull(),
    actorUserId: text('actor_user_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
