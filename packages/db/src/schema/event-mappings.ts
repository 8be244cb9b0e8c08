import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** An event type pattern and the department, value chain and stage it gives its events. */
export const eventMappings = pgTable(
  'event_mappings',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    typePattern: text('type_pattern').notNull(),
    departmentId: text('department_id'),
    valueChainId: text('value_chain_id'),
    stageId: text('stage_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
