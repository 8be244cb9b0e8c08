import type { TValueChainBreaches, TValueChainStage } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { countHandoffBreaches, deriveHandoffs } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { RECENT_DAYS } from './promise-query.ts';

const DAY = 86_400_000;

type TStageRow = { stage_id: string; kept: number; broken: number; open: number; breaches: number };
type TSpanRow = { start_stage_id: string | null; stage_id: string | null; count: number };

/**
 * The last 90 days of a value chain for the horizontal map: per stage the outcomes and active
 * breaches of the promises placed on it, and per handoff the breaches of promises that
 * started before it and were due after it.
 */
export async function getValueChainBreaches(
  tx: TTransaction,
  valueChainId: string,
  stages: readonly TValueChainStage[],
  now: Date = new Date(),
): Promise<TValueChainBreaches> {
  const from = new Date(now.getTime() - RECENT_DAYS * DAY).toISOString();
  const byStage = await tx.execute<TStageRow>(sql`
    SELECT o.stage_id, count(*) FILTER (WHERE o.status = 'kept')::int AS kept,
      count(*) FILTER (WHERE o.status = 'broken')::int AS broken,
      count(*) FILTER (WHERE o.status = 'open')::int AS open,
      count(b.id)::int AS breaches
    FROM promise_outcomes o
    LEFT JOIN promise_breaches b ON b.org_id = o.org_id AND b.promise_id = o.promise_id
      AND b.outcome_key = o.key AND b.withdrawn_at IS NULL
    WHERE o.value_chain_id = ${valueChainId} AND o.stage_id IS NOT NULL
      AND o.started_at >= ${from}::timestamptz
    GROUP BY o.stage_id`);
  const spans = await tx.execute<TSpanRow>(sql`
    SELECT start_stage_id, stage_id, count(*)::int AS count FROM promise_breaches
    WHERE value_chain_id = ${valueChainId} AND withdrawn_at IS NULL
      AND broken_at >= ${from}::timestamptz AND start_stage_id IS DISTINCT FROM stage_id
    GROUP BY start_stage_id, stage_id`);
  const counts = new Map(byStage.rows.map((row) => [row.stage_id, row]));
  const stageIds = stages.map((stage) => stage.id);
  const handoffs = deriveHandoffs(
    stages.map((stage) => ({ stageId: stage.id, ownerDepartmentIds: stage.ownerDepartmentIds })),
  );
  const across = countHandoffBreaches(
    stageIds,
    handoffs,
    spans.rows.map((row) => ({
      fromStageId: row.start_stage_id,
      toStageId: row.stage_id,
      count: row.count,
    })),
  );
  return {
    from,
    to: now.toISOString(),
    stages: stages.map((stage) => {
      const row = counts.get(stage.id);
      const [kept, broken, open] = [row?.kept ?? 0, row?.broken ?? 0, row?.open ?? 0];
      const rate = kept + broken === 0 ? null : kept / (kept + broken);
      return { stageId: stage.id, kept, broken, open, rate, breaches: row?.breaches ?? 0 };
    }),
    handoffs: handoffs.map((handoff) => ({
      afterIndex: handoff.afterIndex,
      fromStageId: handoff.fromStageId,
      toStageId: handoff.toStageId,
      breaches: across[handoff.afterIndex] ?? 0,
    })),
  };
}
