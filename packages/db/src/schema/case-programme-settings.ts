import { boolean, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per organisation once saved: the executive programme's quota and the closed loop. */
export const caseProgrammeSettings = pgTable('case_programme_settings', {
  orgId: text('org_id').primaryKey(),
  monthlyQuota: smallint('monthly_quota').notNull().default(3),
  closedLoopEnabled: boolean('closed_loop_enabled').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
