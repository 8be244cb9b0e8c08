import type {
  TPromiseBreachFilters,
  TPromiseBreachView,
  TPromiseOutcomeFilters,
  TPromiseOutcomeView,
} from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { stringify } from 'csv-stringify/sync';
import type { TServiceContext } from '../common/context.ts';
import { protectCell } from '../org/people-csv/csv-cells.ts';
import { breachesAfter, breachFilters, selectBreaches } from './breach-list-query.ts';
import { selectOutcomes } from './outcome-list-query.ts';

const PAGE = 2_000;

const OUTCOME_COLUMNS = [
  'promise',
  'customer',
  'customer_id',
  'segment',
  'subject',
  'status',
  'started_at',
  'due_at',
  'resolved_at',
  'reason',
  'department_id',
  'value_chain_id',
  'stage_id',
  'evidence',
  'breach_id',
];

const BREACH_COLUMNS = [
  'breach_id',
  'promise',
  'customer',
  'customer_id',
  'segment',
  'accountable_department',
  'accountable_person',
  'due_at',
  'broken_at',
  'detected_at',
  'reason',
  'evidence',
  'withdrawn_at',
  'withdrawn_reason',
  'case_id',
];

const line = (cells: (string | null)[]) =>
  stringify([cells.map((cell) => protectCell(cell ?? ''))]);

function outcomeLine(row: TPromiseOutcomeView): string {
  return line([
    row.promiseName,
    row.customerName,
    row.customerId,
    row.segment,
    row.subjectKey,
    row.status,
    row.startedAt,
    row.dueAt,
    row.resolvedAt,
    row.reason,
    row.departmentId,
    row.valueChainId,
    row.stageId,
    row.evidenceEventIds.join(' '),
    row.breachId,
  ]);
}

function breachLine(row: TPromiseBreachView): string {
  return line([
    row.id,
    row.promiseName,
    row.customerName,
    row.customerId,
    row.segment,
    row.accountableDepartmentName,
    row.accountableUserName,
    row.dueAt,
    row.brokenAt,
    row.detectedAt,
    row.reason,
    row.evidenceEventIds.join(' '),
    row.withdrawnAt,
    row.withdrawnReason,
    row.caseId,
  ]);
}

/**
 * The outcomes matching the filters as CSV, produced a page at a time (each page its own
 * short transaction), so memory stays flat whatever the number of rows.
 */
export async function* exportPromiseOutcomesCsv(
  context: TServiceContext,
  filters: TPromiseOutcomeFilters,
): AsyncGenerator<string> {
  yield line(OUTCOME_COLUMNS);
  let after: string[] | null = null;
  do {
    const cursor: string[] | null = after;
    const page: { rows: TPromiseOutcomeView[]; last: string[] | null } = await withTenant(
      context.database,
      context.actor.orgId,
      (tx) => selectOutcomes(tx, filters, cursor, PAGE),
    );
    if (page.rows.length > 0) yield page.rows.map(outcomeLine).join('');
    after = page.rows.length === PAGE ? page.last : null;
  } while (after);
}

/** The breaches matching the filters as CSV, a page at a time. */
export async function* exportPromiseBreachesCsv(
  context: TServiceContext,
  filters: TPromiseBreachFilters,
): AsyncGenerator<string> {
  yield line(BREACH_COLUMNS);
  let after: string[] | null = null;
  do {
    const extra = breachesAfter(after);
    const conditions = [...breachFilters(filters), ...(extra ? [extra] : [])];
    const rows = await withTenant(context.database, context.actor.orgId, (tx) =>
      selectBreaches(tx, conditions, PAGE),
    );
    if (rows.length > 0) yield rows.map(breachLine).join('');
    const last = rows.at(-1);
    after = rows.length === PAGE && last ? [last.brokenAt, last.id] : null;
  } while (after);
}
