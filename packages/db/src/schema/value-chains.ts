import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** An end-to-end flow with its Value Chain Manager (seed 002). */
export const valueChains = pgTable(
  'value_chains',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    managerUserId: text('manager_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
