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

interface TQueryParts {
  org: string;
  window: SQL;
  from: string;
  to: string;
}

/** (answer, bit) for each promise of the customer broken in the window before the answer. */
function brokenPromises(request: TPatternRequest, parts: TQueryParts): SQL {
  const promises = bitsOf(request.drivers, 'promise');
  return sql`
    SELECT a.id, b.bit FROM a JOIN (
      SELECT x.customer_id, x.broken_at, m.bit FROM promise_breaches x
      JOIN unnest(${sql.param(promises.ids)}::text[], ${sql.param(promises.bits)}::bigint[]) AS m (promise_id, bit)
        ON m.promise_id = x.promise_id
      WHERE x.org_id = ${parts.org} AND x.withdrawn_at IS NULL
        AND x.broken_at >= ${parts.from}::timestamptz - ${parts.window} AND x.broken_at < ${parts.to}::timestamptz
    ) b ON b.customer_id = a.customer_id AND b.broken_at < a.answered_at
      AND b.broken_at >= a.answered_at - ${parts.window}`;
}

/** (answer, bit) for each theme of its comment; the id range keeps the index scan short. */
function themesOf(request: TPatternRequest, parts: TQueryParts): SQL {
  const themes = bitsOf(request.drivers, 'theme');
  return sql`
    SELECT t.answer_id, m.bit FROM answer_themes t
    JOIN unnest(${sql.param(themes.ids)}::text[], ${sql.param(themes.bits)}::bigint[]) AS m (theme_id, bit)
      ON m.theme_id = t.theme_id
    WHERE t.org_id = ${parts.org} AND t.applies
      AND t.answer_id BETWEEN (SELECT low FROM bounds) AND (SELECT high FROM bounds)`;
}

/**
 * (answer, bits) for the customer's cases opened in the window before the answer: open or
 * resolved when they answered, passed on a third time or bounced before it. Each case's third
 * handoff and first bounce are found once, not per answer.
 */
function casesOf(request: TPatternRequest, parts: TQueryParts): SQL {
  const bit = (feature: (typeof CASE_DRIVERS)[number]) =>
    sql`${caseBit(request.drivers, feature)}::bigint`;
  return sql`
    SELECT a.id,
      CASE WHEN c.resolved_at IS NULL OR c.resolved_at > a.answered_at THEN ${bit('open')} ELSE ${bit('resolved')} END
      | CASE WHEN c.third_at < a.answered_at THEN ${bit('passed_on')} ELSE 0 END
      | CASE WHEN c.bounce_at < a.answered_at THEN ${bit('bounced')} ELSE 0 END
    FROM a JOIN (
      SELECT x.customer_id, x.opened_at, x.resolved_at, h.third_at, h.bounce_at FROM cases x
      LEFT JOIN (
        SELECT case_id, (array_agg(at ORDER BY at))[3] AS third_at,
          min(at) FILTER (WHERE is_bounce) AS bounce_at
        FROM case_handoffs WHERE org_id = ${parts.org} GROUP BY case_id) h ON h.case_id = x.id
      WHERE x.org_id = ${parts.org} AND x.opened_at >= ${parts.from}::timestamptz - ${parts.window}
        AND x.opened_at < ${parts.to}::timestamptz
    ) c ON c.customer_id = a.customer_id AND c.opened_at < a.answered_at
      AND c.opened_at >= a.answered_at - ${parts.window}`;
}

/**
 * The answers of both periods grouped by period, segment, score and the set of drivers each
 * had (a 63-bit mask): a broken promise of the customer in the window before answering, a
 * theme of the comment, and the customer's cases in that window. A million answers become a
 * few thousand rows, computed by PostgreSQL next to the data: one pass over the answers, the
 * (answer, driver) pairs of each kind gathered into one set, one join back.
 */
export async function readAnswerPatterns(
  tx: TTransaction,
  request: TPatternRequest,
): Promise<TAnswerPattern[]> {
  const [first, second] = request.periods;
  const parts: TQueryParts = {
    org: request.orgId,
    window: sql`make_interval(days => ${request.windowDays})`,
    from: utcMidnight(first.start),
    to: utcMidnight(second.end),
  };
  const result = await tx.execute<{
    period: number;
    segment: string;
    score: number;
    bits: string;
    count: number;
  }>(sql`
    WITH a AS MATERIALIZED (
      SELECT id, customer_id, answered_at, score::int AS score, coalesce(segment, '') AS segment,
        CASE WHEN answered_at >= ${utcMidnight(second.start)}::timestamptz THEN 2 ELSE 1 END AS period
      FROM survey_answers
      WHERE org_id = ${parts.org} AND kind = ${request.kind}
        AND ((answered_at >= ${parts.from}::timestamptz AND answered_at < ${utcMidnight(first.end)}::timestamptz)
          OR (answered_at >= ${utcMidnight(second.start)}::timestamptz AND answered_at < ${parts.to}::timestamptz))
        ${answerFilters(request.filters)}
    ),
    bounds AS (SELECT min(id) AS low, max(id) AS high FROM a),
    flags AS (
      SELECT id, bit_or(bit) AS bits FROM (
        ${brokenPromises(request, parts)}
        UNION ALL ${themesOf(request, parts)}
        UNION ALL ${casesOf(request, parts)}
      ) pairs (id, bit) GROUP BY id
    )
    SELECT period, segment, score, bits::text AS bits, count::int AS count FROM (
      SELECT a.period, a.segment, a.score, coalesce(flags.bits, 0) AS bits, count(*) AS count
      FROM a LEFT JOIN flags ON flags.id = a.id
      GROUP BY 1, 2, 3, 4) grouped`);
  return result.rows.map((row) => ({
    period: row.period === 2 ? 2 : 1,
    segment: row.segment,
    score: row.score,
    drivers: maskToIndexes(row.bits),
    count: row.count,
  }));
}
