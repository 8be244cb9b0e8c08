import { boolean, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const departments = pgTable(
  'departments',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    function: text('function').notNull(),
    customerFacing: boolean('customer_facing').notNull(),
    /** direct | indirect | none: how the department answers to the Customer Department. */
    customerDepartmentLine: text('customer_department_line').notNull().default('none'),
    headUserId: text('head_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
