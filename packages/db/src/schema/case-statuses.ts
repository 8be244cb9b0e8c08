import { boolean, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** An organisation's case statuses; `category` (open, waiting, resolved, closed) never changes. */
export const caseStatuses = pgTable(
  'case_statuses',
  {
    orgId: text('org_id').notNull(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    position: integer('position').notNull(),
    isInitial: boolean('is_initial').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.key] })],
);
