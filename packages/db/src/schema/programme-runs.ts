import { date, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Each month's assignment run of the executive programme: how often it ran, what it gave. */
export const programmeRuns = pgTable(
  'programme_runs',
  {
    orgId: text('org_id').notNull(),
    /** The first day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
    runs: integer('runs').notNull().default(1),
    assigned: integer('assigned').notNull().default(0),
    lastRunAt: timestamp('last_run_at', { withTimezone: true }).notNull(),
    lastRunByUserId: text('last_run_by_user_id'),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.month] })],
);
