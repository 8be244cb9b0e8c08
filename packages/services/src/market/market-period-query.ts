import type { TMarketPeriod } from '@customeric/contracts';
import { schema, type TTransaction } from '@customeric/db';
import { parsePeriod, periodContaining, type TScoreGrain } from '@customeric/domain';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';

type TPeriodRow = typeof schema.marketPeriods.$inferSelect;

const toNumber = (value: string | null) => (value === null ? null : Number(value));

/** A period label of the market (month, quarter or year) as its grain and first day. */
export function readMarketPeriod(label: string, pointer = '/period') {
  const period = parsePeriod(label);
  if (!period || period.grain === 'week')
    throw new AppError('validation_failed', {
      detail: `${label} is not a market period; write a month (2026-03), a quarter (2026-Q1) or a year (2026).`,
      errors: [{ pointer, message: 'is not a month, quarter or year' }],
    });
  return period as {
    grain: 'month' | 'quarter' | 'year';
    start: string;
    end: string;
    label: string;
  };
}

function labelOf(grain: string, startsOn: string): string {
  return periodContaining(grain as TScoreGrain, `${startsOn}T00:00:00Z`).label;
}

/** Periods with their competitors' shares, oldest first. */
export async function selectMarketPeriods(tx: TTransaction, where?: SQL): Promise<TMarketPeriod[]> {
  const rows = await tx
    .select()
    .from(schema.marketPeriods)
    .where(where)
    .orderBy(asc(schema.marketPeriods.grain), asc(schema.marketPeriods.startsOn));
  if (rows.length === 0) return [];
  const shares = await tx
    .select({
      periodId: schema.marketCompetitorShares.periodId,
      competitorId: schema.marketCompetitorShares.competitorId,
      share: schema.marketCompetitorShares.share,
      name: schema.competitors.name,
    })
    .from(schema.marketCompetitorShares)
    .innerJoin(
      schema.competitors,
      eq(schema.competitors.id, schema.marketCompetitorShares.competitorId),
    )
    .where(
      inArray(
        schema.marketCompetitorShares.periodId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(schema.competitors.name));
  return rows.map((row: TPeriodRow) => ({
    id: row.id,
    period: labelOf(row.grain, row.startsOn),
    grain: row.grain as TMarketPeriod['grain'],
    startsOn: row.startsOn,
    marketSize: toNumber(row.marketSize),
    ourShare: toNumber(row.ourShare),
    revenue: toNumber(row.revenue),
    profit: toNumber(row.profit),
    currency: row.currency,
    note: row.note,
    source: row.source as TMarketPeriod['source'],
    competitors: shares
      .filter((share) => share.periodId === row.id)
      .map((share) => ({
        competitorId: share.competitorId,
        name: share.name,
        share: Number(share.share),
      })),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export async function getMarketPeriodIn(
  tx: TTransaction,
  grain: string,
  startsOn: string,
): Promise<TMarketPeriod> {
  const [period] = await selectMarketPeriods(
    tx,
    and(eq(schema.marketPeriods.grain, grain), eq(schema.marketPeriods.startsOn, startsOn)),
  );
  if (!period)
    throw new AppError('not_found', { detail: 'There are no market figures for this period.' });
  return period;
}
