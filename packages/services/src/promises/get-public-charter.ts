import type { TPublicCharter } from '@customeric/contracts';
import { findOrgIdBySlug, type TDatabase, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import { rateOf } from './promise-query.ts';

/** The last full calendar quarter before `now` (UTC), e.g. Q1 2026. */
function lastQuarter(now: Date): { label: string; from: Date; to: Date } {
  const currentStart = Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3, 1);
  const to = new Date(currentStart);
  const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 3, 1));
  return { label: `Q${Math.floor(from.getUTCMonth() / 3) + 1} ${from.getUTCFullYear()}`, from, to };
}

type TRow = {
  wording: string;
  value_chain: string | null;
  stage: string | null;
  target_rate: string;
  kept: number;
  broken: number;
};

/**
 * The organisation's public Bill of Rights: its active promises in the customers' words with
 * last quarter's compliance. Nothing internal (names, owners, rules) leaves.
 */
export async function getPublicCharter(
  database: TDatabase,
  orgSlug: string,
  now: Date = new Date(),
): Promise<TPublicCharter> {
  const orgId = await findOrgIdBySlug(database, orgSlug);
  if (!orgId) throw new AppError('not_found', { detail: `There is no organisation ${orgSlug}.` });
  const quarter = lastQuarter(now);
  return withTenant(database, orgId, async (tx) => {
    const organization = await tx.execute<{ name: string }>(sql`
      SELECT name FROM organizations WHERE org_id = ${orgId}`);
    const rows = await tx.execute<TRow>(sql`
      SELECT p.customer_wording AS wording, v.name AS value_chain, s.name AS stage, p.target_rate,
        coalesce(k.kept, 0) AS kept, coalesce(k.broken, 0) AS broken
      FROM promises p
      LEFT JOIN value_chains v ON v.org_id = p.org_id AND v.id = p.value_chain_id
      LEFT JOIN value_chain_stages s ON s.org_id = p.org_id AND s.id = p.stage_id
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE o.status = 'kept')::int AS kept,
          count(*) FILTER (WHERE o.status = 'broken')::int AS broken
        FROM promise_outcomes o WHERE o.org_id = p.org_id AND o.promise_id = p.id
          AND o.started_at >= ${quarter.from.toISOString()}::timestamptz
          AND o.started_at < ${quarter.to.toISOString()}::timestamptz) k ON true
      WHERE p.active
      ORDER BY v.name NULLS LAST, s.position NULLS LAST, p.customer_wording`);
    return {
      organizationName: organization.rows[0]?.name ?? orgSlug,
      quarter: {
        label: quarter.label,
        from: quarter.from.toISOString().slice(0, 10),
        to: new Date(quarter.to.getTime() - 1).toISOString().slice(0, 10),
      },
      promises: rows.rows.map((row) => ({
        wording: row.wording,
        valueChain: row.value_chain,
        stage: row.stage,
        targetRate: Number(row.target_rate),
        kept: row.kept,
        broken: row.broken,
        rate: rateOf(row.kept, row.broken),
      })),
    };
  });
}
