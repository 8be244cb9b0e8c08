import { date, numeric, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One month, quarter or year of the market (starts_on is its first day): the market's size,
 * our share, our revenue and profit. Unique per (grain, starts_on).
 */
export const marketPeriods = pgTable(
  'market_periods',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    grain: text('grain').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    marketSize: numeric('market_size', { precision: 20, scale: 2 }),
    ourShare: numeric('our_share', { precision: 7, scale: 6 }),
    revenue: numeric('revenue', { precision: 20, scale: 2 }),
    profit: numeric('profit', { precision: 20, scale: 2 }),
    currency: text('currency'),
    note: text('note'),
    source: text('source').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
