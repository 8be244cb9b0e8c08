import type { TScoreFilters } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import type { TAnswerPattern, TScoreKind, TScorePeriod } from '@customeric/domain';
import { type SQL, sql } from 'drizzle-orm';
import { storedValue } from './score-scope.ts';
import type { CASE_DRIVERS, TDriverDefinition } from './why-catalog.ts';
import { utcMidnight } from './why-periods.ts';

interface TPatternRequest {
  orgId: string;
  kind: TScoreKind;
  periods: [TScorePeriod, TScorePeriod];
  windowDays: number;
  filters: TScoreFilters;
  drivers: readonly TDriverDefinition[];
}

const ANSWER_FILTERS: [keyof TScoreFilters, string][] = [
  ['department', 'department_id'],
  ['stage', 'stage_id'],
  ['valueChain', 'value_chain_id'],
  ['segment', 'segment'],
  ['relationshipLevel', 'relationship_level'],
];

function answerFilters(filters: TScoreFilters): SQL {
  const parts = ANSWER_FILTERS.flatMap(([field, column]) => {
    const value = filters[field];
    return typeof value === 'string'
      ? [sql` AND coalesce(${sql.raw(column)}, '') = ${storedValue(value)}`]
      : [];
  });
  return sql.join(parts, sql``);
}

/** Ids and bits of the drivers of one kind, as two arrays for unnest(). */
function bitsOf(drivers: readonly TDriverDefinition[], kind: 'promise' | 'theme') {
  const ids: string[] = [];
  const bits: string[] = [];
  drivers.forEach((driver, index) => {
    if (driver.kind !== kind) return;
    ids.push(driver.key.slice(kind.length + 1));
    bits.push((1n << BigInt(index)).toString());
  });
  return { ids, bits };
}

function caseBit(
  drivers: readonly TDriverDefinition[],
  feature: (typeof CASE_DRIVERS)[number],
): string {
  return (1n << BigInt(drivers.findIndex((driver) => driver.key === `case:${feature}`))).toString();
}

function maskToIndexes(mask: string): number[] {
  const indexes: number[] = [];
  let rest = BigInt(mask);
  for (let index = 0; rest > 0n; index++, rest >>= 1n) if (rest & 1n) indexes.push(index);
  return indexes;
}

/**
 * The answers of both periods grouped by period, segment, score and the set of drivers each
 * had (a 63-bit mask): a broken promise of the customer in the window before answering, a
 * theme of the comment, and the customer's cases in that window (open or resolved when they
 * answered, passed on three times or more, bounced). A million answers become a few thousand
 * rows, computed by PostgreSQL next to the data.
 */
export async function readAnswerPatterns(
  tx: TTransaction,
  request: TPatternRequest,
): Promise<TAnswerPattern[]> {
  const [first, second] = request.periods;
  const promises = bitsOf(request.drivers, 'promise');
  const themes = bitsOf(request.drivers, 'theme');
  const bit = (feature: (typeof CASE_DRIVERS)[number]) =>
    sql`${caseBit(request.drivers, feature)}::bigint`;
  const window = sql`make_interval(days => ${request.windowDays})`;
  const org = request.orgId;
  const result = await tx.execute<{
    period: number;
    segment: string;
    score: number;
    bits: string;
    count: number;
  }>(sql`
    WITH a AS MATERIALIZED (
      SELECT id, customer_id, answered_at, score, coalesce(segment, '') AS segment,
        CASE WHEN answered_at >= ${utcMidnight(second.start)}::timestamptz THEN 2 ELSE 1 END AS period
      FROM survey_answers
      WHERE org_id = ${org} AND kind = ${request.kind}
        AND ((answered_at >= ${utcMidnight(first.start)}::timestamptz AND answered_at < ${utcMidnight(first.end)}::timestamptz)
          OR (answered_at >= ${utcMidnight(second.start)}::timestamptz AND answered_at < ${utcMidnight(second.end)}::timestamptz))
        ${answerFilters(request.filters)}
    ),
    broken AS (
      SELECT a.id, bit_or(m.bit) AS bits
      FROM a JOIN promise_breaches b ON b.org_id = ${org} AND b.customer_id = a.customer_id AND b.withdrawn_at IS NULL
        AND b.broken_at < a.answered_at AND b.broken_at >= a.answered_at - ${window}
      JOIN unnest(${sql.param(promises.ids)}::text[], ${sql.param(promises.bits)}::bigint[]) AS m (promise_id, bit)
        ON m.promise_id = b.promise_id
      GROUP BY a.id
    ),
    themed AS (
      SELECT a.id, bit_or(m.bit) AS bits
      FROM a JOIN answer_themes t ON t.org_id = ${org} AND t.answer_id = a.id AND t.applies
      JOIN unnest(${sql.param(themes.ids)}::text[], ${sql.param(themes.bits)}::bigint[]) AS m (theme_id, bit)
        ON m.theme_id = t.theme_id
      GROUP BY a.id
    ),
    handled AS (
      SELECT a.id, bit_or(
          CASE WHEN c.resolved_at IS NULL OR c.resolved_at > a.answered_at THEN ${bit('open')} ELSE ${bit('resolved')} END
          | CASE WHEN h.handoffs >= 3 THEN ${bit('passed_on')} ELSE 0 END
          | CASE WHEN h.bounces > 0 THEN ${bit('bounced')} ELSE 0 END) AS bits
      FROM a JOIN cases c ON c.org_id = ${org} AND c.customer_id = a.customer_id AND c.opened_at < a.answered_at
        AND c.opened_at >= a.answered_at - ${window}
      CROSS JOIN LATERAL (
        SELECT count(*) AS handoffs, count(*) FILTER (WHERE x.is_bounce) AS bounces
        FROM case_handoffs x WHERE x.org_id = ${org} AND x.case_id = c.id AND x.at < a.answered_at) h
      GROUP BY a.id
    )
    SELECT a.period, a.segment, a.score::int AS score,
      (coalesce(broken.bits, 0) | coalesce(themed.bits, 0) | coalesce(handled.bits, 0))::text AS bits,
      count(*)::int AS count
    FROM a LEFT JOIN broken ON broken.id = a.id LEFT JOIN themed ON themed.id = a.id
      LEFT JOIN handled ON handled.id = a.id
    GROUP BY 1, 2, 3, 4`);
  return result.rows.map((row) => ({
    period: row.period === 2 ? 2 : 1,
    segment: row.segment,
    score: row.score,
    drivers: maskToIndexes(row.bits),
    count: row.count,
  }));
}
