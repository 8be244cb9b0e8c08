import { date, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** A call someone listened in on, and what they learned from it. */
export const callsListened = pgTable(
  'calls_listened',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    userId: text('user_id').notNull(),
    listenedOn: date('listened_on', { mode: 'string' }).notNull(),
    customerId: text('customer_id').notNull(),
    departmentId: text('department_id'),
    caseId: text('case_id'),
    minutes: smallint('minutes'),
    learned: text('learned').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
