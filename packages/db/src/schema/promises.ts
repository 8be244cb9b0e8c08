import {
  boolean,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** A promise of the Customer Bill of Rights: customer wording and a rule over events. */
export const promises = pgTable(
  'promises',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    customerWording: text('customer_wording').notNull(),
    internalName: text('internal_name').notNull(),
    /** department | value_chain_manager */
    ownerKind: text('owner_kind').notNull(),
    ownerDepartmentId: text('owner_department_id'),
    valueChainId: text('value_chain_id'),
    stageId: text('stage_id'),
    targetRate: numeric('target_rate', { precision: 5, scale: 4 }).notNull(),
    /** A TPromiseRule, validated by ZPromiseRule before it is stored. */
    rule: jsonb('rule').$type<Record<string, unknown>>().notNull(),
    calendarId: text('calendar_id'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
