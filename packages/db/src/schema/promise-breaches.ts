import { bigint, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** A broken promise with its evidence; withdrawn (never deleted) when it turns out kept. */
export const promiseBreaches = pgTable(
  'promise_breaches',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    promiseId: text('promise_id').notNull(),
    outcomeKey: text('outcome_key').notNull(),
    customerId: text('customer_id').notNull(),
    accountableDepartmentId: text('accountable_department_id'),
    accountableUserId: text('accountable_user_id'),
    valueChainId: text('value_chain_id'),
    stageId: text('stage_id'),
    startStageId: text('start_stage_id'),
    segment: text('segment'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    brokenAt: timestamp('broken_at', { withTimezone: true }).notNull(),
    detectedAt: timestamp('detected_at', { withTimezone: true }).notNull().defaultNow(),
    reason: text('reason').notNull(),
    evidenceEventIds: bigint('evidence_event_ids', { mode: 'bigint' }).array().notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnReason: text('withdrawn_reason'),
    caseId: text('case_id'),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
