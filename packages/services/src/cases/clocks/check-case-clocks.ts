import { newId, type TDatabase, type TTransaction, withTenant } from '@customeric/db';
import { alertKey, findDueAlerts, type TClockAlert } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { textArray } from '../../common/sql-arrays.ts';
import type { TMailer } from '../../mail/create-mailer.ts';
import { deliverPendingMail } from '../../mail/deliver-pending-mail.ts';
import { queueMail } from '../../mail/queue-mail.ts';
import {
  computeClocksOf,
  loadCalendars,
  loadHistories,
  type TClockCase,
} from './case-clock-inputs.ts';
import { loadClockPolicies } from './clock-policy-query.ts';
import {
  findRecipients,
  loadDirectory,
  type TDirectory,
  type TPerson,
} from './clock-recipients.ts';

export interface TClockCheckResult {
  cases: number;
  raised: number;
  problems: string[];
}

const SUBJECT_PREFIX: Record<TClockAlert['kind'], string> = {
  warning: 'Clock warning',
  breach: 'Clock breached',
  escalation: 'Escalated to you',
};

async function openCases(tx: TTransaction): Promise<TClockCase[]> {
  const rows = await tx.execute<Record<string, unknown>>(sql`
    SELECT id, subject, priority, category, source_kind AS "sourceKind",
      status_category AS "statusCategory", opened_at AS "openedAt",
      handoff_count AS "handoffCount", owner_user_id AS "ownerUserId",
      front_owner_user_id AS "frontOwnerUserId", department_id AS "departmentId"
    FROM cases WHERE status_category IN ('open', 'waiting') ORDER BY id`);
  return rows.rows.map(
    (row) => ({ ...row, openedAt: new Date(row.openedAt as string) }) as TClockCase,
  );
}

async function raisedKeys(tx: TTransaction, caseIds: string[]): Promise<Map<string, Set<string>>> {
  const rows = await tx.execute<{
    case_id: string;
    clock: string;
    kind: string;
    level: number;
  }>(sql`
    SELECT case_id, clock, kind, level FROM case_escalations WHERE case_id = ANY(${textArray(caseIds)})`);
  const keys = new Map<string, Set<string>>();
  for (const row of rows.rows) {
    const set = keys.get(row.case_id) ?? new Set<string>();
    set.add(
      alertKey({
        clock: row.clock as TClockAlert['clock'],
        kind: row.kind as TClockAlert['kind'],
        level: row.level,
      }),
    );
    keys.set(row.case_id, set);
  }
  return keys;
}

/** Records the alert unless it was raised already (the unique key decides), then mails it. */
async function raise(
  tx: TTransaction,
  raised: {
    orgId: string;
    theCase: TClockCase;
    policyId: string;
    alert: TClockAlert;
    recipients: TPerson[];
    now: Date;
    notify: boolean;
  },
): Promise<boolean> {
  const { orgId, theCase, policyId, alert, recipients, now } = raised;
  const inserted = await tx.execute(sql`
    INSERT INTO case_escalations (org_id, id, case_id, policy_id, clock, kind, level, reason,
      notified_user_ids, due_at, raised_at)
    VALUES (${orgId}, ${newId('esc')}, ${theCase.id}, ${policyId}, ${alert.clock}, ${alert.kind},
      ${alert.level}, ${alert.reason}, ${textArray(recipients.map((person) => person.id))},
      ${alert.dueAt?.toISOString() ?? null}, ${now.toISOString()})
    ON CONFLICT (org_id, case_id, clock, kind, level) DO NOTHING`);
  if (inserted.rowCount !== 1) return false;
  if (!raised.notify) return true;
  await queueMail(
    tx,
    orgId,
    recipients.map((person) => ({
      kind: `case.clock_${alert.kind}`,
      toUserId: person.id,
      toAddress: person.email,
      subject: `${SUBJECT_PREFIX[alert.kind]}: ${theCase.subject}`.slice(0, 300),
      bodyText: `Hello ${person.name},\n\n${alert.reason}.\n\nCase: ${theCase.subject}`,
      linkPath: `/cases/${theCase.id}`,
      subjectType: 'case',
      subjectId: theCase.id,
    })),
  );
  return true;
}

/**
 * The check inside the caller's transaction; `notify: false` records the alerts without
 * e-mails (the demo raises its history with it).
 */
export async function checkCaseClocksIn(
  tx: TTransaction,
  orgId: string,
  now: Date,
  options: { notify: boolean } = { notify: true },
): Promise<TClockCheckResult> {
  const result: TClockCheckResult = { cases: 0, raised: 0, problems: [] };
  const policies = await loadClockPolicies(tx);
  if (!policies.some((policy) => policy.active)) return result;
  const cases = await openCases(tx);
  const ids = cases.map((item) => item.id);
  const [calendars, histories, raised] = [
    await loadCalendars(tx),
    await loadHistories(tx, ids),
    await raisedKeys(tx, ids),
  ];
  let directory: TDirectory | null = null;
  for (const theCase of cases) {
    const computed = computeClocksOf(
      theCase,
      histories.get(theCase.id) ?? [],
      policies,
      calendars,
      now,
    );
    if (!computed.policy) continue;
    result.cases++;
    if ('problem' in computed) {
      if (!result.problems.includes(computed.problem)) result.problems.push(computed.problem);
      continue;
    }
    const zone = computed.calendar?.calendar.timeZone ?? 'UTC';
    const alerts = findDueAlerts(
      computed.clocks,
      computed.policy,
      raised.get(theCase.id) ?? new Set(),
      zone,
    );
    for (const alert of alerts) {
      directory ??= await loadDirectory(tx);
      const recipients = findRecipients(alert, theCase, directory);
      const policyId = computed.policy.id;
      const notify = options.notify;
      if (await raise(tx, { orgId, theCase, policyId, alert, recipients, now, notify }))
        result.raised++;
    }
  }
  return result;
}

/**
 * The every-minute check of one organisation: computes the clocks of its open cases, raises
 * each warning, breach and escalation that is due exactly once (a unique key per case, clock,
 * kind and level, so a second run, or two at once, adds nothing and mails nobody twice), and
 * sends the e-mails once the alerts are committed.
 */
export async function checkCaseClocks(
  database: TDatabase,
  input: { orgId: string; now?: Date },
  mailer: TMailer | null,
): Promise<TClockCheckResult> {
  const now = input.now ?? new Date();
  const result = await withTenant(database, input.orgId, (tx) =>
    checkCaseClocksIn(tx, input.orgId, now),
  );
  if (result.raised > 0) await deliverPendingMail(database, input.orgId, mailer);
  return result;
}
