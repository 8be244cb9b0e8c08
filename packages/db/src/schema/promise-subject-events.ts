import { bigint, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** The events of each subject named by an attribute (order, invoice, case), shared by promises. */
export const promiseSubjectEvents = pgTable(
  'promise_subject_events',
  {
    orgId: text('org_id').notNull(),
    subjectAttribute: text('subject_attribute').notNull(),
    subjectKey: text('subject_key').notNull(),
    eventId: bigint('event_id', { mode: 'bigint' }).notNull(),
  },
  (table) => [
    primaryKey({
      columns: [table.orgId, table.subjectAttribute, table.subjectKey, table.eventId],
    }),
  ],
);
