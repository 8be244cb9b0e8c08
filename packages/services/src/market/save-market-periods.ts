import type {
  TMarketFigures,
  TMarketPeriod,
  TMarketPeriodBatchRequest,
} from '@customeric/contracts';
import { newId, schema, type TTransaction, withTenant } from '@customeric/db';
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TActor, TServiceContext } from '../common/context.ts';
import { getMarketPeriodIn, readMarketPeriod, selectMarketPeriods } from './market-period-query.ts';

export interface TMarketEntry {
  period: string;
  figures: TMarketFigures;
  /** Where the entry came from, for error pointers: /periods/3, or a CSV line. */
  pointer: string;
}

type TSource = 'entered' | 'import' | 'api';

const sourceOf = (actor: TActor): TSource => (actor.apiKeyId ? 'api' : 'entered');
const decimal = (value: number | null) => (value === null ? null : String(value));

async function assertCompetitorsExist(tx: TTransaction, entries: readonly TMarketEntry[]) {
  const named = [
    ...new Set(
      entries.flatMap((entry) => entry.figures.competitorShares.map((s) => s.competitorId)),
    ),
  ];
  if (named.length === 0) return;
  const found = await tx.execute<{ id: string }>(
    sql`SELECT id FROM competitors WHERE id = ANY(${sql.param(named)}::text[])`,
  );
  const known = new Set(found.rows.map((row) => row.id));
  const entry = entries.find((e) =>
    e.figures.competitorShares.some((s) => !known.has(s.competitorId)),
  );
  if (entry)
    throw new AppError('validation_failed', {
      detail:
        'A competitor share names a competitor that does not exist; add the competitor first.',
      errors: [
        { pointer: `${entry.pointer}/competitorShares`, message: 'names an unknown competitor' },
      ],
    });
}

function assertShares(entry: TMarketEntry) {
  const { ourShare, competitorShares } = entry.figures;
  const ids = competitorShares.map((share) => share.competitorId);
  if (new Set(ids).size !== ids.length)
    throw new AppError('validation_failed', {
      detail: `${entry.period} names a competitor twice.`,
      errors: [
        { pointer: `${entry.pointer}/competitorShares`, message: 'names a competitor twice' },
      ],
    });
  const total = (ourShare ?? 0) + competitorShares.reduce((sum, share) => sum + share.share, 0);
  if (total > 1.000001)
    throw new AppError('validation_failed', {
      detail: `The shares of ${entry.period} add up to ${(total * 100).toFixed(1)} %, more than the whole market.`,
      errors: [{ pointer: `${entry.pointer}/ourShare`, message: 'shares add up to more than 1' }],
    });
}

async function saveEntry(tx: TTransaction, actor: TActor, entry: TMarketEntry, source: TSource) {
  const period = readMarketPeriod(entry.period, entry.pointer);
  const { competitorShares, marketSize, ourShare, revenue, profit, currency, note } = entry.figures;
  const figures = {
    marketSize: decimal(marketSize),
    ourShare: decimal(ourShare),
    revenue: decimal(revenue),
    profit: decimal(profit),
    currency,
    note,
    source,
  };
  const [row] = await tx
    .insert(schema.marketPeriods)
    .values({
      orgId: actor.orgId,
      id: newId('mkp'),
      grain: period.grain,
      startsOn: period.start,
      ...figures,
    })
    .onConflictDoUpdate({
      target: [
        schema.marketPeriods.orgId,
        schema.marketPeriods.grain,
        schema.marketPeriods.startsOn,
      ],
      set: { ...figures, updatedAt: new Date() },
    })
    .returning({ id: schema.marketPeriods.id });
  const periodId = (row as { id: string }).id;
  await tx
    .delete(schema.marketCompetitorShares)
    .where(eq(schema.marketCompetitorShares.periodId, periodId));
  if (competitorShares.length > 0)
    await tx.insert(schema.marketCompetitorShares).values(
      competitorShares.map((share) => ({
        orgId: actor.orgId,
        periodId,
        competitorId: share.competitorId,
        share: String(share.share),
      })),
    );
  await recordAudit(tx, actor, {
    action: 'market.period_saved',
    subjectType: 'market_period',
    subjectId: periodId,
    changes: { period: period.label, marketSize, ourShare, revenue, profit, currency, source },
  });
  return period;
}

/** Saves the periods in the caller's transaction: all of them, or none when one is wrong. */
export async function saveMarketEntriesIn(
  tx: TTransaction,
  actor: TActor,
  entries: readonly TMarketEntry[],
  source: TSource,
) {
  for (const entry of entries) assertShares(entry);
  await assertCompetitorsExist(tx, entries);
  for (const entry of entries) await saveEntry(tx, actor, entry, source);
}

/** Enters or replaces the figures of one period (PUT: what is left out becomes unknown). */
export async function putMarketPeriod(
  context: TServiceContext,
  label: string,
  figures: TMarketFigures,
): Promise<TMarketPeriod> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    await saveMarketEntriesIn(
      tx,
      context.actor,
      [{ period: label, figures, pointer: '' }],
      sourceOf(context.actor),
    );
    const period = readMarketPeriod(label);
    return getMarketPeriodIn(tx, period.grain, period.start);
  });
}

/** Many periods at once, from another system: all or none. */
export async function saveMarketPeriodBatch(
  context: TServiceContext,
  request: TMarketPeriodBatchRequest,
): Promise<{ items: TMarketPeriod[] }> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const entries = request.periods.map(({ period, ...figures }, index) => ({
      period,
      figures,
      pointer: `/periods/${index}`,
    }));
    await saveMarketEntriesIn(tx, context.actor, entries, sourceOf(context.actor));
    return { items: await selectMarketPeriods(tx) };
  });
}

export async function findMarketPeriods(
  context: TServiceContext,
  grain?: string,
): Promise<{ items: TMarketPeriod[] }> {
  return withTenant(context.database, context.actor.orgId, async (tx) => ({
    items: await selectMarketPeriods(tx, grain ? eq(schema.marketPeriods.grain, grain) : undefined),
  }));
}

export async function deleteMarketPeriod(context: TServiceContext, label: string): Promise<void> {
  const period = readMarketPeriod(label);
  await withTenant(context.database, context.actor.orgId, async (tx) => {
    const removed = await tx
      .delete(schema.marketPeriods)
      .where(
        and(
          eq(schema.marketPeriods.grain, period.grain),
          eq(schema.marketPeriods.startsOn, period.start),
        ),
      )
      .returning({ id: schema.marketPeriods.id });
    const id = removed[0]?.id;
    if (!id)
      throw new AppError('not_found', {
        detail: `There are no market figures for ${period.label}.`,
      });
    await recordAudit(tx, context.actor, {
      action: 'market.period_deleted',
      subjectType: 'market_period',
      subjectId: id,
      changes: { period: period.label },
    });
  });
}
