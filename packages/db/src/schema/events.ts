import { bigint, jsonb, numeric, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Every interaction from every system. The app role may insert and read, never change one.
 * `id` is a bigint identity: time-ordered and narrow (see the migration for why).
 */
export const events = pgTable(
  'events',
  {
    orgId: text('org_id').notNull(),
    id: bigint('id', { mode: 'bigint' }).generatedAlwaysAsIdentity(),
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    customerId: text('customer_id').notNull(),
    type: text('type').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    departmentId: text('department_id'),
    valueChainId: text('value_chain_id'),
    stageId: text('stage_id'),
    amount: numeric('amount', { precision: 16, scale: 2 }),
    attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
