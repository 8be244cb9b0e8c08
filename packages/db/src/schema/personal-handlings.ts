import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** A complaint someone dealt with personally; completes their programme assignment of it. */
export const personalHandlings = pgTable(
  'personal_handlings',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    caseId: text('case_id').notNull(),
    userId: text('user_id').notNull(),
    assignmentId: text('assignment_id'),
    notes: text('notes').notNull(),
    handledAt: timestamp('handled_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
