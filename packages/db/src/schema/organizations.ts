import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** The tenant itself. Its key is called org_id like every tenant table's first key column. */
export const organizations = pgTable('organizations', {
  orgId: text('org_id').primaryKey(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
