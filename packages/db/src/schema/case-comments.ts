import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** A comment on a case; `mentions` are the user ids @mentioned in its body. */
export const caseComments = pgTable(
  'case_comments',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    caseId: text('case_id').notNull(),
    authorUserId: text('author_user_id'),
    body: text('body').notNull(),
    mentions: text('mentions').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
