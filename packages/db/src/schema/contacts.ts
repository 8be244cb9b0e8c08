import { boolean, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const contacts = pgTable(
  'contacts',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    customerId: text('customer_id').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    title: text('title'),
    isPrimary: boolean('is_primary').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
