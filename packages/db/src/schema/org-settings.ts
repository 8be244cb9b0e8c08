import { pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per organisation once its settings are saved; the defaults apply until then. */
export const orgSettings = pgTable('org_settings', {
  orgId: text('org_id').primaryKey(),
  operatingModel: text('operating_model').notNull().default('cco_led'),
  targetShareMin: smallint('target_share_min').notNull().default(25),
  targetShareMax: smallint('target_share_max').notNull().default(50),
  customerDepartmentHeadId: text('customer_department_head_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
