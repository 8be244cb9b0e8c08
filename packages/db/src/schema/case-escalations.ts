import { pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** A warning, breach or escalation raised once on one clock of a case. Never rewritten. */
export const caseEscalations = pgTable(
  'case_escalations',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    caseId: text('case_id').notNull(),
    policyId: text('policy_id').notNull(),
    /** first_answer | resolution | handoffs */
    clock: text('clock').notNull(),
    /** warning | breach | escalation */
    kind: text('kind').notNull(),
    /** 0 for warnings and breaches, 1–4 for escalation levels. */
    level: smallint('level').notNull(),
    reason: text('reason').notNull(),
    notifiedUserIds: text('notified_user_ids').array().notNull().default([]),
    dueAt: timestamp('due_at', { withTimezone: true }),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
