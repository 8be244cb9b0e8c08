import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** The ids other systems know a customer by: one (source, external id) names one customer. */
export const customerExternalKeys = pgTable(
  'customer_external_keys',
  {
    orgId: text('org_id').notNull(),
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    customerId: text('customer_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.source, table.externalId] })],
);
