import { numeric, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** A department's operational-level agreement: the longest it should hold a case. */
export const caseDepartmentTargets = pgTable(
  'case_department_targets',
  {
    orgId: text('org_id').notNull(),
    departmentId: text('department_id').notNull(),
    olaHours: numeric('ola_hours', { precision: 7, scale: 2, mode: 'number' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.departmentId] })],
);
