import type { TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { textArray } from '../../common/sql-arrays.ts';
import { queueMail } from '../../mail/queue-mail.ts';

type TListedAssignment = {
  executive_user_id: string;
  name: string;
  email: string;
  subject: string;
  customer: string;
  due_at: Date | string;
};

const MONTH_NAME = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const DAY_NAME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

async function listAssignments(
  tx: TTransaction,
  ids: readonly string[],
): Promise<Map<string, TListedAssignment[]>> {
  const rows = await tx.execute<TListedAssignment>(sql`
    SELECT a.executive_user_id, u.name, u.email, c.subject, cu.name AS customer, a.due_at
    FROM programme_assignments a
    JOIN users u ON u.org_id = a.org_id AND u.id = a.executive_user_id
    JOIN cases c ON c.org_id = a.org_id AND c.id = a.case_id
    JOIN customers cu ON cu.org_id = a.org_id AND cu.id = a.customer_id
    WHERE a.id = ANY(${textArray(ids)}) AND u.active
    ORDER BY a.executive_user_id, a.due_at, c.subject`);
  const byExecutive = new Map<string, TListedAssignment[]>();
  for (const row of rows.rows)
    byExecutive.set(row.executive_user_id, [
      ...(byExecutive.get(row.executive_user_id) ?? []),
      row,
    ]);
  return byExecutive;
}

const lines = (items: TListedAssignment[]) =>
  items
    .map(
      (item) =>
        `- ${item.subject} (${item.customer}), by ${DAY_NAME.format(new Date(item.due_at))}`,
    )
    .join('\n');

/** One e-mail per executive listing the complaints just assigned to them. */
export async function notifyAssignedExecutives(
  tx: TTransaction,
  orgId: string,
  month: string,
  assignmentIds: readonly string[],
): Promise<void> {
  if (assignmentIds.length === 0) return;
  const monthName = MONTH_NAME.format(new Date(`${month}T00:00:00Z`));
  const mails = [...(await listAssignments(tx, assignmentIds))].map(([userId, items]) => {
    const first = items[0] as TListedAssignment;
    return {
      kind: 'case.programme_assigned',
      toUserId: userId,
      toAddress: first.email,
      subject: `Complaints to handle personally in ${monthName}`,
      bodyText: `Hello ${first.name},\n\nThese customer complaints are yours to handle personally in ${monthName}:\n\n${lines(items)}\n\nCall the customer, see the problem through, and note what you did and learned.`,
      linkPath: '/cases/programme',
      subjectType: 'programme',
      subjectId: month,
    };
  });
  await queueMail(tx, orgId, mails);
}

/** One reminder per executive listing their overdue complaints. */
export async function remindExecutives(
  tx: TTransaction,
  orgId: string,
  assignmentIds: readonly string[],
): Promise<number> {
  if (assignmentIds.length === 0) return 0;
  const byExecutive = await listAssignments(tx, assignmentIds);
  await queueMail(
    tx,
    orgId,
    [...byExecutive].map(([userId, items]) => {
      const first = items[0] as TListedAssignment;
      return {
        kind: 'case.programme_overdue',
        toUserId: userId,
        toAddress: first.email,
        subject: `Reminder: ${items.length} ${items.length === 1 ? 'complaint is' : 'complaints are'} waiting for you`,
        bodyText: `Hello ${first.name},\n\nThese complaints assigned to you are past their date:\n\n${lines(items)}\n\nWhen you have dealt with one, mark it handled with a note of what you did and learned.`,
        linkPath: '/cases/programme',
        subjectType: 'programme',
        subjectId: userId,
      };
    }),
  );
  return byExecutive.size;
}
