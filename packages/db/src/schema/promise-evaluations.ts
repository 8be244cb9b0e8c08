import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** A re-evaluation of one promise's history; the progress bar reads processed / total. */
export const promiseEvaluations = pgTable(
  'promise_evaluations',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    promiseId: text('promise_id').notNull(),
    promiseVersion: integer('promise_version').notNull(),
    /** created | rule_changed | activated | requested */
    reason: text('reason').notNull(),
    /** queued | running | succeeded | failed | superseded */
    status: text('status').notNull().default('queued'),
    total: integer('total'),
    processed: integer('processed').notNull().default(0),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    error: text('error'),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
