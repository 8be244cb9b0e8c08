import type { TTransaction } from '@customeric/db';
import {
  compileRule,
  type TBusinessCalendar,
  type TCompiledRule,
  type TPromiseRule,
} from '@customeric/domain';
import { type SQL, sql } from 'drizzle-orm';

/** A promise as the evaluation needs it: its compiled rule, calendar and who answers for it. */
export interface TEvaluationPromise {
  id: string;
  internalName: string;
  customerWording: string;
  version: number;
  active: boolean;
  rule: TPromiseRule;
  compiled: TCompiledRule;
  calendar: TBusinessCalendar | null;
  ownerKind: 'department' | 'value_chain_manager';
  ownerDepartmentId: string | null;
  valueChainId: string | null;
  stageId: string | null;
  /** The owner department's head, or the value chain's manager, today. */
  accountableUserId: string | null;
  /**
   * A re-evaluation is rebuilding this promise's subject index: new events are filed but not
   * evaluated (their subjects may be half-indexed); the re-evaluation evaluates them after.
   */
  indexing: boolean;
}

type TRow = {
  id: string;
  internal_name: string;
  customer_wording: string;
  version: number;
  active: boolean;
  rule: TPromiseRule;
  owner_kind: 'department' | 'value_chain_manager';
  owner_department_id: string | null;
  value_chain_id: string | null;
  stage_id: string | null;
  head_user_id: string | null;
  manager_user_id: string | null;
  time_zone: string | null;
  week: TBusinessCalendar['week'] | null;
  holidays: string[] | null;
  indexing: boolean;
};

function toEvaluationPromise(row: TRow): TEvaluationPromise {
  return {
    id: row.id,
    internalName: row.internal_name,
    customerWording: row.customer_wording,
    version: row.version,
    active: row.active,
    rule: row.rule,
    compiled: compileRule(row.rule),
    calendar:
      row.time_zone && row.week
        ? { timeZone: row.time_zone, week: row.week, holidays: row.holidays ?? [] }
        : null,
    ownerKind: row.owner_kind,
    ownerDepartmentId: row.owner_department_id,
    valueChainId: row.value_chain_id,
    stageId: row.stage_id,
    accountableUserId: row.owner_kind === 'department' ? row.head_user_id : row.manager_user_id,
    indexing: row.indexing,
  };
}

/**
 * The promises to evaluate, each with its calendar (its own, else the organisation's
 * default) and accountable person. `where` narrows them (active ones, or one promise).
 */
async function loadEvaluationPromises(tx: TTransaction, where: SQL): Promise<TEvaluationPromise[]> {
  const result = await tx.execute<TRow>(sql`
    SELECT p.id, p.internal_name, p.customer_wording, p.version, p.active, p.rule, p.owner_kind, p.owner_department_id,
      p.value_chain_id, p.stage_id, d.head_user_id, v.manager_user_id,
      c.time_zone, c.week, c.holidays::text[] AS holidays,
      EXISTS (SELECT 1 FROM promise_evaluations x WHERE x.org_id = p.org_id
        AND x.promise_id = p.id AND x.status IN ('queued', 'running') AND x.total IS NULL)
        AS indexing
    FROM promises p
    LEFT JOIN departments d ON d.org_id = p.org_id AND d.id = p.owner_department_id
    LEFT JOIN value_chains v ON v.org_id = p.org_id AND v.id = p.value_chain_id
    LEFT JOIN business_calendars c ON c.org_id = p.org_id AND c.id = coalesce(p.calendar_id,
      (SELECT id FROM business_calendars WHERE is_default LIMIT 1))
    WHERE ${where}
    ORDER BY p.id`);
  return result.rows.map(toEvaluationPromise);
}

export function activePromises(tx: TTransaction): Promise<TEvaluationPromise[]> {
  return loadEvaluationPromises(tx, sql`p.active`);
}

export async function getEvaluationPromise(
  tx: TTransaction,
  promiseId: string,
): Promise<TEvaluationPromise | null> {
  const [promise] = await loadEvaluationPromises(tx, sql`p.id = ${promiseId}`);
  return promise ?? null;
}
