import { bigint, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** The events of each subject (order, case, customer…) of each promise: one index to load them. */
export const promiseSubjectEvents = pgTable(
  'promise_subject_events',
  {
    orgId: text('org_id').notNull(),
    promiseId: text('promise_id').notNull(),
    subjectKey: text('subject_key').notNull(),
    eventId: bigint('event_id', { mode: 'bigint' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.orgId, table.promiseId, table.subjectKey, table.eventId] }),
  ],
);
