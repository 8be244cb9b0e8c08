import { boolean, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** The ledger: each change of a case's owning department, with its reason. Never rewritten. */
export const caseHandoffs = pgTable(
  'case_handoffs',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    caseId: text('case_id').notNull(),
    fromDepartmentId: text('from_department_id'),
    toDepartmentId: text('to_department_id').notNull(),
    fromUserId: text('from_user_id'),
    toUserId: text('to_user_id'),
    reason: text('reason').notNull(),
    /** The case had been with the receiving department before. */
    isBounce: boolean('is_bounce').notNull().default(false),
    actorUserId: text('actor_user_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
