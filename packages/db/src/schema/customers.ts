import { date, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const customers = pgTable(
  'customers',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    segment: text('segment'),
    relationshipLevel: text('relationship_level').notNull(),
    ownerUserId: text('owner_user_id'),
    status: text('status').notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    churnedOn: date('churned_on', { mode: 'string' }),
    churnReason: text('churn_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
