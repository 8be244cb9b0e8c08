import { date, integer, numeric, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** A complaint given to a senior executive to handle personally in a month; a case at most once. */
export const programmeAssignments = pgTable(
  'programme_assignments',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    executiveUserId: text('executive_user_id').notNull(),
    caseId: text('case_id').notNull(),
    customerId: text('customer_id').notNull(),
    departmentId: text('department_id'),
    /** high_value | repeated_contact | broken_promise */
    reasons: text('reasons').array().notNull(),
    score: numeric('score', { precision: 8, scale: 3, mode: 'number' }).notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handlingNotes: text('handling_notes'),
    remindedOn: date('reminded_on', { mode: 'string' }),
    reminders: integer('reminders').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
