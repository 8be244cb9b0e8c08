import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per batch, stream or file taken in, with what became of its events. */
export const eventIngests = pgTable(
  'event_ingests',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    via: text('via').notNull(),
    actorUserId: text('actor_user_id'),
    actorApiKeyId: text('actor_api_key_id'),
    accepted: integer('accepted').notNull(),
    duplicate: integer('duplicate').notNull(),
    rejected: integer('rejected').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
