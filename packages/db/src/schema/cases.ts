import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A customer problem that may cross departments. `version` grows with every change
 * (optimistic concurrency); `status_category` is the group of `status_key`, kept by a foreign
 * key; `source_kind`/`source_ref` say what opened it (manual, event, promise, survey).
 */
export const cases = pgTable(
  'cases',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    customerId: text('customer_id').notNull(),
    subject: text('subject').notNull(),
    description: text('description'),
    category: text('category').notNull(),
    priority: text('priority').notNull().default('normal'),
    statusKey: text('status_key').notNull(),
    statusCategory: text('status_category').notNull(),
    ownerUserId: text('owner_user_id'),
    departmentId: text('department_id'),
    departmentSince: timestamp('department_since', { withTimezone: true }),
    openingDepartmentId: text('opening_department_id'),
    frontOwnerUserId: text('front_owner_user_id'),
    rootCause: text('root_cause'),
    sourceKind: text('source_kind').notNull().default('manual'),
    sourceRef: text('source_ref'),
    handoffCount: integer('handoff_count').notNull().default(0),
    bounceCount: integer('bounce_count').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdByUserId: text('created_by_user_id'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
