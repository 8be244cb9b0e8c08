import { boolean, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

export const users = pgTable(
  'users',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    departmentId: text('department_id'),
    title: text('title'),
    managerId: text('manager_id'),
    /** Percent of working time committed to customer work; null when not stated. */
    customerWorkShare: smallint('customer_work_share'),
    isExecutive: boolean('is_executive').notNull().default(false),
    active: boolean('active').notNull().default(true),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
