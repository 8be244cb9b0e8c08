import { numeric, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** A competitor's share of the market in one period (ours is on market_periods). */
export const marketCompetitorShares = pgTable(
  'market_competitor_shares',
  {
    orgId: text('org_id').notNull(),
    periodId: text('period_id').notNull(),
    competitorId: text('competitor_id').notNull(),
    share: numeric('share', { precision: 7, scale: 6 }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.periodId, table.competitorId] })],
);
