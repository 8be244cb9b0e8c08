import { boolean, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Every attempt of a delivery, as it happened. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    orgId: text('org_id').notNull(),
    deliveryId: text('delivery_id').notNull(),
    attempt: integer('attempt').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
    succeeded: boolean('succeeded').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    responseSnippet: text('response_snippet'),
    durationMs: integer('duration_ms').notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.deliveryId, table.attempt] })],
);
