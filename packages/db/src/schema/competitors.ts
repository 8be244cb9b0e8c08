import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** A competitor the organisation watches; its share of the market is kept per period. */
export const competitors = pgTable(
  'competitors',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    website: text('website'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
