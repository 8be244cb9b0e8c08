import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** E-mails written with the change that causes them and sent after it commits. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    kind: text('kind').notNull(),
    toUserId: text('to_user_id'),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    linkPath: text('link_path'),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    /** pending | sent | skipped (no SMTP configured) | failed */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
