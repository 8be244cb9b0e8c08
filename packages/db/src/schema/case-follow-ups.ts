import { boolean, date, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** The closed loop: the case a detractor's answer opened, and what closing it recorded. */
export const caseFollowUps = pgTable(
  'case_follow_ups',
  {
    orgId: text('org_id').notNull(),
    caseId: text('case_id').notNull(),
    /** ans_<n> of the voice module's survey_answers. */
    answerId: text('answer_id').notNull(),
    surveyKind: text('survey_kind').notNull(),
    score: smallint('score').notNull(),
    actionTaken: text('action_taken'),
    customerContacted: boolean('customer_contacted'),
    contactedOn: date('contacted_on', { mode: 'string' }),
    closedByUserId: text('closed_by_user_id'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.caseId] })],
);
