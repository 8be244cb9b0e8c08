import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A stage of the customer journey in a value chain. (value_chain_id, position) and
 * (value_chain_id, name) are unique, checked at commit (deferrable) so reorders pass.
 */
export const valueChainStages = pgTable(
  'value_chain_stages',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    valueChainId: text('value_chain_id').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
