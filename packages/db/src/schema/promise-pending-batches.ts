import { bigint, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Ingested events the promises have not yet seen, by id range; removed once evaluated. */
export const promisePendingBatches = pgTable(
  'promise_pending_batches',
  {
    orgId: text('org_id').notNull(),
    id: bigint('id', { mode: 'bigint' }).generatedAlwaysAsIdentity(),
    firstEventId: bigint('first_event_id', { mode: 'bigint' }).notNull(),
    lastEventId: bigint('last_event_id', { mode: 'bigint' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
