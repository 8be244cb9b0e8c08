import { numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per organisation once saved; until then the defaults apply. */
export const caseSettings = pgTable('case_settings', {
  orgId: text('org_id').primaryKey(),
  defaultOlaHours: numeric('default_ola_hours', { precision: 7, scale: 2, mode: 'number' })
    .notNull()
    .default(24),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
