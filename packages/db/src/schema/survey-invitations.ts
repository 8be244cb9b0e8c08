import { bigint, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** One unique link per customer contact; only the SHA-256 of its secret is stored. */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    surveyId: text('survey_id').notNull(),
    customerId: text('customer_id').notNull(),
    contactId: text('contact_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    eventId: bigint('event_id', { mode: 'bigint' }),
    createdBy: text('created_by'),
    createdByKey: text('created_by_key'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
