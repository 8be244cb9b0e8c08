import { bigint, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** One chance to keep a promise, with its snapshots for compliance roll-ups. */
export const promiseOutcomes = pgTable(
  'promise_outcomes',
  {
    orgId: text('org_id').notNull(),
    promiseId: text('promise_id').notNull(),
    key: text('key').notNull(),
    subjectKey: text('subject_key').notNull(),
    customerId: text('customer_id').notNull(),
    /** open | kept | broken */
    status: text('status').notNull(),
    startEventId: bigint('start_event_id', { mode: 'bigint' }).notNull(),
    endEventId: bigint('end_event_id', { mode: 'bigint' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    evidenceEventIds: bigint('evidence_event_ids', { mode: 'bigint' }).array().notNull(),
    reason: text('reason').notNull(),
    departmentId: text('department_id'),
    valueChainId: text('value_chain_id'),
    stageId: text('stage_id'),
    startStageId: text('start_stage_id'),
    segment: text('segment'),
    promiseVersion: integer('promise_version').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.promiseId, table.subjectKey, table.key] })],
);
